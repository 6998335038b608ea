using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimExtraction.Training.Clustering;

/// <summary>
/// The articles of a PolNeAR split read through <see cref="ClaimExtractor.ExtractMany"/>, with each article's outlet
/// and publication date from its file name (<c>outlet_yyyy-mm-dd_slug.txt</c>).
/// </summary>
internal sealed partial class ClusterCorpus
{
    private ClusterCorpus(string[] documents, string[] texts, DateTimeOffset?[] published, IReadOnlyList<ExtractionResult> results)
    {
        Documents = documents;
        Texts = texts;
        Published = published;
        Results = results;
    }

    public string[] Documents { get; }

    public string[] Texts { get; }

    public DateTimeOffset?[] Published { get; }

    public IReadOnlyList<ExtractionResult> Results { get; }

    public static ClusterCorpus Load(string splitDirectory)
    {
        var folder = Path.Combine(splitDirectory, "text");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No text folder in {splitDirectory}.");
        }

        var files = Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();
        var documents = files.Select(f => Path.GetFileNameWithoutExtension(f)).ToArray();
        var texts = files.Select(File.ReadAllText).ToArray();
        var published = documents.Select(PublishedDate).ToArray();
        var extractor = new ClaimExtractor();
        return new ClusterCorpus(documents, texts, published, extractor.ExtractMany(texts));
    }

    public static string Outlet(string document) => document.Split('_')[0];

    public static DateTimeOffset? PublishedDate(string document) =>
        DatePattern().Match(document) is { Success: true } m
            ? DateTimeOffset.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : null;

    [GeneratedRegex(@"_(\d{4}-\d{2}-\d{2})_")]
    private static partial Regex DatePattern();
}
