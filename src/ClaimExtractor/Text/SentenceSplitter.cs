using ClaimExtraction.Documents;

namespace ClaimExtraction.Text;

/// <summary>
/// Groups tokens into sentences and paragraphs. A paragraph (a line of the input) always ends a sentence; inside
/// one, a sentence ends at ".", "!", "?" or "…" (with any closing quotes and brackets after it) when the next
/// token looks like a sentence start. Abbreviation tokens ("Sen.", "U.S.") end a sentence only before a
/// paragraph break. Linear in the number of tokens.
/// </summary>
internal static class SentenceSplitter
{
    public static (Sentence[] Sentences, Paragraph[] Paragraphs) Split(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>(Math.Max(4, tokens.Length / 20));
        var paragraphs = new List<Paragraph>();
        var sentenceStart = 0;
        var paragraphFirstSentence = 0;
        var paragraphStartToken = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var next = i + 1;
            var paragraphEnds = next == tokens.Length || tokens[next].Has(TokenShape.ParagraphStart);
            if (paragraphEnds || EndsSentence(text, tokens, i))
            {
                sentences.Add(new Sentence(sentenceStart, next, tokens[sentenceStart].Start, tokens[i].End, paragraphs.Count));
                sentenceStart = next;
            }

            if (paragraphEnds)
            {
                paragraphs.Add(new Paragraph(tokens[paragraphStartToken].Start, tokens[i].End, paragraphFirstSentence, sentences.Count));
                paragraphFirstSentence = sentences.Count;
                paragraphStartToken = next;
            }
        }

        return (sentences.ToArray(), paragraphs.ToArray());
    }

    private static bool EndsSentence(string text, Token[] tokens, int i)
    {
        var token = tokens[i];
        var next = i + 1;
        var nextToken = tokens[next];

        // Closing quotes and brackets belong to the sentence they close: split after them, not before.
        if (nextToken.Has(TokenShape.ClosingQuote) || text[nextToken.Start] is ')' or ']')
        {
            return false;
        }

        var last = text[token.End - 1];
        var isTerminal = token.Has(TokenShape.Punctuation) && CharClass.IsSentenceFinal(last);
        var closesAfterTerminal = false;
        if (!isTerminal && (token.Has(TokenShape.ClosingQuote) || text[token.Start] is ')' or ']'))
        {
            // ... said." Next  /  (as reported.) Next
            var j = i - 1;
            while (j >= 0 && (tokens[j].Has(TokenShape.ClosingQuote) || text[tokens[j].Start] is ')' or ']'))
            {
                j--;
            }

            closesAfterTerminal = j >= 0 && tokens[j].Has(TokenShape.Punctuation) && CharClass.IsSentenceFinal(text[tokens[j].End - 1]);
        }

        if (!isTerminal && !closesAfterTerminal)
        {
            return false;
        }

        return StartsSentence(text, nextToken);
    }

    private static bool StartsSentence(string text, Token next)
    {
        var c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || next.Has(TokenShape.OpeningQuote) || c is '(' or '[' || CharClass.IsDash(c)
            || (CharClass.IsDoubleQuote(c) && !next.Has(TokenShape.ClosingQuote));
    }
}
