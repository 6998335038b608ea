using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;
using ClaimExtraction.Pipeline;

namespace ClaimExtraction.Tests.Attribution;

/// <summary>
/// The set-up the rule tests share: a text run through the shipped pipeline, its tokens found by their text, token
/// ranges read back as text, and a learned candidate with a one-token source and cue.
/// </summary>
internal static class ParsedText
{
    public static AttributionContext Analyze(string text) => new(DocumentPipeline.Default.Analyze(text, CancellationToken.None));

    /// <summary>The first token from <paramref name="from"/> on whose text is <paramref name="word"/>; -1 when none is.</summary>
    public static int TokenOf(AttributionContext context, string text, string word, int from = 0) =>
        Array.FindIndex(context.Tokens, from, t => text.AsSpan(t.Start, t.End - t.Start).SequenceEqual(word));

    /// <summary>The text from the first token of <paramref name="tokens"/> to the end of its last; empty for no tokens.</summary>
    public static string TextOf(AttributionContext context, string text, (int Start, int End) tokens) =>
        tokens.End <= tokens.Start ? "" : text[context.Tokens[tokens.Start].Start..context.Tokens[tokens.End - 1].End];

    /// <summary>A learned candidate with a one-token source and cue, for tests of the rules over whole claims.</summary>
    public static List<AttributionCandidate> OneWordClaim(AttributionContext context, TextRange content, int source, int cue, double confidence) =>
    [
        new()
        {
            Content = [content],
            SourceTokens = (source, source + 1),
            CueTokens = (cue, cue + 1),
            CueLemma = context.Lemmas[cue],
            Sentence = 0,
            Pattern = AttributionPattern.Learned,
            Confidence = confidence,
        },
    ];
}
