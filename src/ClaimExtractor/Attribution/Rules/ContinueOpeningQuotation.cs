using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// “Europe must be able to defend itself,” Hollande said as he entered the talks. “We need …”: when what comes before
/// the cue is a quotation that opens its sentence, the speaker's words are the quotations. The unquoted words after
/// the cue are the circumstances of the saying, and a quotation that opens the next sentence of the paragraph goes on
/// with what was said. In PolNeAR train, of 2,397 attributions whose content before the cue is such a quotation, 45
/// have unquoted content after the cue; of 1,097 whose next sentence in the paragraph opens with a quotation, 1,058
/// take that quotation in.
/// </summary>
internal sealed class ContinueOpeningQuotation : ILabelRule
{
    void ILabelRule.Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue) => Apply(context, window, labels, inCue);

    internal static void Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue)
    {
        var doc = context.Doc;
        var tokens = context.Tokens;
        var first = Labels.FirstContent(labels, window.First, window.CueStart);
        if (first >= window.CueStart || context.QuoteOf[first] < 0)
        {
            return;
        }

        for (var t = first; t < window.CueStart; t++)
        {
            if (labels[t] == SpanFeatures.Content && tokens[t].Has(TokenShape.Word) && context.QuoteOf[t] < 0)
            {
                return;
            }
        }

        // The quotation opens its sentence: nothing but its opening mark between the content's first word and the
        // sentence's start, a sentence-final mark or a paragraph break (the sentence splitter may have run on past one).
        var sentenceStart = doc.Sentences[context.SentenceOf[first]].FirstToken;
        var before = first - 1;
        while (before >= sentenceStart && tokens[before].Pos.IsPunctuation() && tokens[before].Pos != PosTag.Period && !tokens[before + 1].Has(TokenShape.ParagraphStart))
        {
            before--;
        }

        if (before >= sentenceStart && tokens[before].Pos != PosTag.Period && !tokens[before + 1].Has(TokenShape.ParagraphStart))
        {
            return;
        }

        for (var t = window.CueEnd; t < window.End; t++)
        {
            if (labels[t] == SpanFeatures.Content && context.QuoteOf[t] < 0)
            {
                labels[t] = SpanFeatures.Outside;
            }
        }

        // The next sentence of the paragraph opens with a quotation, and no cue after that quotation credits it to
        // someone else ("… she said. “If he gets in …,” she said").
        var cueSentence = context.SentenceOf[window.CueHead];
        if (cueSentence + 1 >= doc.Sentences.Length)
        {
            return;
        }

        var open = doc.Sentences[cueSentence + 1].FirstToken;
        var quote = context.QuoteOf[open];
        if (open < window.CueEnd || open >= window.End || quote < 0 || doc.Quotations[quote].OpenMark != tokens[open].Start)
        {
            return;
        }

        for (var t = window.CueEnd; t <= open; t++)
        {
            if (tokens[t].Has(TokenShape.ParagraphStart))
            {
                return;
            }
        }

        var end = open;
        while (end < window.End && context.QuoteOf[end] == quote)
        {
            end++;
        }

        for (var t = end; t < tokens.Length && context.SentenceOf[t] == context.SentenceOf[end - 1] && !tokens[t].Has(TokenShape.ParagraphStart); t++)
        {
            if (inCue[t])
            {
                return;
            }
        }

        labels.AsSpan(open, end - open).Fill(SpanFeatures.Content);
    }
}
