using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// A paragraph that opens with a quotation nobody is credited with, right after a paragraph whose last claim was a
/// quotation, continues that speaker (the newspaper convention for long quotes). A quotation that is the whole
/// paragraph goes on with the previous claim's content, as a chain of such paragraphs does: in PolNeAR train, 36 of 52
/// such paragraphs after a quotation credited by a cue are part of its content (13 are a claim of their own), and 32
/// of 33 after one that was itself continued. Reads the candidates in text order and leaves them so.
/// </summary>
internal sealed class ContinuedQuotes : IClaimRule
{
    private const int MinContinuedQuoteWords = 5;
    private const double ContinuedQuoteConfidence = 0.8;

    public void Apply(AttributionContext context, List<AttributionCandidate> found, bool[] inCue)
    {
        Claims.SortInTextOrder(found);
        var doc = context.Doc;
        var tokens = doc.Tokens;
        var added = false;
        var next = 0;
        foreach (var quote in doc.Quotations)
        {
            var first = doc.FirstTokenEndingAfter(quote.OpenMark);
            if (first >= tokens.Length || !tokens[first].Has(TokenShape.ParagraphStart) || Claims.CountWords(tokens, first, quote.OuterEnd) < MinContinuedQuoteWords)
            {
                continue;
            }

            while (next < found.Count && found[next].ContentStart < quote.OpenMark)
            {
                next++;
            }

            var previous = next > 0 ? found[next - 1] : null;
            var covered = next < found.Count && found[next].ContentStart < quote.OuterEnd;
            if (covered || previous is null || !previous.HasSource || context.QuoteOf[doc.FirstTokenEndingAfter(previous.ContentStart)] < 0)
            {
                continue;
            }

            var after = doc.FirstTokenEndingAfter(quote.OuterEnd);
            var wholeParagraph = after >= tokens.Length || tokens[after].Has(TokenShape.ParagraphStart);
            var paragraph = doc.Sentences[context.SentenceOf[first]].Paragraph;
            if (wholeParagraph && paragraph - doc.Sentences[context.SentenceOf[doc.FirstTokenEndingAfter(previous.ContentEnd - 1)]].Paragraph == 1)
            {
                previous.Content.AddRange(quote.Parts);
                continue;
            }

            if (paragraph - doc.Sentences[previous.Sentence].Paragraph != 1)
            {
                continue;
            }

            found.Add(new AttributionCandidate
            {
                Content = [.. quote.Parts],
                SourceTokens = previous.SourceTokens,
                CueLemma = "",
                Sentence = context.SentenceOf[first],
                Pattern = AttributionPattern.ContinuedQuote,
                Confidence = previous.Confidence * ContinuedQuoteConfidence,
            });
            added = true;
        }

        if (added)
        {
            Claims.SortInTextOrder(found);
        }
    }
}
