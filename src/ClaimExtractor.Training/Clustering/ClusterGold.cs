using System.Globalization;

namespace ClaimExtraction.Training.Clustering;

/// <summary>One claim of the hand-checked cluster gold: its gold cluster, the article and the gold content's spans.</summary>
internal sealed record GoldMember(string Cluster, string Document, IReadOnlyList<(int Start, int End)> Spans);

/// <summary>A pair of quotations whose flagged variant was read by hand: is it really a change of the quoted words?</summary>
internal sealed record MisquoteJudgement(string Key, bool Misquote);

/// <summary>
/// Reads <c>data/clusters</c> (or <c>data/clusters/heldout</c>): <c>gold.tsv</c> (cluster, proposal group, document,
/// content spans), <c>misquotes.tsv</c> (two claims by document and spans, and the verdict on the flag) and, for a
/// held-out gold, <c>tuned-on.txt</c> (the folder of the gold the thresholds were tuned on).
/// </summary>
internal static class ClusterGold
{
    public static IReadOnlyList<GoldMember> ReadMembers(string folder) =>
        Rows(Path.Combine(folder, "gold.tsv")).Select(r => new GoldMember(r[0], r[2], ParseSpans(r[3]))).ToList();

    public static Dictionary<string, bool> ReadMisquotes(string folder)
    {
        var path = Path.Combine(folder, "misquotes.tsv");
        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var row in Rows(path))
            {
                verdicts[PairKey(row[0], row[1], row[2], row[3])] = row[4] == "misquote";
            }
        }

        return verdicts;
    }

    /// <summary>
    /// For a held-out gold: the misquote verdicts of the gold its thresholds were tuned on, named by a relative folder in
    /// <c>tuned-on.txt</c> (empty when there is none). Those flags were read while tuning, so they are not held out.
    /// </summary>
    public static Dictionary<string, bool> ReadTunedOnMisquotes(string folder)
    {
        var path = Path.Combine(folder, "tuned-on.txt");
        return File.Exists(path)
            ? ReadMisquotes(Path.Combine(folder, File.ReadLines(path).First(l => l.Length > 0 && l[0] != '#').Trim()))
            : new Dictionary<string, bool>(StringComparer.Ordinal);
    }

    /// <summary>An order-free key for two claims given by document and spans text.</summary>
    public static string PairKey(string documentA, string spansA, string documentB, string spansB)
    {
        var a = documentA + "@" + spansA;
        var b = documentB + "@" + spansB;
        return string.CompareOrdinal(a, b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    public static string FormatSpans(IReadOnlyList<TextSpan> spans) =>
        string.Join(';', spans.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Start}-{s.End}")));

    public static IReadOnlyList<(int Start, int End)> ParseSpans(string text) =>
        text.Split(';').Select(part => part.Split('-')).Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture))).ToList();

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Where(line => line.Length > 0 && line[0] != '#').Select(line => line.Split('\t'));
}
