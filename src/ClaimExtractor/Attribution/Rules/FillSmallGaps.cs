namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// Token-by-token labels leave holes in a content; a gap of a few tokens between content tokens is content (a repair
/// of the labeller's output; no train count was recorded when it came in, commit 1ae6ed7).
/// </summary>
internal sealed class FillSmallGaps : ILabelRule
{
    private const int MaxContentGap = 3;

    void ILabelRule.Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue) => Apply(window, labels);

    internal static void Apply(in CueWindow window, int[] labels)
    {
        var lastContent = -1;
        for (var t = window.First; t < window.End; t++)
        {
            if (labels[t] == SpanFeatures.Source || (t >= window.CueStart && t < window.CueEnd))
            {
                lastContent = -1;
                continue;
            }

            if (labels[t] != SpanFeatures.Content)
            {
                continue;
            }

            if (lastContent >= 0 && t - lastContent - 1 is > 0 and <= MaxContentGap)
            {
                labels.AsSpan(lastContent + 1, t - lastContent - 1).Fill(SpanFeatures.Content);
            }

            lastContent = t;
        }
    }
}
