using ClaimExtraction.Attribution;

namespace ClaimExtraction.Text;

/// <summary>
/// Recognises, from the characters alone, an attribution starting at a position: a name or pronoun and a reporting
/// verb ("Maria Okafor asked", "she said", "the mayor added") or a reporting verb and a name ("said Prof. B. Okafor").
/// The text stage needs it before any tagging, where a quotation and the sentence around it end: a quoted question
/// followed by its attribution is one sentence, and a quotation left unclosed ends where its attribution begins.
/// Reporting verbs come from the learned cue lexicon (those that are a cue at least <see cref="CueLexicon.ReportingVerbRate"/> of
/// the time in PolNeAR train). Reads at most <see cref="MaxWordsBeforeVerb"/> + 2 words: constant work per call.
/// </summary>
internal static class AttributionAhead
{
    /// <summary>Words a source may take before its verb ("Lt. Col. M. Varga" is four).</summary>
    public const int MaxWordsBeforeVerb = 5;

    /// <summary>Whether an attribution starts at <paramref name="start"/> (after white space) and lies before <paramref name="end"/>.</summary>
    public static bool StartsAt(string text, int start, int end)
    {
        var position = SkipSpaces(text, start, end);
        var (wordStart, wordEnd) = ReadWord(text, position, end);
        if (wordEnd == wordStart)
        {
            return false;
        }

        // Inverted: "said Okafor", "asked the mayor", "added she" (rare but harmless).
        if (IsReportingVerb(text, wordStart, wordEnd))
        {
            var (nextStart, nextEnd) = ReadWord(text, SkipSpaces(text, wordEnd, end), end);
            return nextEnd > nextStart && (char.IsUpper(text[nextStart]) || IsSourceOpener(text, nextStart, nextEnd));
        }

        // Source first: a capitalised word, a pronoun or a determiner, then a few more words and the verb.
        if (!char.IsUpper(text[wordStart]) && !IsSourceOpener(text, wordStart, wordEnd))
        {
            return false;
        }

        for (var words = 1; words <= MaxWordsBeforeVerb; words++)
        {
            position = wordEnd;
            if (position >= end || text[position] != ' ')
            {
                return false; // punctuation ends the source before any verb
            }

            (wordStart, wordEnd) = ReadWord(text, SkipSpaces(text, position, end), end);
            if (wordEnd == wordStart)
            {
                return false;
            }

            if (IsReportingVerb(text, wordStart, wordEnd))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a reporting verb ends just before <paramref name="end"/>, with at most a colon or comma and white space
    /// between ("Okafor said: ‘…", "she warned, ‘…"); reads back no further than <paramref name="start"/>.
    /// </summary>
    public static bool EndsBefore(string text, int start, int end)
    {
        var i = end;
        while (i > start && text[i - 1] is ' ' or '\u00A0')
        {
            i--;
        }

        if (i > start && text[i - 1] is ':' or ',')
        {
            i--;
        }

        var wordEnd = i;
        while (i > start && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return wordEnd > i && IsReportingVerb(text, i, wordEnd);
    }

    private static bool IsReportingVerb(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start).TrimEnd('.');
        return (CueLexicon.Instance.TryGetVerb(word, out var entry) && entry.CueRate >= CueLexicon.ReportingVerbRate) || IsCommunicationVerb(word);
    }

    /// <summary>
    /// A verb form whose lemma's commonest WordNet sense is communication ("exclaimed", "snapped", "grumbles"), for the
    /// manner-of-speaking verbs PolNeAR train never shows. No tagger has run yet, so the lemma is guessed from the
    /// regular endings; a wrong guess finds nothing in the table.
    /// </summary>
    private static bool IsCommunicationVerb(ReadOnlySpan<char> word)
    {
        const int MaxLength = 24;
        if (word.Length < 4 || word.Length > MaxLength || !char.IsLower(word[0]))
        {
            return false;
        }

        Span<char> lemma = stackalloc char[MaxLength + 1];
        word.CopyTo(lemma);
        var n = word.Length;
        if (word.EndsWith("ied"))
        {
            lemma[n - 3] = 'y';
            return IsCommunication(lemma[..(n - 2)]);
        }

        if (word.EndsWith("ed"))
        {
            // "exclaimed" → exclaim, "declared" → declare, "snapped" → snap
            return IsCommunication(lemma[..(n - 2)]) || IsCommunication(lemma[..(n - 1)])
                || (word[n - 3] == word[n - 4] && IsCommunication(lemma[..(n - 3)]));
        }

        if (word.EndsWith("s"))
        {
            return IsCommunication(lemma[..(n - 1)]) || (word.EndsWith("es") && IsCommunication(lemma[..(n - 2)]));
        }

        return false;
    }

    private static bool IsCommunication(ReadOnlySpan<char> lemma) =>
        WordNetClasses.Instance.Of(lemma, asVerb: true).FirstClass == WordNetClasses.VerbCommunication;

    private static bool IsSourceOpener(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        return word is "he" or "she" or "they" or "the" or "a" or "an";
    }

    private static int SkipSpaces(string text, int position, int end)
    {
        while (position < end && text[position] is ' ' or '\u00A0')
        {
            position++;
        }

        return position;
    }

    /// <summary>Letters with inner periods, hyphens and apostrophes ("B.", "Wei-Ming", "O’Neill"); a final period stays.</summary>
    private static (int Start, int End) ReadWord(string text, int position, int end)
    {
        var i = position;
        while (i < end && (char.IsLetter(text[i]) || (i > position && text[i] is '.' or '-' or '\'' or CharClass.RightSingle)))
        {
            i++;
        }

        // A word ends before a trailing apostrophe or hyphen, but keeps an abbreviation's period.
        while (i > position && text[i - 1] is '-' or '\'' or CharClass.RightSingle)
        {
            i--;
        }

        return (position, i);
    }
}
