using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// "Daniel Brandt, a union organiser, argued at length. “We have asked …”": a finite reporting verb whose own sentence says
/// nothing after it but a few words with no verb ("at length", "in a statement") is answered by the quotation opening
/// the next sentence of the paragraph, when nothing in that sentence credits it to another. The few words are the
/// circumstances of the saying, the quotation is what was said (the colon-less form of "Brandt argued: “…”"). On train (held out from this rule) it changes 2 claims
/// ("Bystrom agreed. “…”"), content F1 0.833; dev unchanged.
/// </summary>
internal sealed class QuotationAfterBareCue : ILabelRule
{
    private const int MaxCircumstanceWords = 4;

    void ILabelRule.Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue) => Apply(context, window, labels, inCue);

    internal static void Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue)
    {
        var doc = context.Doc;
        var tokens = context.Tokens;
        var cueSentence = context.SentenceOf[window.CueHead];
        if (tokens[window.CueHead].Pos is not (PosTag.VBD or PosTag.VBZ or PosTag.VBP) || cueSentence + 1 >= doc.Sentences.Length)
        {
            return;
        }

        // Nothing said in the cue's own sentence: no content before the cue, and after it a few words without a verb.
        var sentence = doc.Sentences[cueSentence];
        var words = 0;
        for (var t = Math.Max(window.First, sentence.FirstToken); t < sentence.EndToken && t < window.End; t++)
        {
            if (t >= window.CueStart && t < window.CueEnd)
            {
                continue;
            }

            if (context.QuoteOf[t] >= 0 || (labels[t] == SpanFeatures.Content && (t < window.CueStart || tokens[t].Pos.IsVerb() || tokens[t].Pos == PosTag.MD)))
            {
                return;
            }

            words += t >= window.CueEnd && tokens[t].Has(TokenShape.Word) ? 1 : 0;
        }

        if (words > MaxCircumstanceWords)
        {
            return;
        }

        var next = doc.Sentences[cueSentence + 1];
        var open = next.FirstToken;
        var quote = context.QuoteOf[open];
        if (quote < 0 || open >= window.End || tokens[open].Has(TokenShape.ParagraphStart) || doc.Quotations[quote].OpenMark != tokens[open].Start)
        {
            return;
        }

        for (var t = open; t < next.EndToken; t++)
        {
            if (inCue[t] && context.QuoteOf[t] < 0)
            {
                return;
            }
        }

        for (var t = window.CueEnd; t < sentence.EndToken; t++)
        {
            labels[t] = labels[t] == SpanFeatures.Content ? SpanFeatures.Outside : labels[t];
        }

        for (var t = open; t < window.End && context.QuoteOf[t] == quote; t++)
        {
            labels[t] = SpanFeatures.Content;
        }
    }
}
