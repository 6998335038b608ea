using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ClaimExtraction.Cli;

/// <summary>`bench`: the whole pipeline over the articles on one thread; prints bytes, time and throughput.</summary>
internal static class BenchCommand
{
    public static int Run(string[] paths, bool json, TextWriter output, TextWriter error)
    {
        List<Article> articles;
        try
        {
            articles = ArticleSource.Expand(paths).ToList();
        }
        catch (IOException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return 1;
        }

        var load = Stopwatch.StartNew();
        var extractor = new ClaimExtractor();
        extractor.Extract("Warm-up, he said.");
        load.Stop();

        long bytes = 0;
        var claims = 0;
        var watch = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            bytes += Encoding.UTF8.GetByteCount(article.Text);
            claims += extractor.Extract(article.Text).Claims.Count;
        }

        watch.Stop();
        var seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
        var mbPerSecond = bytes / 1e6 / seconds;
        output.WriteLine($"{articles.Count} articles, {bytes / 1e6:F2} MB, {claims} claims in {seconds:F3} s: {mbPerSecond:F2} MB/s, {articles.Count / seconds:F1} articles/s; first-use load {load.Elapsed.TotalMilliseconds:F0} ms");
        if (json)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{{\"bytes\":{bytes},\"articles\":{articles.Count},\"claims\":{claims},\"seconds\":{seconds:F4},\"mbPerSecond\":{mbPerSecond:F3},\"articlesPerSecond\":{articles.Count / seconds:F2},\"modelLoadMs\":{load.Elapsed.TotalMilliseconds:F1}}}"));
        }

        return 0;
    }
}
