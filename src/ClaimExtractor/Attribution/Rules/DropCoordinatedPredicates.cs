namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// "Trump says he spoke with Putin but avoids details": what hangs on the cue through a coordination is a second
/// thing the speaker did, not part of what was said. No train count was recorded when it came in (commit 3680894;
/// the exception for a coordination the content resumes after came with 75f6af4).
/// </summary>
internal sealed class DropCoordinatedPredicates : ILabelRule
{
    void ILabelRule.Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue) => Apply(context, window, labels);

    internal static void Apply(AttributionContext context, in CueWindow window, int[] labels)
    {
        // Walking back from the window's end, a coordinated stretch is dropped only while no kept content of the
        // cue's sentence follows it: one that the content resumes after ("he's proud of his campaign and expects to
        // leave with a “solid share”") is the misparsed middle of what was said, and dropping it would leave a hole.
        var cueSentence = context.SentenceOf[window.CueHead];
        var contentFollows = false;
        for (var t = window.End - 1; t >= window.First; t--)
        {
            if (labels[t] != SpanFeatures.Content)
            {
                continue;
            }

            var coordinated = context.QuoteOf[t] < 0 && context.PositionOf(t, window.CueHead) is { Kind: TreeRelation.Below } below
                && context.Relation(below.BranchToken) is "conj" or "cc";
            if (coordinated && !(contentFollows && t >= window.CueEnd))
            {
                labels[t] = SpanFeatures.Outside;
            }
            else if (!coordinated)
            {
                contentFollows = context.SentenceOf[t] == cueSentence && t >= window.CueEnd;
            }
        }
    }
}
