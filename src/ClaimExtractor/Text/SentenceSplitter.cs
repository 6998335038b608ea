using ClaimExtraction.Documents;

namespace ClaimExtraction.Text;

/// <summary>
/// Groups tokens into sentences and paragraphs the way CoreNLP's sentence splitter does on news text: a sentence ends
/// after a "." token or a run of "?" and "!", together with the closing quotes and brackets that follow it. A line
/// break alone ends no sentence, so a headline or a line such as "7 p.m." without final punctuation runs on into the
/// next line. Whether an abbreviation's period ends a sentence is the tokenizer's decision: it splits the period off
/// only where CoreNLP would ("in the U.S. The"). One departure: a "?" or "!" inside a quotation followed by a
/// lower-case word ("“Why?” he asked.") or by an attribution ("“Why?” Maria Okafor asked.") does not end the sentence,
/// so the quote stays with its attribution, and a dash after a closing mark ("“…” — said Dr. Lin") joins them too; nor
/// does a period closed by a bracket before a lower-case word ("Sen. David Perdue (R-Ga.) said …").
/// Paragraphs (lines of the input) are tracked separately; a sentence belongs to the paragraph it starts in and may
/// run into the next ones. Linear in the number of tokens.
/// </summary>
internal static class SentenceSplitter
{
    public static (Sentence[] Sentences, Paragraph[] Paragraphs) Split(string text, Token[] tokens)
    {
        if (tokens.Length == 0)
        {
            return ([], []);
        }

        // Pass 1: where sentences end (exclusive token indices).
        var ends = new List<int>(Math.Max(4, tokens.Length / 20));
        var i = 0;
        while (i < tokens.Length)
        {
            var end = i + 1;
            if (IsSentenceFinal(text, tokens[i]))
            {
                end = AfterFollowers(text, tokens, end);
                if (end == tokens.Length || !(ContinuesAfterQuestion(text, tokens, i, end) || ContinuesAfterBracket(text, tokens, i, end)
                    || ContinuesAfterDash(text, tokens, i, end)))
                {
                    ends.Add(end);
                }
            }
            else if (end < tokens.Length && tokens[end].Has(TokenShape.ParagraphStart) && EndsHeading(text, tokens, i))
            {
                ends.Add(end);
            }

            i = end;
        }

        if (ends.Count == 0 || ends[^1] != tokens.Length)
        {
            ends.Add(tokens.Length);
        }

        // Pass 2: sentences and paragraphs. A paragraph's sentences are those holding its first through last token.
        var sentences = new Sentence[ends.Count];
        var paragraphs = new List<Paragraph>();
        var sentence = 0;
        var sentenceStart = 0;
        var paragraphStart = 0;
        var paragraphFirstSentence = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (t > 0 && tokens[t].Has(TokenShape.ParagraphStart))
            {
                var lastSentence = t == sentenceStart ? sentence - 1 : sentence;
                paragraphs.Add(new Paragraph(tokens[paragraphStart].Start, tokens[t - 1].End, paragraphFirstSentence, lastSentence + 1));
                paragraphStart = t;
                paragraphFirstSentence = sentence;
            }

            if (t == sentenceStart)
            {
                var end = ends[sentence];
                sentences[sentence] = new Sentence(t, end, tokens[t].Start, tokens[end - 1].End, paragraphs.Count);
            }

            if (t + 1 == ends[sentence])
            {
                sentence++;
                sentenceStart = t + 1;
            }
        }

        paragraphs.Add(new Paragraph(tokens[paragraphStart].Start, tokens[^1].End, paragraphFirstSentence, sentences.Length));
        return (sentences, paragraphs.ToArray());
    }

    /// <summary>A "." token, or a token of "?" and "!" only ("?", "!!!", "?!").</summary>
    private static bool IsSentenceFinal(string text, Token token)
    {
        if (!token.Has(TokenShape.Punctuation))
        {
            return false;
        }

        var span = text.AsSpan(token.Start, token.Length);
        if (span.Length == 1 && span[0] == '.')
        {
            return true;
        }

        foreach (var c in span)
        {
            if (c is not ('?' or '!'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Skips the closing quotes and brackets after a sentence end; they belong to the sentence they close, also when
    /// they stand at the start of the next line, as in CoreNLP. Like CoreNLP, a straight quote counts as closing
    /// unless a letter, digit or "$" follows it, and "''" always does, even where it opens the next quotation (the
    /// newspapers that print '' use it both ways).
    /// </summary>
    private static int AfterFollowers(string text, Token[] tokens, int next)
    {
        while (next < tokens.Length)
        {
            var token = tokens[next];
            var c = text[token.Start];
            bool follows;
            if (c is '"' or '\'' && token.Has(TokenShape.Punctuation))
            {
                // Straight marks face the way CoreNLP guesses: opening only before a letter, digit or "$".
                var after = token.End < text.Length ? text[token.End] : ' ';
                follows = token.Length == 2 || !(char.IsLetterOrDigit(after) || after == '$');
            }
            else
            {
                follows = token.Has(TokenShape.ClosingQuote) || c is ')' or ']' or '}';
            }

            if (!follows)
            {
                break;
            }

            next++;
        }

        return next;
    }

    /// <summary>
    /// A line that ends in a word or number, perhaps inside closing quotes or brackets ("Russia-Ukraine War",
    /// "Trump: ‘I Will Win’"), is a headline, subhead, byline or caption: it ends its sentence although CoreNLP would
    /// run it on into the next line, because an attribution never spans it and the rules would otherwise read the
    /// heading as the subject of the paragraph's first sentence. Lines that end in ":", ";", "," or an abbreviation
    /// ("Caddell continued:", "7 p.m.") still run on, as in CoreNLP, and so does a line followed by one that starts
    /// in lower case: a sentence broken over lines.
    /// </summary>
    private static bool EndsHeading(string text, Token[] tokens, int last)
    {
        if (char.IsLower(text[tokens[last + 1].Start]))
        {
            return false;
        }

        var i = last;
        while (i > 0 && (tokens[i].Has(TokenShape.ClosingQuote) || text[tokens[i].Start] is ')' or ']') && !tokens[i].Has(TokenShape.ParagraphStart))
        {
            i--;
        }

        return char.IsLetterOrDigit(text[tokens[i].End - 1]);
    }

    /// <summary>"Sen. Claire McCaskill (D-Mo.) said …": an abbreviation's period inside brackets, the sentence going on.</summary>
    private static bool ContinuesAfterBracket(string text, Token[] tokens, int final, int next)
    {
        var token = tokens[final];
        return text[token.Start] == '.' && next == final + 2 && text[tokens[final + 1].Start] == ')'
            && !tokens[next].Has(TokenShape.ParagraphStart) && char.IsLower(text[tokens[next].Start]);
    }

    /// <summary>
    /// "“Why?” he asked." / "“Go!” she said." / "“Why?” Maria Okafor asked." / "“Go!” yelled Dr. Lin.": a quoted
    /// question or exclamation that its attribution continues. A lower-case word always continues it; a capitalised
    /// one when an attribution starts there (<see cref="AttributionAhead"/>), since a name after a quoted question is
    /// as often its speaker as the start of a new sentence, and the attribution must share the quote's sentence.
    /// </summary>
    private static bool ContinuesAfterQuestion(string text, Token[] tokens, int final, int next)
    {
        var token = tokens[final];
        if (!(text[token.Start] is '?' or '!' && next > final + 1 && tokens[next - 1].Has(TokenShape.ClosingQuote)
            && !tokens[next].Has(TokenShape.ParagraphStart)))
        {
            return false;
        }

        var start = tokens[next].Start;
        return char.IsLower(text[start]) || AttributionAhead.StartsAt(text, start, LineEnd(text, start));
    }

    /// <summary>
    /// "“We found nothing.” — Capt. D. Moreau said." / "“Wait!”—said Mrs. Lowell": a dash after a quotation's closing mark
    /// joins the quote to what follows on the line, its attribution.
    /// </summary>
    private static bool ContinuesAfterDash(string text, Token[] tokens, int final, int next) =>
        next > final + 1 && tokens[next - 1].Has(TokenShape.ClosingQuote) && tokens[next].Has(TokenShape.Dash)
        && !tokens[next].Has(TokenShape.ParagraphStart);

    /// <summary>The end of the line holding <paramref name="position"/>, looked for at most a short attribution's length ahead.</summary>
    private static int LineEnd(string text, int position)
    {
        var limit = Math.Min(text.Length, position + 200);
        var i = position;
        while (i < limit && !CharClass.IsLineBreak(text[i]))
        {
            i++;
        }

        return i;
    }
}
