using ClaimExtraction.Documents;

namespace ClaimExtraction.Text;

/// <summary>
/// Finds quotations in the text. Curly and straight double quotes pair up within a paragraph, and so do the doubled
/// apostrophes ('') and backticks (``) some papers print for them; single quotes and nested “…” inside stay part of
/// the quote. Outside double quotes, single marks (‘…’ or '…') pair up within a paragraph too, and the pair is a
/// quotation when it is credited (British-style speech: "‘…,’ she said", "Okafor said: ‘…’"), while an apostrophe
/// inside or after a word ("don't", "the farmers' union") neither opens nor closes one, and a single mark left unclosed
/// at the paragraph end quotes nothing. A double quote still
/// open at the end of its paragraph continues into the next paragraph when that paragraph reopens it (the newspaper
/// convention), and otherwise ends there, unclosed; either way an unclosed quote ends where its attribution begins
/// (“I expect more talks, Trump stated when asked …). A run of three or more identical marks is one mark (as it is one
/// token). One pass over the characters, linear time; memory is one object per quotation.
/// </summary>
internal static class QuotationFinder
{
    public static Quotation[] Find(string text, Paragraph[] paragraphs)
    {
        var found = new List<Quotation>();
        var parts = new List<TextRange>();
        var openMark = -1;
        var partStart = 0;
        var nested = 0;
        var continuing = false;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            var i = paragraph.Start;
            if (continuing)
            {
                i += MarkWidth(text, i, paragraph.End); // skip the mark that reopens the quote
                partStart = i;
                continuing = false;
            }

            var singleOpen = -1;
            for (; i < paragraph.End; i++)
            {
                var c = text[i];
                var width = MarkWidth(text, i, paragraph.End);
                if (width == 0)
                {
                    if (openMark < 0 && CharClass.IsSingleQuote(c))
                    {
                        singleOpen = PairSingle(text, i, paragraph, singleOpen, found);
                    }

                    continue;
                }

                var opening = IsOpening(text, i, width, paragraph);
                var straight = c is '"' or '\'';
                if (openMark < 0)
                {
                    if (opening)
                    {
                        openMark = i;
                        partStart = i + width;
                        nested = 0;
                        singleOpen = -1; // a double quote outranks a single mark that may have been an apostrophe
                    }

                    i += width - 1;
                    continue;
                }

                if (opening && !straight)
                {
                    nested++;
                    i += width - 1;
                    continue;
                }

                if (nested > 0 && !straight)
                {
                    nested--;
                    i += width - 1;
                    continue;
                }

                parts.Add(new TextRange(partStart, i));
                Emit(found, openMark, parts, i, width);
                openMark = -1;
                i += width - 1;
            }

            if (openMark < 0)
            {
                continue;
            }

            var attribution = AttributionInside(text, partStart, paragraph.End);
            if (attribution >= 0)
            {
                parts.Add(new TextRange(partStart, attribution));
                Emit(found, openMark, parts, closeMark: -1, closeWidth: 0);
                openMark = -1;
                continue;
            }

            parts.Add(new TextRange(partStart, paragraph.End));
            var next = p + 1 < paragraphs.Length ? paragraphs[p + 1] : default;
            continuing = p + 1 < paragraphs.Length && MarkWidth(text, next.Start, next.End) is var reopen and > 0
                && IsOpening(text, next.Start, reopen, next);
            if (!continuing)
            {
                Emit(found, openMark, parts, closeMark: -1, closeWidth: 0);
                openMark = -1;
            }
        }

        return found.ToArray();
    }

    /// <summary>
    /// The comma at which an unclosed quote's attribution begins (", Trump stated", ", said Dr. Lin"), or -1. Each comma
    /// costs a bounded look ahead, so the scan stays linear.
    /// </summary>
    private static int AttributionInside(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] == ',' && i + 1 < end && text[i + 1] == ' ' && i > start && AttributionAhead.StartsAt(text, i + 1, end))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Handles the single mark at <paramref name="i"/> outside double quotes: it opens a single quotation when none is
    /// open and it faces right (white space, a bracket, a dash or a colon before it, a letter or digit after it, and
    /// not "'90s"); it closes the open one when it faces left (no white space before it, no letter or digit after it),
    /// adding the quotation. Returns the open single mark's offset afterwards, or -1.
    /// </summary>
    private static int PairSingle(string text, int i, Paragraph paragraph, int singleOpen, List<Quotation> found)
    {
        var c = text[i];
        var before = i > paragraph.Start ? text[i - 1] : ' ';
        var after = i + 1 < paragraph.End ? text[i + 1] : ' ';
        if (singleOpen < 0)
        {
            var opens = c is '\'' or CharClass.LeftSingle
                && (CharClass.IsSeparator(before) || before is '(' or '[' or ':' || CharClass.IsDash(before))
                && char.IsLetterOrDigit(after)
                && !(char.IsAsciiDigit(after) && i + 2 < paragraph.End && char.IsAsciiDigit(text[i + 2]));
            return opens ? i : -1;
        }

        if (c is '\'' or CharClass.RightSingle && !CharClass.IsSeparator(before) && !char.IsLetterOrDigit(after) && i > singleOpen + 1)
        {
            if (IsCredited(text, singleOpen, i, paragraph))
            {
                found.Add(new Quotation(singleOpen, [new TextRange(singleOpen + 1, i)], i, 1));
            }

            return -1;
        }

        return singleOpen;
    }

    /// <summary>
    /// Whether the single-quoted words between <paramref name="open"/> and <paramref name="close"/> are someone's
    /// speech: a reporting verb introduces them ("Okafor said: ‘…’") or an attribution follows them ("‘…,’ she said",
    /// "‘…’, said Dr. Lin", "‘…’ — Okafor said"). Headline words and scare quotes in single marks (‘Disgusting Fraud’,
    /// a ‘crazy system’) stay unquoted, as PolNeAR's annotators treat them: with them as quotations the retrained
    /// attribution models lose 0.003 F1 on held-out train folds.
    /// </summary>
    private static bool IsCredited(string text, int open, int close, Paragraph paragraph)
    {
        if (AttributionAhead.EndsBefore(text, Math.Max(paragraph.Start, open - 100), open) || NameOpensBefore(text, paragraph.Start, open))
        {
            return true;
        }

        var after = close + 1;
        while (after < paragraph.End && (text[after] is ',' or '.' or ' ' || CharClass.IsDash(text[after])) && after < close + 5)
        {
            after++;
        }

        return after > close + 1 && AttributionAhead.StartsAt(text, after, Math.Min(paragraph.End, after + 200));
    }

    /// <summary>
    /// "Asante: ‘The harbour should reopen …’": a paragraph that opens with at most three capitalised words and a colon
    /// before the mark, the headline and round-up form in which PolNeAR marks the colon as the cue.
    /// </summary>
    private static bool NameOpensBefore(string text, int paragraphStart, int open)
    {
        const int MaxNameWords = 3;
        var i = open;
        while (i > paragraphStart && text[i - 1] == ' ')
        {
            i--;
        }

        if (i - paragraphStart < 3 || text[i - 1] != ':' || i - paragraphStart > 40)
        {
            return false;
        }

        var words = 0;
        var atWordStart = true;
        for (var k = paragraphStart; k < i - 1; k++)
        {
            var c = text[k];
            if (c == ' ')
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart)
            {
                if (!char.IsUpper(c) || ++words > MaxNameWords)
                {
                    return false;
                }

                atWordStart = false;
            }
            else if (!(char.IsLetter(c) || c is '.' or '-' or '\'' or CharClass.RightSingle))
            {
                return false;
            }
        }

        return words > 0;
    }

    private static void Emit(List<Quotation> found, int openMark, List<TextRange> parts, int closeMark, int closeWidth)
    {
        var kept = new List<TextRange>(parts.Count);
        foreach (var part in parts)
        {
            if (part.End > part.Start)
            {
                kept.Add(part);
            }
        }

        parts.Clear();
        if (kept.Count > 0)
        {
            found.Add(new Quotation(openMark, kept, closeMark, closeWidth));
        }
    }

    /// <summary>
    /// The width of the double quotation mark at <paramref name="i"/>: 1 for a double quote character, 2 for "''" or
    /// "``" (as one token, see <see cref="Tokenizer.IsQuotePair"/>), the run's length for three or more identical
    /// marks (see <see cref="Tokenizer.QuoteRunLength"/>), 0 for anything else.
    /// </summary>
    private static int MarkWidth(string text, int i, int end)
    {
        var c = text[i];
        if (!(CharClass.IsDoubleQuote(c) || c is '\'' or '`'))
        {
            return 0;
        }

        var run = Tokenizer.QuoteRunLength(text, i, end);
        if (run > 0)
        {
            return run;
        }

        if (CharClass.IsDoubleQuote(c))
        {
            return 1;
        }

        return c is '\'' or '`' && i + 1 < end && text[i + 1] == c ? 2 : 0;
    }

    /// <summary>
    /// Curly and guillemet marks (and "``") say which way they face. A straight mark ('"' or "''") opens when a
    /// separator, bracket or dash stands before it (or it starts the paragraph) and something other than a separator
    /// follows.
    /// </summary>
    private static bool IsOpening(string text, int i, int width, Paragraph paragraph)
    {
        var c = text[i];
        if (c is CharClass.LeftDouble or '\u00AB' or '\u201E' or '\u201F' or '`')
        {
            return true;
        }

        if (c is CharClass.RightDouble or '\u00BB')
        {
            return false;
        }

        var before = i > paragraph.Start ? text[i - 1] : ' ';
        var after = i + width < paragraph.End ? text[i + width] : ' ';
        return (CharClass.IsSeparator(before) || before is '(' or '[' or ':' || CharClass.IsDash(before)) && !CharClass.IsSeparator(after);
    }
}
