namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// An attribution's content is said by its source alone (PolNeAR marks no attribution inside another's content):
/// a cue lying inside the content of a more confident claim ("some believe [his statements are a strategy designed
/// to portray him as …]") is a word of that content, not a claim of its own. No train count was recorded when it came
/// in (commit 1e05d44; the exception for a whole attribution taken in came with 75f6af4).
/// </summary>
internal sealed class DropNestedInMoreConfident : IClaimRule
{
    void IClaimRule.Apply(AttributionContext context, List<AttributionCandidate> found, bool[] inCue) => Apply(context, found);

    internal static void Apply(AttributionContext context, List<AttributionCandidate> found)
    {
        if (found.Count < 2)
        {
            return;
        }

        var doc = context.Doc;
        var coveringConfidence = new double[doc.Tokens.Length];
        foreach (var candidate in found)
        {
            foreach (var (first, end) in candidate.ContentTokenRanges(doc))
            {
                for (var t = first; t < end; t++)
                {
                    coveringConfidence[t] = Math.Max(coveringConfidence[t], candidate.Confidence);
                }
            }
        }

        found.RemoveAll(c => c.HasCue && CoveredByMoreConfident(doc.HeadOf(c.CueTokens.Start, c.CueTokens.End), c)
                             && !IsWholeAttributionTakenIn(c));

        bool CoveredByMoreConfident(int token, AttributionCandidate candidate) => coveringConfidence[token] > candidate.Confidence;

        // A claim whose source lies in the covering content too is a whole attribution that content took in ("rekindled
        // concerns among [critics who argue that …]"): it names its own speaker, so an unquoted one is kept.
        bool IsWholeAttributionTakenIn(AttributionCandidate c) =>
            c.HasSource && CoveredByMoreConfident(c.SourceTokens.Start, c)
            && context.QuoteOf[doc.FirstTokenEndingAfter(c.ContentStart)] < 0 && context.QuoteOf[doc.FirstTokenEndingAfter(c.ContentEnd - 1)] < 0;
    }
}
