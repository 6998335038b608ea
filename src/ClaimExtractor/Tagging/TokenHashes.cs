using System.Runtime.CompilerServices;
using ClaimExtraction.Documents;

namespace ClaimExtraction.Tagging;

/// <summary>Character facts about a token that taggers use as features.</summary>
[Flags]
internal enum TokenTraits : byte
{
    None = 0,
    InitialCapital = 1,
    AllCapitals = 2,
    HasDigit = 4,
    HasHyphen = 8,
    HasLetter = 16,
    AllDigits = 32,
    SentenceStart = 64,
}

/// <summary>
/// Per-token string hashes, computed once per sentence so that the feature templates of a token and of its neighbours
/// only combine numbers. Prefixes and suffixes are of the lower-cased form.
/// </summary>
internal struct TokenHashes
{
    public ulong Word;
    public ulong Lower;
    public ulong Shape;
    public ulong Prefix1, Prefix2, Prefix3, Prefix4;
    public ulong Suffix1, Suffix2, Suffix3, Suffix4;
    public TokenTraits Traits;
}

/// <summary>Fills <see cref="TokenHashes"/> for a sentence's tokens straight from the document text, without allocating.</summary>
internal static class TokenHasher
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of the pseudo-word before the first token / after the last one.</summary>
    public static readonly ulong Start = FeatureHash.Of(-1, "-START-");
    public static readonly ulong End = FeatureHash.Of(-1, "-END-");

    /// <summary>Sentences up to this many tokens keep their scratch on the stack.</summary>
    public const int StackLimit = 160;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public static void Hash(string text, ReadOnlySpan<Token> tokens, Span<TokenHashes> output)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            HashOne(WordForm(text, tokens, i), ref output[i]);
            if (i == 0)
            {
                output[i].Traits |= TokenTraits.SentenceStart;
            }
        }
    }

    /// <summary>
    /// The form a tagger sees: the token text, except that quotation marks are unified as the Penn Treebank writes
    /// them (an ASCII double quote becomes an opening or a closing one by what precedes it).
    /// </summary>
    public static ReadOnlySpan<char> WordForm(string text, ReadOnlySpan<Token> tokens, int index)
    {
        var token = tokens[index];
        var span = text.AsSpan(token.Start, Math.Max(0, Math.Min(token.Length, text.Length - token.Start)));
        if (span.Length != 1)
        {
            return span;
        }

        switch (span[0])
        {
            case '"':
                {
                    // By the character before it, not the sentence position: a sentence splitter may put a closing
                    // quote at the start of the next sentence.
                    var open = token.Start == 0 || IsOpeningContext(text[token.Start - 1]);
                    return open ? "``" : "''";
                }
            case '\u201C' or '\u201E' or '\u00AB':
                return "``";
            case '\u201D' or '\u00BB':
                return "''";
            case '\u2018':
                return "`";
            case '\u2019':
                return "'";
            default:
                return span;
        }
    }

    private static bool IsOpeningContext(char before) =>
        char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '\u2014' or '\u2013' or '-';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    private static void HashOne(ReadOnlySpan<char> word, ref TokenHashes h)
    {
        var wordHash = Offset;
        var lower = Offset;
        var shape = Offset;
        var traits = TokenTraits.None;
        var upper = 0;
        var letters = 0;
        var digits = 0;
        var lastClass = '\0';
        var run = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var ch = word[i];
            wordHash = (wordHash ^ ch) * Prime;
            var lc = Text.CharClass.ToLowerInvariant(ch);
            lower = (lower ^ lc) * Prime;
            switch (i)
            {
                case 0: h.Prefix1 = lower; break;
                case 1: h.Prefix2 = lower; break;
                case 2: h.Prefix3 = lower; break;
                case 3: h.Prefix4 = lower; break;
            }

            char cls;
            if (char.IsLetter(ch))
            {
                letters++;
                if (char.IsUpper(ch))
                {
                    upper++;
                    cls = 'X';
                }
                else
                {
                    cls = 'x';
                }
            }
            else if (char.IsDigit(ch))
            {
                digits++;
                cls = 'd';
            }
            else
            {
                if (ch == '-')
                {
                    traits |= TokenTraits.HasHyphen;
                }

                cls = ch;
            }

            // Runs longer than two collapse, so "Washington" and "Ohio" share the shape "Xxx".
            if (cls == lastClass)
            {
                run++;
            }
            else
            {
                lastClass = cls;
                run = 1;
            }

            if (run <= 2)
            {
                shape = (shape ^ cls) * Prime;
            }
        }

        var suffix = Offset;
        for (var k = 1; k <= 4; k++)
        {
            if (k <= word.Length)
            {
                suffix = (suffix ^ Text.CharClass.ToLowerInvariant(word[^k])) * Prime;
            }

            switch (k)
            {
                case 1: h.Suffix1 = suffix; break;
                case 2: h.Suffix2 = suffix; break;
                case 3: h.Suffix3 = suffix; break;
                default: h.Suffix4 = suffix; break;
            }
        }

        // Short words: the missing prefixes repeat the whole word, which keeps them distinct from longer words.
        if (word.Length < 4)
        {
            h.Prefix4 = lower;
            if (word.Length < 3)
            {
                h.Prefix3 = lower;
                if (word.Length < 2)
                {
                    h.Prefix2 = lower;
                    if (word.Length < 1)
                    {
                        h.Prefix1 = lower;
                    }
                }
            }
        }

        if (letters > 0)
        {
            traits |= TokenTraits.HasLetter;
            if (char.IsUpper(word[0]))
            {
                traits |= TokenTraits.InitialCapital;
            }

            if (upper == letters && letters > 1)
            {
                traits |= TokenTraits.AllCapitals;
            }
        }

        if (digits > 0)
        {
            traits |= TokenTraits.HasDigit;
            if (digits == word.Length)
            {
                traits |= TokenTraits.AllDigits;
            }
        }

        h.Word = wordHash;
        h.Lower = lower;
        h.Shape = shape;
        h.Traits = traits;
    }

    /// <summary>A feature key: a base hash combined with its template, mixed and folded to 32 bits (smaller models).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(ulong hash, int template)
    {
        hash ^= (ulong)template * 0x9E3779B97F4A7C15UL;
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return hash & 0xFFFFFFFFUL;
    }

    /// <summary>Combines two base hashes (e.g. a word and a previous tag) before <see cref="Key"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pair(ulong first, ulong second) => (first * Prime) ^ (second + 0x7F4A7C159E3779B9UL) * 0xBF58476D1CE4E5B9UL;
}
