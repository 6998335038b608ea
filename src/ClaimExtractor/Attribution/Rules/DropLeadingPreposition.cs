using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// "warned of a crisis", "asked for help", "talked about taxes": the preposition that links what was said to the
/// cue is the cue's, not the content's (PolNeAR train annotators left it out about 30 times as often as in).
/// </summary>
internal sealed class DropLeadingPreposition : ILabelRule
{
    void ILabelRule.Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue) => Apply(context, window, labels);

    internal static void Apply(AttributionContext context, in CueWindow window, int[] labels)
    {
        var first = Labels.FirstContentAfterCue(window, labels);

        if (first + 1 < window.End && labels[first + 1] == SpanFeatures.Content && context.QuoteOf[first] < 0
            && context.Tokens[first].Pos == PosTag.IN && context.Lemmas[first] is not ("that" or "whether" or "if"))
        {
            labels[first] = SpanFeatures.Outside;
        }
    }
}
