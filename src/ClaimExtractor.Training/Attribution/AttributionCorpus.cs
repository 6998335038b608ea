using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;
using ClaimExtraction.Pipeline;
using ClaimExtraction.Training.Corpus;

namespace ClaimExtraction.Training.Attribution;

/// <summary>One article run through the library's own linguistic pipeline, with the gold attributions on its tokens.</summary>
internal sealed class AttributionArticle
{
    public required string Name { get; init; }

    public required string Text { get; init; }

    public required AttributionContext Context { get; init; }

    public required IReadOnlyList<GoldAttribution> Gold { get; init; }

    /// <summary>Per token: inside a gold cue or outside every one.</summary>
    public required int[] CueLabels { get; init; }

    /// <summary>One per gold attribution with a cue and a content: its window and the gold label of each window token.</summary>
    public required IReadOnlyList<(CueWindow Window, int[] Labels)> Spans { get; init; }

    /// <summary>The cues a tagger that did not see this article finds in it; null until found.</summary>
    public IReadOnlyList<FoundCue>? OutOfFoldCues { get; set; }

    /// <summary>The gold attributions behind <see cref="Spans"/>, in the same order.</summary>
    public required IReadOnlyList<GoldAttribution> SpanAttributions { get; init; }
}

/// <summary>Reads a PolNeAR split and aligns its hand-marked attributions with the library's tokens.</summary>
internal static class AttributionCorpus
{
    public static List<AttributionArticle> Read(string splitDirectory, Action<string> log)
    {
        var articles = new List<AttributionArticle>();
        var pipeline = DocumentPipeline.Default;
        foreach (var path in Directory.GetFiles(Path.Combine(splitDirectory, "text"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var text = File.ReadAllText(path);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var gold = BratAnnotations.ReadFirst(splitDirectory, name);
            var context = new AttributionContext(pipeline.Analyze(text, CancellationToken.None));
            articles.Add(Align(name, text, context, gold));
        }

        log($"attribution: {articles.Count} articles, {articles.Sum(a => a.Gold.Count)} gold attributions, {articles.Sum(a => a.Spans.Count)} with cue and content");
        return articles;
    }

    private static AttributionArticle Align(string name, string text, AttributionContext context, IReadOnlyList<GoldAttribution> gold)
    {
        var tokens = context.Tokens;
        var cueLabels = new int[tokens.Length];
        var spans = new List<(CueWindow, int[])>();
        var spanAttributions = new List<GoldAttribution>();
        foreach (var attribution in gold)
        {
            var (cueStart, cueEnd) = TokenRange(context.Doc, attribution.Cue.Count > 0 ? attribution.Cue[0] : default);
            if (cueEnd <= cueStart)
            {
                continue;
            }

            foreach (var piece in attribution.Cue)
            {
                var (a, b) = TokenRange(context.Doc, piece);
                cueLabels.AsSpan(a, b - a).Fill(CueFeatures.Inside);
            }

            if (attribution.Content.Count == 0)
            {
                continue;
            }

            var window = CueWindow.Around(context, cueStart, cueEnd);
            spans.Add((window, Labels(context, window, attribution)));
            spanAttributions.Add(attribution);
        }

        return new AttributionArticle { Name = name, Text = text, Context = context, Gold = gold, CueLabels = cueLabels, Spans = spans, SpanAttributions = spanAttributions };
    }

    /// <summary>The gold label of each token of a window (its cue tokens outside), for a window around any cue extent.</summary>
    public static int[] Labels(AttributionContext context, in CueWindow window, GoldAttribution attribution)
    {
        var tokens = context.Tokens;
        var labels = new int[window.End - window.First];
        for (var t = window.First; t < window.End; t++)
        {
            if (t >= window.CueStart && t < window.CueEnd)
            {
                continue;
            }

            labels[t - window.First] = Overlaps(tokens[t], attribution.Content) ? SpanFeatures.Content
                : Overlaps(tokens[t], attribution.Source) ? SpanFeatures.Source
                : SpanFeatures.Outside;
        }

        return labels;
    }

    /// <summary>The tokens overlapping a character range, as a half-open token range (empty when none).</summary>
    public static (int Start, int End) TokenRange(AnnotatedDocument doc, (int Start, int End) range) =>
        range.End <= range.Start ? (0, 0) : doc.TokensIn(range.Start, range.End);

    private static bool Overlaps(in Token token, IReadOnlyList<(int Start, int End)> ranges)
    {
        foreach (var (start, end) in ranges)
        {
            if (token.Start < end && token.End > start)
            {
                return true;
            }
        }

        return false;
    }
}
