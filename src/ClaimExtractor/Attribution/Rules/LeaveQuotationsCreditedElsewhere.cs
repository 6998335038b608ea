namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// “…,” Haddad explained. “…,” Wojcik noted.: a quotation in a later sentence than the cue whose own sentence holds
/// another cue outside quotations ("Wojcik noted", "Petrescu disagreed: “…”") is that cue's, not a continuation of
/// this one's; it and everything past it leave this content. The labeller learned from PolNeAR that the quotation
/// opening the next sentence usually goes on with what was said (1,058 of 1,097 in train, see
/// <see cref="ContinueOpeningQuotation"/>), but there the next quotation has no cue of its own. On train (held out from
/// this rule) content F1 0.832 → 0.832, strict 0.627 → 0.631; behavioural suite +17 cases.
/// </summary>
internal sealed class LeaveQuotationsCreditedElsewhere : ILabelRule
{
    void ILabelRule.Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue) => Apply(context, window, labels, inCue);

    internal static void Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue)
    {
        var doc = context.Doc;
        var cueSentence = context.SentenceOf[window.CueHead];
        for (var t = window.CueEnd; t < window.End; t++)
        {
            var quote = context.QuoteOf[t];
            if (quote < 0 || labels[t] != SpanFeatures.Content || context.SentenceOf[t] == cueSentence)
            {
                continue;
            }

            var sentence = doc.Sentences[context.SentenceOf[t]];
            if (HasOtherCue(context, window, inCue, sentence.FirstToken, sentence.EndToken))
            {
                var open = t;
                while (open > window.CueEnd && context.QuoteOf[open - 1] == quote)
                {
                    open--;
                }

                for (var k = open; k < window.End; k++)
                {
                    labels[k] = labels[k] == SpanFeatures.Content ? SpanFeatures.Outside : labels[k];
                }

                return;
            }

            while (t + 1 < window.End && context.QuoteOf[t + 1] == quote)
            {
                t++;
            }
        }
    }

    private static bool HasOtherCue(AttributionContext context, in CueWindow window, bool[] inCue, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (inCue[k] && context.QuoteOf[k] < 0 && (k < window.CueStart || k >= window.CueEnd))
            {
                return true;
            }
        }

        return false;
    }
}
