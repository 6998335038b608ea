namespace ClaimExtraction.Clustering;

/// <summary>
/// The words of a claim as the clusterer compares them: content words (stop words out, case and a plural or
/// possessive "s" ignored) as 64-bit hashes for the similarity, and a quotation's words in order for the diff.
/// </summary>
internal static class ClaimWords
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    // Function words and the verbs of reporting: a paraphrase ("she would fix …") and the quotation it reports
    // ("I will fix …") differ mostly in these.
    private static readonly string[] StopWordList =
    [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "into",
        "onto", "over", "under", "about", "after", "before", "up", "down", "out", "off", "than", "then", "so", "too", "very",
        "just", "also", "if", "because", "while", "that", "this", "these", "those", "there", "here", "what", "which", "who",
        "whom", "whose", "when", "where", "why", "how", "all", "any", "some", "not", "no", "is", "are", "was", "were", "be",
        "been", "being", "am", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "should", "may",
        "might", "must", "shall", "it", "its", "i", "me", "my", "mine", "you", "your", "yours", "he", "him", "his", "she",
        "her", "hers", "we", "us", "our", "ours", "they", "them", "their", "theirs", "itself", "myself", "himself", "herself",
        "ourselves", "themselves", "said", "say", "says", "saying", "told", "tell", "tells", "going", "gonna", "get", "got",
        "s", "t", "re", "ve", "ll", "d", "m", "don't", "didn't", "doesn't", "isn't", "wasn't", "won't", "can't", "i'm",
        "it's", "that's", "we're", "they're", "you're", "he's", "she's", "we've", "i've", "we'll", "i'll",
    ];

    private static readonly HashSet<ulong> StopWords = BuildStopWords();

    /// <summary>Adds the distinct content-word hashes of <paramref name="text"/> to <paramref name="into"/>, sorted.</summary>
    public static void ContentHashes(string text, List<ulong> into)
    {
        into.Clear();
        var i = 0;
        while (NextWord(text, ref i, out var start, out var end))
        {
            var hash = Hash(text.AsSpan(start, end - start), stem: true);
            if (!StopWords.Contains(hash))
            {
                into.Add(hash);
            }
        }

        into.Sort();
        var distinct = 0;
        for (var k = 0; k < into.Count; k++)
        {
            if (k == 0 || into[k] != into[distinct - 1])
            {
                into[distinct++] = into[k];
            }
        }

        into.RemoveRange(distinct, into.Count - distinct);
    }

    /// <summary>
    /// The quoted words of a claim, in order, lowercased: the words inside quotation marks (all words when the text has
    /// none). An ellipsis, a bracketed insertion, a gap between the claim's spans or between two quotations is one
    /// <see cref="QuoteWord.Break"/>: a marked omission, never a misquote.
    /// </summary>
    public static List<QuoteWord> QuotedWords(string text, IReadOnlyList<TextSpan> spans)
    {
        var words = new List<QuoteWord>();
        var quoted = !HasQuoteMark(text) || StartsInsideQuotation(text);
        var partEnd = spans.Count > 0 ? spans[0].Length : text.Length;
        var part = 0;
        var pendingBreak = false;
        for (var i = 0; i < text.Length; i++)
        {
            while (i >= partEnd && part + 1 < spans.Count)
            {
                // Spans are joined by one space in Claim.Text.
                part++;
                partEnd += 1 + spans[part].Length;
                pendingBreak = true;
            }

            var c = text[i];
            if (c is '“' or '«')
            {
                quoted = true;
                pendingBreak |= words.Count > 0;
            }
            else if (c is '”' or '»')
            {
                quoted = false;
            }
            else if (c == '"' || (c == '\'' && i + 1 < text.Length && text[i + 1] == '\''))
            {
                // A straight double quote, or two apostrophes as some papers print it (''like this'').
                i += c == '"' ? 0 : 1;
                quoted = !quoted;
                pendingBreak |= quoted && words.Count > 0;
            }
            else if (c == '…' || (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.'))
            {
                pendingBreak = true;
            }
            else if (c == '[')
            {
                var close = text.IndexOf(']', i);
                i = close < 0 ? text.Length : close;
                pendingBreak = true;
            }
            else if (quoted && IsWordChar(c))
            {
                var start = i;
                var end = WordEnd(text, i);
                if (pendingBreak && words.Count > 0)
                {
                    words.Add(QuoteWord.Break);
                }

                pendingBreak = false;
                words.Add(new QuoteWord(Normalize(text.AsSpan(start, end - start))));
                i = end - 1;
            }
        }

        return words;
    }

    private static bool HasQuoteMark(string text) => text.AsSpan().IndexOfAny("“”\"«»") >= 0 || text.Contains("''", StringComparison.Ordinal);

    // A content that begins inside a quotation shows a closing mark before any opening one.
    private static bool StartsInsideQuotation(string text)
    {
        var first = text.AsSpan().IndexOfAny("“”\"«»");
        return first >= 0 && text[first] is '”' or '»';
    }

    private static bool NextWord(string text, ref int i, out int start, out int end)
    {
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        start = i;
        end = i = WordEnd(text, i);
        return end > start;
    }

    // Letters and digits, with apostrophes inside a word ("don't", "Trump’s").
    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && (IsWordChar(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && IsWordChar(text[i - 1]))))
        {
            i++;
        }

        return i;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    // Lowercase, one apostrophe, and no possessive ending: "ISIS’" and "ISIS's" are one word.
    private static string Normalize(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’')
        {
            word = word[..^2];
        }

        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            buffer[k] = word[k] == '’' ? '\'' : char.ToLowerInvariant(word[k]);
        }

        return new string(buffer);
    }

    /// <summary>FNV-1a over the lowercased word; with <paramref name="stem"/>, a possessive or plural "s" is dropped.</summary>
    internal static ulong Hash(ReadOnlySpan<char> word, bool stem)
    {
        var length = word.Length;
        if (stem && length > 2 && word[length - 1] is 's' or 'S' && word[length - 2] is '\'' or '’')
        {
            length -= 2;
        }
        else if (stem && length > 3 && word[length - 1] is 's' && word[length - 2] is not 's' and not 'u' and not 'i')
        {
            length -= 1;
        }

        var hash = FnvOffset;
        for (var k = 0; k < length; k++)
        {
            var c = word[k] == '’' ? '\'' : char.ToLowerInvariant(word[k]);
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    private static HashSet<ulong> BuildStopWords()
    {
        var set = new HashSet<ulong>();
        foreach (var word in StopWordList)
        {
            set.Add(Hash(word, stem: false));
            set.Add(Hash(word, stem: true));
        }

        return set;
    }
}

/// <summary>A word of a quotation, or a break (<see cref="Text"/> null) where words are marked as left out.</summary>
internal readonly record struct QuoteWord(string? Text)
{
    public static QuoteWord Break => default;

    public bool IsBreak => Text is null;
}
