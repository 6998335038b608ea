namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// "said that officials knew Ansar al-Sharia [was behind the attack]": content that starts in a dependent of the cue
/// after it and stops inside that dependent's subtree is cut short; what was said runs to the subtree's end. No train
/// count was recorded when it came in (commit 75f6af4, with four other boundary rules: dev content strict F1
/// 0.537 -> 0.544).
/// </summary>
internal sealed class CompleteComplementClause : ILabelRule
{
    void ILabelRule.Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue) => Apply(context, window, labels, inCue);

    internal static void Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue)
    {
        var first = Labels.FirstContentAfterCue(window, labels);

        if (first >= window.End || context.PositionOf(first, window.CueHead) is not { Kind: TreeRelation.Below } branch)
        {
            return;
        }

        var sentence = context.SentenceOf[first];
        var last = first;
        while (last + 1 < window.End && labels[last + 1] == SpanFeatures.Content)
        {
            last++;
        }

        var end = last + 1;
        while (end < window.End && context.SentenceOf[end] == sentence && labels[end] == SpanFeatures.Outside && !inCue[end]
               && context.PositionOf(end, window.CueHead) is { Kind: TreeRelation.Below } b && b.BranchToken == branch.BranchToken)
        {
            end++;
        }

        // Only a clause completed to its last word: stopping short at another label leaves the labels as they were.
        if (end > last + 1 && (end == window.End || context.SentenceOf[end] != sentence || context.PositionOf(end, window.CueHead).BranchToken != branch.BranchToken))
        {
            labels.AsSpan(last + 1, end - last - 1).Fill(SpanFeatures.Content);
        }
    }
}
