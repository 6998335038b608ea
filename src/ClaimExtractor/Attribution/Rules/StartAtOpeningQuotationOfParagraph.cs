using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// “Here he is,” she said: when the cue's paragraph opens with a quotation and all the content between that and
/// the cue is quoted, the content starts with the quotation, not in an earlier paragraph. In PolNeAR train, 8 of
/// 2,050 such attributions take content from an earlier paragraph.
/// </summary>
internal sealed class StartAtOpeningQuotationOfParagraph : ILabelRule
{
    void ILabelRule.Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue) => Apply(context, window, labels);

    internal static void Apply(AttributionContext context, in CueWindow window, int[] labels)
    {
        var tokens = context.Tokens;
        var open = window.CueStart - 1;
        while (open > window.First && !tokens[open].Has(TokenShape.ParagraphStart))
        {
            open--;
        }

        if (open <= window.First || !tokens[open].Has(TokenShape.ParagraphStart) || context.QuoteOf[open] < 0 || !tokens[open].Pos.IsPunctuation())
        {
            return;
        }

        var quotedContent = false;
        for (var t = open; t < window.CueStart; t++)
        {
            if (labels[t] == SpanFeatures.Content && tokens[t].Has(TokenShape.Word))
            {
                if (context.QuoteOf[t] < 0)
                {
                    return;
                }

                quotedContent = true;
            }
        }

        if (!quotedContent)
        {
            return;
        }

        for (var t = window.First; t < open; t++)
        {
            if (labels[t] == SpanFeatures.Content)
            {
                labels[t] = SpanFeatures.Outside;
            }
        }
    }
}
