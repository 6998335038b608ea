namespace ClaimExtraction.Text;

/// <summary>Character tests the text stages share: which marks open or close quotes, which are dashes, and so on.</summary>
internal static class CharClass
{
    public const char LeftDouble = '\u201C';
    public const char RightDouble = '\u201D';
    public const char LeftSingle = '\u2018';
    public const char RightSingle = '\u2019';

    public static bool IsDoubleQuote(char c) => c is '"' or LeftDouble or RightDouble or '\u00AB' or '\u00BB' or '\u201E' or '\u201F';

    public static bool IsSingleQuote(char c) => c is '\'' or LeftSingle or RightSingle or '`' or '\u201A' or '\u201B';

    public static bool IsApostrophe(char c) => c is '\'' or RightSingle;

    public static bool IsDash(char c) => c is '\u2014' or '\u2013' or '\u2012' or '\u2015' or '\u2212';

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>Whitespace, control characters and other invisible characters that never belong to a token.</summary>
    public static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>Punctuation split off the front of a word.</summary>
    public static bool IsLeadingPunctuation(char c) =>
        IsDoubleQuote(c) || c is LeftSingle or '`' or '(' or '[' or '{' or '<' or '$' or '#' or '\u00A3' or '\u20AC' or '*' or '\u2022' || IsDash(c);

    /// <summary>Punctuation split off the end of a word (periods are decided separately).</summary>
    public static bool IsTrailingPunctuation(char c) =>
        IsDoubleQuote(c) || c is RightSingle or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '>' or '%' or '*' or '\u2026' || IsDash(c);

    public static bool IsSentenceFinal(char c) => c is '.' or '!' or '?' or '\u2026';

    /// <summary>
    /// <see cref="char.ToLowerInvariant(char)"/>, answered here for ASCII and for the caseless punctuation of news
    /// text (curly quotes, dashes, «»): outside invariant-globalization mode the runtime asks ICU for every non-ASCII
    /// character, which cost a tenth of the pipeline.
    /// </summary>
    public static char ToLowerInvariant(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        < (char)128 or (>= '\u00A0' and <= '\u00BF') or (>= '\u2000' and <= '\u206F') => c,
        _ => char.ToLowerInvariant(c),
    };
}
