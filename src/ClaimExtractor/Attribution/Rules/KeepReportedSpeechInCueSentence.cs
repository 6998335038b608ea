namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// "She said that taxes would fall. Critics disagree": reported speech that starts unquoted after the cue in the
/// cue's sentence ends with that sentence; a later sentence is content only inside a quotation the content
/// already runs into. No train count was recorded when it came in (commit 75f6af4, with four other boundary rules:
/// dev content strict F1 0.537 -> 0.544).
/// </summary>
internal sealed class KeepReportedSpeechInCueSentence : ILabelRule
{
    void ILabelRule.Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue) => Apply(context, window, labels);

    internal static void Apply(AttributionContext context, in CueWindow window, int[] labels)
    {
        var cueSentence = context.SentenceOf[window.CueHead];
        var first = Labels.FirstContentAfterCue(window, labels);

        if (first >= window.End || context.SentenceOf[first] != cueSentence || context.QuoteOf[first] >= 0)
        {
            return;
        }

        var lastQuote = -1;
        for (var t = first; t < window.End; t++)
        {
            if (context.SentenceOf[t] == cueSentence)
            {
                lastQuote = labels[t] == SpanFeatures.Content && context.QuoteOf[t] >= 0 ? context.QuoteOf[t] : lastQuote;
            }
            else if (labels[t] == SpanFeatures.Content && (lastQuote < 0 || context.QuoteOf[t] != lastQuote))
            {
                labels[t] = SpanFeatures.Outside;
            }
        }
    }
}
