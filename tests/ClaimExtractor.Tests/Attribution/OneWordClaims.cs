using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;

namespace ClaimExtraction.Tests.Attribution;

/// <summary>A learned candidate with a one-token source and cue, for tests of the rules over whole claims.</summary>
internal static class OneWordClaims
{
    public static List<AttributionCandidate> Single(AttributionContext context, TextRange content, int source, int cue, double confidence) =>
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
