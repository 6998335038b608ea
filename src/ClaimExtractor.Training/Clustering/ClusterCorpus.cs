using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimExtraction.Training.Clustering;

/// <summary>
/// The articles of one or more PolNeAR splits, each split read through <see cref="ClaimExtractor.ExtractMany"/> as its
/// own batch (so a split's claims are the same whichever splits are loaded beside it), with each article's outlet and
/// publication date from its file name (<c>outlet_yyyy-mm-dd_slug.txt</c>).
/// </summary>
internal sealed partial class ClusterCorpus
{
    private ClusterCorpus(string[] documents, string[] texts, DateTimeOffset?[] published, IReadOnlyList<ExtractionResult> results, int[] splits)
    {
        Documents = documents;
        Texts = texts;
        Published = published;
        Results = results;
        Splits = splits;
    }

    public string[] Documents { get; }

    public string[] Texts { get; }

    public DateTimeOffset?[] Published { get; }

    public IReadOnlyList<ExtractionResult> Results { get; }

    /// <summary>Per article, the index of the split (as given to <see cref="Load(IReadOnlyList{string})"/>) it came from.</summary>
    public int[] Splits { get; }

    public static ClusterCorpus Load(string splitDirectory) => Load([splitDirectory]);

    /// <summary>The articles of several splits, in the order given.</summary>
    public static ClusterCorpus Load(IReadOnlyList<string> splitDirectories)
    {
        var parts = splitDirectories.Select(LoadSplit).ToList();
        return new ClusterCorpus(
            [.. parts.SelectMany(p => p.Documents)],
            [.. parts.SelectMany(p => p.Texts)],
            [.. parts.SelectMany(p => p.Published)],
            [.. parts.SelectMany(p => p.Results)],
            [.. parts.SelectMany((p, split) => p.Documents.Select(_ => split))]);
    }

    /// <summary>The articles of the chosen splits only, in the same order.</summary>
    public ClusterCorpus OfSplits(IReadOnlySet<int> splits)
    {
        var keep = Enumerable.Range(0, Documents.Length).Where(i => splits.Contains(Splits[i])).ToArray();
        return keep.Length == Documents.Length ? this : new ClusterCorpus(
            [.. keep.Select(i => Documents[i])], [.. keep.Select(i => Texts[i])], [.. keep.Select(i => Published[i])],
            [.. keep.Select(i => Results[i])], [.. keep.Select(i => Splits[i])]);
    }

    private static ClusterCorpus LoadSplit(string splitDirectory)
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
        return new ClusterCorpus(documents, texts, published, extractor.ExtractMany(texts), new int[documents.Length]);
    }

    public static string Outlet(string document) => document.Split('_')[0];

    public static DateTimeOffset? PublishedDate(string document) =>
        DatePattern().Match(document) is { Success: true } m
            ? DateTimeOffset.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : null;

    [GeneratedRegex(@"_(\d{4}-\d{2}-\d{2})_")]
    private static partial Regex DatePattern();
}
