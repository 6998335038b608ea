using System.Text;

namespace ClaimExtraction.Cli.Output;

/// <summary>
/// `--format html`: one page for a single article (to a file or standard output), or for several a folder with a
/// page per article and an index.html listing them. With <c>--clusters</c> the pages are written at the end, once the
/// clusters are known (so the articles are kept until then), and link each clustered claim to its cluster's members.
/// </summary>
internal sealed class HtmlReportWriter : IResultWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream? _single;
    private readonly string? _folder;
    private readonly List<(string File, string Name, ExtractionResult Result)> _pages = [];
    private readonly HashSet<string> _fileNames = new(StringComparer.OrdinalIgnoreCase) { "index.html" };
    private readonly List<(string File, ExtractedArticle Item)>? _waiting;
    private ReportClusters? _clusters;

    private HtmlReportWriter(Stream? single, string? folder, bool withClusters)
    {
        _single = single;
        _folder = folder;
        _waiting = withClusters ? [] : null;
    }

    /// <summary>The page of one article, written to <paramref name="output"/>.</summary>
    public static HtmlReportWriter SinglePage(Stream output, bool withClusters = false) => new(output, null, withClusters);

    /// <summary>A page per article and an index.html in <paramref name="folder"/> (created when missing).</summary>
    public static HtmlReportWriter Folder(string folder, bool withClusters = false)
    {
        Directory.CreateDirectory(folder);
        return new HtmlReportWriter(null, folder, withClusters);
    }

    public void Write(ExtractedArticle item)
    {
        var file = _folder is null ? "" : FileNameFor(item.Article.Name);
        if (_waiting is not null)
        {
            // Clusters come after the last article: the pages wait for them.
            _waiting.Add((file, item));
        }
        else
        {
            WritePage(file, item, _pages.Count);
        }

        // The index needs only the counts and names: keep the result, not the text.
        _pages.Add((file, item.Article.Name, item.Result));
    }

    /// <summary>The run's clusters (<c>--clusters</c>), given after the last <see cref="Write"/> and before <see cref="Complete"/>.</summary>
    public void SetClusters(IReadOnlyList<ClaimCluster> clusters) =>
        _clusters = new ReportClusters(clusters, [.. _pages.Select(p => ((string?)(_folder is null ? null : p.File), p.Name, p.Result))]);

    public void Complete()
    {
        if (_waiting is not null)
        {
            for (var i = 0; i < _waiting.Count; i++)
            {
                WritePage(_waiting[i].File, _waiting[i].Item, i);
            }

            _waiting.Clear();
        }

        if (_folder is null)
        {
            _single!.Flush();
            return;
        }

        using var writer = new StreamWriter(Path.Combine(_folder, "index.html"), append: false, Utf8, 1 << 16);
        WriteIndex(writer);
    }

    private void WritePage(string file, ExtractedArticle item, int index)
    {
        if (_single is not null)
        {
            using var single = new StreamWriter(_single, Utf8, 1 << 16, leaveOpen: true);
            HtmlReport.Write(item, single, indexHref: null, _clusters, index);
            return;
        }

        using var writer = new StreamWriter(Path.Combine(_folder!, file), append: false, Utf8, 1 << 16);
        HtmlReport.Write(item, writer, indexHref: "index.html", _clusters, index);
    }

    public void Dispose()
    {
    }

    /// <summary>A file name from the article's name: letters, digits, dot, dash and underscore kept, the rest '_', made unique.</summary>
    private string FileNameFor(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        var stem = safe.Length > 0 ? safe.ToString() : "article";
        var file = stem + ".html";
        for (var n = 2; !_fileNames.Add(file); n++)
        {
            file = $"{stem}-{n}.html";
        }

        return file;
    }

    private void WriteIndex(TextWriter output)
    {
        var html = HtmlReport.Html;
        var claims = _pages.Sum(p => p.Result.Claims.Count);
        output.Write("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        output.Write($"<title>Who claimed what: {_pages.Count} articles</title>\n<style>{ReportAssets.Css}</style>\n</head>\n<body>\n");
        output.Write($"<header>\n<h1>Who claimed what</h1>\n<p class=\"stats\">{_pages.Count} articles · {claims} claims</p>\n</header>\n");
        output.Write("<div class=\"layout\" style=\"grid-template-columns: 1fr\">\n<main style=\"white-space: normal; line-height: 1.5\">\n");
        output.Write("<table>\n<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Claims</th><th scope=\"col\">Speakers</th><th scope=\"col\">Most quoted</th></tr></thead>\n<tbody>\n");
        foreach (var (file, name, result) in _pages)
        {
            var top = result.Claims.Where(c => c.Speaker is not null).GroupBy(c => c.Speaker!.Name)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3)
                .Select(g => $"{g.Key} ({g.Count()})");
            output.Write($"<tr><td><a href=\"{html.Encode(file)}\">{html.Encode(name)}</a></td><td class=\"n\">{result.Claims.Count}</td>");
            output.Write($"<td class=\"n\">{result.Speakers.Count}</td><td>{html.Encode(string.Join(", ", top))}</td></tr>\n");
        }

        output.Write("</tbody>\n</table>\n");
        WriteClusterIndex(output);
        output.Write("</main>\n</div>\n</body>\n</html>\n");
    }

    /// <summary>With clusters: the statements carried by several articles, the most widely carried first, each member linked.</summary>
    private void WriteClusterIndex(TextWriter output)
    {
        if (_clusters is not { Count: > 0 } clusters)
        {
            return;
        }

        var html = HtmlReport.Html;
        output.Write($"<h2 id=\"clusters\">The same statement in several claims ({clusters.Count} cluster{(clusters.Count == 1 ? "" : "s")})</h2>\n");
        output.Write("<table class=\"clusters\">\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Speaker</th><th scope=\"col\">Articles</th><th scope=\"col\">Statement and where it is</th></tr></thead>\n<tbody>\n");
        for (var c = 0; c < clusters.Count; c++)
        {
            var cluster = clusters.View(c, here: -1);
            output.Write($"<tr id=\"{cluster.Anchor}\"><td class=\"n\">{cluster.Number}</td><td>{html.Encode(cluster.Speaker)}</td><td class=\"n\">{cluster.Articles}</td>");
            output.Write($"<td>{html.Encode(cluster.Text)}<br>");
            output.Write(string.Join(", ", cluster.Members.Select(m => $"<a href=\"{html.Encode(m.Href)}\">{html.Encode(m.Article)}</a>")));
            output.Write("</td></tr>\n");
        }

        output.Write("</tbody>\n</table>\n");
    }
}
