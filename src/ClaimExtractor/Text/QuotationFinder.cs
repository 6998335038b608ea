using ClaimExtraction.Documents;

namespace ClaimExtraction.Text;

/// <summary>
/// Finds quotations in the text. Curly and straight double quotes pair up within a paragraph, and so do the doubled
/// apostrophes ('') and backticks (``) some papers print for them; single quotes and nested “…” inside stay part of
/// the quote. A quote still open at the end of its paragraph continues into the next
/// paragraph when that paragraph reopens it (the newspaper convention), and otherwise ends there, unclosed. A run of
/// three or more identical marks is one mark (as it is one token). One pass over the characters, linear time.
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

            for (; i < paragraph.End; i++)
            {
                var c = text[i];
                var width = MarkWidth(text, i, paragraph.End);
                if (width == 0)
                {
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
