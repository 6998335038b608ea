using ClaimExtraction.Documents;

namespace ClaimExtraction.Text;

/// <summary>
/// Finds quotations in the text. Curly and straight double quotes pair up within a paragraph; single quotes and
/// nested “…” inside stay part of the quote. A quote still open at the end of its paragraph continues into the next
/// paragraph when that paragraph reopens it (the newspaper convention), and otherwise ends there, unclosed.
/// One pass over the characters, linear time.
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
                partStart = ++i; // skip the mark that reopens the quote
                continuing = false;
            }

            for (; i < paragraph.End; i++)
            {
                var c = text[i];
                if (!CharClass.IsDoubleQuote(c))
                {
                    continue;
                }

                var opening = IsOpening(text, i, paragraph);
                if (openMark < 0)
                {
                    if (opening)
                    {
                        openMark = i;
                        partStart = i + 1;
                        nested = 0;
                    }

                    continue;
                }

                if (opening && c is not '"')
                {
                    nested++;
                    continue;
                }

                if (nested > 0 && c is not '"')
                {
                    nested--;
                    continue;
                }

                parts.Add(new TextRange(partStart, i));
                Emit(found, openMark, parts, i);
                openMark = -1;
            }

            if (openMark < 0)
            {
                continue;
            }

            parts.Add(new TextRange(partStart, paragraph.End));
            continuing = p + 1 < paragraphs.Length && CharClass.IsDoubleQuote(text[paragraphs[p + 1].Start])
                && IsOpening(text, paragraphs[p + 1].Start, paragraphs[p + 1]);
            if (!continuing)
            {
                Emit(found, openMark, parts, closeMark: -1);
                openMark = -1;
            }
        }

        return found.ToArray();
    }

    private static void Emit(List<Quotation> found, int openMark, List<TextRange> parts, int closeMark)
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
            found.Add(new Quotation(openMark, kept, closeMark));
        }
    }

    /// <summary>
    /// Curly and guillemet marks say which way they face. A straight mark opens when a separator, bracket or dash
    /// stands before it (or it starts the paragraph) and something other than a separator follows.
    /// </summary>
    private static bool IsOpening(string text, int i, Paragraph paragraph)
    {
        var c = text[i];
        if (c is CharClass.LeftDouble or '\u00AB' or '\u201E' or '\u201F')
        {
            return true;
        }

        if (c is CharClass.RightDouble or '\u00BB')
        {
            return false;
        }

        var before = i > paragraph.Start ? text[i - 1] : ' ';
        var after = i + 1 < paragraph.End ? text[i + 1] : ' ';
        return (CharClass.IsSeparator(before) || before is '(' or '[' or ':' || CharClass.IsDash(before)) && !CharClass.IsSeparator(after);
    }
}
