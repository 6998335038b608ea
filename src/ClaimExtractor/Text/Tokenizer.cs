using ClaimExtraction.Documents;

namespace ClaimExtraction.Text;

/// <summary>
/// Splits text into tokens with exact offsets, following Penn Treebank conventions as CoreNLP applies them:
/// punctuation and quotation marks apart, clitics split ("do|n't", "Trump|'s"), abbreviations keep their period
/// ("U.S.", "Sen."), hyphenated words, numbers ("1,000", "3.5") and links stay whole. One pass, linear time.
/// </summary>
internal static class Tokenizer
{
    private const int CancellationCheckInterval = 4096;

    /// <summary>Tokenizes <paramref name="text"/>; every token gets its shape and the paragraph-start flag.</summary>
    public static Token[] Tokenize(string text, CancellationToken cancellationToken = default)
    {
        var output = new TokenBuffer(Math.Max(16, text.Length / 5));
        var atParagraphStart = true;
        var position = 0;
        var steps = 0;
        while (position < text.Length)
        {
            if (++steps % CancellationCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[position];
            if (CharClass.IsSeparator(c))
            {
                if (CharClass.IsLineBreak(c))
                {
                    atParagraphStart = true;
                }

                position++;
                continue;
            }

            var chunkEnd = position + 1;
            while (chunkEnd < text.Length && !CharClass.IsSeparator(text[chunkEnd]))
            {
                chunkEnd++;
            }

            var before = output.Count;
            SplitChunk(text, position, chunkEnd, ref output);
            if (atParagraphStart && output.Count > before)
            {
                output.MarkParagraphStart(before);
                atParagraphStart = false;
            }

            position = chunkEnd;
        }

        return output.ToArray();
    }

    /// <summary>Splits one run of non-space characters: leading marks, trailing marks and clitics, inner dashes.</summary>
    private static void SplitChunk(string text, int start, int end, ref TokenBuffer output)
    {
        if (LooksLikeLink(text.AsSpan(start, end - start)))
        {
            var linkEnd = end;
            while (linkEnd > start + 1 && text[linkEnd - 1] is '.' or ',' or ')' or ';' or ':' or '"' or CharClass.RightDouble)
            {
                linkEnd--;
            }

            output.Add(text, start, linkEnd, TokenShape.Url);
            SplitChunk(text, linkEnd, end, ref output);
            return;
        }

        // Dashes inside the chunk separate pieces that each get their own marks split off: "“Wait!”—said" is
        // "“ Wait ! ” — said", not a word "Wait!”" (a quote joined to its attribution by a dash).
        var pieceStart = start;
        for (var i = start + 1; i < end - 1; i++)
        {
            var width = InnerDashWidth(text, i, end);
            if (width == 0)
            {
                continue;
            }

            SplitPiece(text, pieceStart, i, ref output);
            output.Add(text, i, i + width, ShapeOfMark(text, i, width));
            pieceStart = i + width;
            i += width - 1;
        }

        if (pieceStart < end)
        {
            SplitPiece(text, pieceStart, end, ref output);
        }
    }

    /// <summary>An em or en dash, or "--", at <paramref name="i"/>: its width, else 0.</summary>
    private static int InnerDashWidth(string text, int i, int end) =>
        CharClass.IsDash(text[i]) ? 1 : text[i] == '-' && i + 1 < end && text[i + 1] == '-' ? 2 : 0;

    /// <summary>Splits one piece of a chunk between dashes: leading marks, trailing marks and clitics, inner ellipses.</summary>
    private static void SplitPiece(string text, int start, int end, ref TokenBuffer output)
    {
        // Leading punctuation, one mark at a time ("--" and "..." as one token).
        while (start < end)
        {
            var c = text[start];
            var width = MarkWidth(text, start, end);
            if (width > 1 || CharClass.IsLeadingPunctuation(c) || (CharClass.IsSingleQuote(c) && !IsElidedYear(text, start, end))
                || (c == '-' && start + 1 < end && !char.IsDigit(text[start + 1])) || c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']')
            {
                output.Add(text, start, start + width, ShapeOfMark(text, start, width));
                start += width;
                continue;
            }

            break;
        }

        if (start >= end)
        {
            return;
        }

        // Trailing punctuation and clitics are found right to left, then emitted left to right after the core.
        Span<int> cuts = stackalloc int[32];
        var cutCount = 0;
        var coreEnd = end;
        while (coreEnd > start && cutCount < cuts.Length - 1)
        {
            var c = text[coreEnd - 1];
            int width;
            if (c == '.')
            {
                width = TrailingPeriodWidth(text, start, coreEnd, end);
                if (width == 0)
                {
                    break;
                }
            }
            else if (QuoteRunBefore(text, start, coreEnd) is var run and > 0)
            {
                width = run;
            }
            else if (coreEnd - 2 >= start && IsQuotePair(text[coreEnd - 2], c))
            {
                width = 2; // "issue,''" / "‘tired.’”": two marks, one token
            }
            else if (c is '!' or '?')
            {
                if (IsBangWord(text.AsSpan(start, coreEnd - start)))
                {
                    break; // "Yahoo!", "E!", "Jeopardy!" keep their mark
                }

                width = 1;
                while (coreEnd - width > start && text[coreEnd - width - 1] is '!' or '?')
                {
                    width++; // "?!" and "!!!" are one token
                }
            }
            else if (CharClass.IsTrailingPunctuation(c) || c == '\'' || (c == '-' && coreEnd - 1 > start && text[coreEnd - 2] == '-'))
            {
                width = c == '-' ? 2 : 1;
            }
            else
            {
                width = CliticWidth(text, start, coreEnd);
                if (width == 0)
                {
                    break;
                }
            }

            cuts[cutCount++] = coreEnd - width;
            coreEnd -= width;
        }

        if (coreEnd > start)
        {
            SplitInnerDashes(text, start, coreEnd, ref output);
        }

        for (var i = cutCount - 1; i >= 0; i--)
        {
            var cutStart = cuts[i];
            var cutEnd = i == 0 ? end : cuts[i - 1];
            output.Add(text, cutStart, cutEnd, ShapeOfMark(text, cutStart, cutEnd - cutStart));
        }
    }

    /// <summary>Em/en dashes, "--" and ellipses inside a word separate it ("war—and" → "war", "—", "and").</summary>
    private static void SplitInnerDashes(string text, int start, int end, ref TokenBuffer output)
    {
        var pieceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var width = 0;
            if (CharClass.IsDash(c) || c == '\u2026')
            {
                width = 1;
            }
            else if (c == '-' && i + 1 < end && text[i + 1] == '-')
            {
                width = 2;
            }
            else if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                width = 3;
            }

            if (width == 0 || i == start)
            {
                continue;
            }

            if (i > pieceStart)
            {
                output.Add(text, pieceStart, i, ShapeOfWord(text, pieceStart, i));
            }

            output.Add(text, i, i + width, ShapeOfMark(text, i, width));
            pieceStart = i + width;
            i += width - 1;
        }

        if (pieceStart < end)
        {
            output.Add(text, pieceStart, end, ShapeOfWord(text, pieceStart, end));
        }
    }

    private static int MarkWidth(string text, int start, int end)
    {
        var quoteRun = QuoteRunLength(text, start, end);
        if (quoteRun > 0)
        {
            return quoteRun;
        }

        if (start + 1 < end && IsQuotePair(text[start], text[start + 1]))
        {
            return 2;
        }

        if (text[start] is '!' or '?')
        {
            var run = start + 1;
            while (run < end && text[run] is '!' or '?')
            {
                run++;
            }

            return run - start;
        }

        if (text[start] == '-' && start + 1 < end && text[start + 1] == '-')
        {
            return 2;
        }

        if (text[start] == '.' && start + 2 < end && text[start + 1] == '.' && text[start + 2] == '.')
        {
            return 3;
        }

        return 1;
    }

    /// <summary>
    /// How many characters of a final period run to split off: 0 keeps it ("U.S."), 3 for "...". An abbreviation keeps
    /// its period inside the chunk ("U.S.,") and before white space unless what follows makes the period a sentence end
    /// (see <see cref="Abbreviations.EndsSentence"/>); a word keeps it before ",", ";" or ":" ("Inc.,"), as CoreNLP does.
    /// </summary>
    private static int TrailingPeriodWidth(string text, int start, int end, int chunkEnd)
    {
        if (end - start >= 3 && text[end - 2] == '.' && text[end - 3] == '.')
        {
            return end - start == 3 ? 0 : 3;
        }

        if (end - start == 1)
        {
            return 0; // a lone "." is the token itself
        }

        var kind = Abbreviations.Classify(text.AsSpan(start, end - 1 - start));
        if (end < chunkEnd)
        {
            return kind is AbbreviationKind.None or AbbreviationKind.BeforeNumber && !(text[end] is ',' or ';' or ':' && char.IsLetter(text[start])) ? 1 : 0;
        }

        return Abbreviations.EndsSentence(kind, text, end - 1) ? 1 : 0;
    }

    /// <summary>
    /// Width of a clitic at the end of a word: "n't", "'s" (also after an acronym, "D.C.'s"), "'re", "'ve", "'ll",
    /// "'d", "'m" (either apostrophe), and the second part of a few run-together words ("cannot", "gonna").
    /// </summary>
    private static int CliticWidth(string text, int start, int end)
    {
        var length = end - start;
        if (length is 5 or 6)
        {
            // CoreNLP's assimilations: "can|not", "gon|na", "got|ta", "wan|na", "gim|me", "lem|me".
            var word = text.AsSpan(start, length);
            if (word.Equals("cannot", StringComparison.OrdinalIgnoreCase))
            {
                return 3;
            }

            if (word.Equals("gonna", StringComparison.OrdinalIgnoreCase) || word.Equals("gotta", StringComparison.OrdinalIgnoreCase)
                || word.Equals("wanna", StringComparison.OrdinalIgnoreCase) || word.Equals("gimme", StringComparison.OrdinalIgnoreCase)
                || word.Equals("lemme", StringComparison.OrdinalIgnoreCase))
            {
                return 2;
            }
        }

        if (length >= 4 && CharClass.IsApostrophe(text[end - 2]) && (text[end - 3] is 'n' or 'N') && (text[end - 1] is 't' or 'T'))
        {
            return 3;
        }

        if (length >= 3 && CharClass.IsApostrophe(text[end - 2]) && (char.IsLetter(text[end - 3]) || (text[end - 3] == '.' && text[end - 1] is 's' or 'S'))
            && text[end - 1] is 's' or 'S' or 'd' or 'D' or 'm' or 'M')
        {
            return 2;
        }

        if (length >= 4 && CharClass.IsApostrophe(text[end - 3]) && char.IsLetter(text[end - 4]))
        {
            var a = char.ToLowerInvariant(text[end - 2]);
            var b = char.ToLowerInvariant(text[end - 1]);
            if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
            {
                return 3;
            }
        }

        return 0;
    }

    private static bool IsBangWord(ReadOnlySpan<char> word) =>
        word.Equals("Yahoo!", StringComparison.OrdinalIgnoreCase) || word.Equals("E!", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Jeopardy!", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Two adjacent quotation marks that CoreNLP keeps as one token: "''" and "``" (the doubled apostrophes and
    /// backticks some papers print for a double quote), and pairs of curly marks such as "’”" or "“‘".
    /// </summary>
    /// <summary>
    /// The length of the run of three or more identical quotation marks starting at <paramref name="start"/>, else 0.
    /// Such a run is one token (and one mark for the quotation finder): no text prints it as marks, and a flood of
    /// them would otherwise cost a token, with its tags, parse and features, per character.
    /// </summary>
    public static int QuoteRunLength(string text, int start, int end)
    {
        var c = text[start];
        if (!IsQuoteMark(c) || start + 2 >= end || text[start + 1] != c || text[start + 2] != c)
        {
            return 0;
        }

        var i = start + 3;
        while (i < end && text[i] == c)
        {
            i++;
        }

        return i - start;
    }

    /// <summary>As <see cref="QuoteRunLength"/>, for the run ending just before <paramref name="end"/>.</summary>
    private static int QuoteRunBefore(string text, int start, int end)
    {
        var c = text[end - 1];
        if (!IsQuoteMark(c) || end - 3 < start || text[end - 2] != c || text[end - 3] != c)
        {
            return 0;
        }

        var i = end - 3;
        while (i > start && text[i - 1] == c)
        {
            i--;
        }

        return end - i;
    }

    private static bool IsQuoteMark(char c) => CharClass.IsDoubleQuote(c) || CharClass.IsSingleQuote(c);

    public static bool IsQuotePair(char first, char second) =>
        (second == '\'' && first is '\'' or '`' or CharClass.LeftSingle or CharClass.RightSingle)
        || (IsCurlyOrBacktick(first) && IsCurlyOrBacktick(second));

    private static bool IsCurlyOrBacktick(char c) => c is '`' || (c >= '\u2018' && c <= '\u201F');

    /// <summary>"'90s", "’16": an apostrophe before digits elides a century, it does not open a quote.</summary>
    private static bool IsElidedYear(string text, int start, int end) =>
        start + 2 < end && char.IsDigit(text[start + 1]) && char.IsDigit(text[start + 2]);

    private static bool LooksLikeLink(ReadOnlySpan<char> chunk) =>
        chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (chunk.Length > 3 && chunk[0] == '@' && char.IsLetterOrDigit(chunk[1]));

    private static TokenShape ShapeOfMark(string text, int start, int width)
    {
        var c = text[start];
        if (width > 1 && (char.IsLetter(c) || char.IsLetter(text[start + 1])))
        {
            return ShapeOfWord(text, start, start + width) | TokenShape.Contraction; // "n't", "'s", "'ll"
        }

        var shape = TokenShape.Punctuation;
        if (CharClass.IsDash(c) || (width == 2 && c == '-'))
        {
            shape |= TokenShape.Dash;
        }
        else if (c is CharClass.LeftDouble or CharClass.LeftSingle or '`' or '\u00AB' or '\u201E')
        {
            shape |= TokenShape.OpeningQuote;
        }
        else if (c is CharClass.RightDouble or '\u00BB')
        {
            shape |= TokenShape.ClosingQuote;
        }
        else if (c is '"' or '\'' or CharClass.RightSingle)
        {
            // Straight marks and ’ are decided by what touches them.
            var opens = start == 0 || CharClass.IsSeparator(text[start - 1]) || text[start - 1] is '(' or '[' or '{' || CharClass.IsDash(text[start - 1])
                || CharClass.IsDoubleQuote(text[start - 1]);
            shape |= opens && c != CharClass.RightSingle ? TokenShape.OpeningQuote : TokenShape.ClosingQuote;
        }

        return shape;
    }

    private static TokenShape ShapeOfWord(string text, int start, int end)
    {
        var letters = 0;
        var upper = 0;
        var digits = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
        }

        TokenShape shape;
        if (letters == 0 && digits == 0)
        {
            shape = TokenShape.Punctuation;
        }
        else if (letters == 0)
        {
            shape = TokenShape.Number;
        }
        else
        {
            shape = TokenShape.Word;
        }

        if (letters > 0 && char.IsUpper(text[start]))
        {
            shape |= TokenShape.Capitalized;
        }

        if (letters > 1 && upper == letters)
        {
            shape |= TokenShape.AllCaps;
        }

        if (CharClass.IsApostrophe(text[start]) && letters > 0)
        {
            shape |= TokenShape.Contraction;
        }

        return shape;
    }

    /// <summary>A growable array of tokens (no per-token objects).</summary>
    private struct TokenBuffer
    {
        private Token[] _items;

        public TokenBuffer(int capacity)
        {
            _items = new Token[capacity];
            Count = 0;
        }

        public int Count { get; private set; }

        public void Add(string text, int start, int end, TokenShape shape)
        {
            if (end <= start)
            {
                return;
            }

            if (shape == TokenShape.None)
            {
                shape = ShapeOfWord(text, start, end);
            }

            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[Count++] = new Token { Start = start, End = end, Shape = shape, Head = -1 };
        }

        public readonly void MarkParagraphStart(int index) => _items[index].Shape |= TokenShape.ParagraphStart;

        public readonly Token[] ToArray() => _items.AsSpan(0, Count).ToArray();
    }
}
