namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// Walking away from the cue, another cue that is not itself part of this content ("… the council expects.
/// According to Reyes, the estimate is “optimistic”") starts another attribution: content past it is not ours.
/// No train count was recorded when it came in (commit 8f44a77).
/// </summary>
internal sealed class StopAtOtherCues : ILabelRule
{
    void ILabelRule.Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue) => Apply(window, labels, inCue);

    internal static void Apply(in CueWindow window, int[] labels, bool[] inCue)
    {
        var blocked = false;
        for (var t = window.CueEnd; t < window.End; t++)
        {
            blocked |= inCue[t] && labels[t] != SpanFeatures.Content;
            if (blocked && labels[t] == SpanFeatures.Content)
            {
                labels[t] = SpanFeatures.Outside;
            }
        }

        blocked = false;
        for (var t = window.CueStart - 1; t >= window.First; t--)
        {
            blocked |= inCue[t] && labels[t] != SpanFeatures.Content;
            if (blocked && labels[t] == SpanFeatures.Content)
            {
                labels[t] = SpanFeatures.Outside;
            }
        }
    }
}
