using ClaimExtraction.Documents;

namespace ClaimExtraction.Tagging;

/// <summary>
/// Learns the <see cref="Lemmatizer"/>'s lemma vocabulary (with log frequencies) and its exception table: every
/// (word, tag) of the training data whose usual reference lemma the rules do not produce.
/// </summary>
internal static class LemmatizerTrainer
{
    /// <summary>Lemmas seen at least this often are stored as text (and returned without allocating).</summary>
    public const int SharedStringMinimumCount = 5;

    public static Lemmatizer Train(IReadOnlyList<LabeledSentence> sentences, Action<string>? log = null)
    {
        var lemmaCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string Word, PosTag Pos), Dictionary<string, int>>();
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                if (token.Lemma is null || token.Pos == PosTag.None || token.Pos.IsProperNoun() || token.Pos.IsPunctuation())
                {
                    continue;
                }

                var raw = sentence.Text.AsSpan(token.Start, token.Length);
                var lower = new char[raw.Length];
                Lemmatizer.Lower(raw, lower);
                var word = new string(lower);
                CollectionsMarshalIncrement(lemmaCounts, token.Lemma);
                if (!pairs.TryGetValue((word, token.Pos), out var lemmas))
                {
                    pairs[(word, token.Pos)] = lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                CollectionsMarshalIncrement(lemmas, token.Lemma);
            }
        }

        var rulesOnly = Build(lemmaCounts, []);
        var exceptions = new List<(ulong Key, string Lemma)>();
        foreach (var ((word, pos), lemmas) in pairs.OrderBy(p => p.Key.Word, StringComparer.Ordinal).ThenBy(p => p.Key.Pos))
        {
            var usual = lemmas.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).First().Key;
            if (rulesOnly.Lemmatize(word, pos) != usual)
            {
                exceptions.Add((Lemmatizer.ExceptionKey(word, pos), usual));
            }
        }

        log?.Invoke($"lemma: {lemmaCounts.Count} lemmas, {exceptions.Count} exceptions out of {pairs.Count} word/tag pairs");
        return Build(lemmaCounts, exceptions);
    }

    // Rare lemmas are kept as hashes only (enough to rank stems); frequent ones and exception targets as strings.
    private static Lemmatizer Build(Dictionary<string, int> lemmaCounts, List<(ulong Key, string Lemma)> exceptions)
    {
        var kept = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (lemma, count) in lemmaCounts)
        {
            if (count >= SharedStringMinimumCount)
            {
                kept.Add(lemma);
            }
        }

        foreach (var (_, lemma) in exceptions)
        {
            kept.Add(lemma);
        }

        var strings = kept.ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < strings.Length; i++)
        {
            index[strings[i]] = i;
        }

        var knownKeys = new List<ulong>();
        var knownValues = new List<int>();
        foreach (var (lemma, count) in lemmaCounts)
        {
            var stringIndex = index.TryGetValue(lemma, out var i) ? i + 1 : 0;
            knownKeys.Add(Lemmatizer.LemmaHash(lemma));
            knownValues.Add(Frequency(count) | stringIndex << 8);
        }

        var keys = exceptions.Select(e => e.Key).ToArray();
        var values = exceptions.Select(e => index[e.Lemma]).ToArray();
        return new Lemmatizer(strings, new HashIndex(knownKeys.ToArray(), knownValues.ToArray()), new HashIndex(keys, values));
    }

    // 1 + log2(count): enough to rank competing stems, and one byte per lemma.
    private static byte Frequency(int count) => (byte)Math.Min(255, 1 + (int)Math.Log2(count));

    private static void CollectionsMarshalIncrement(Dictionary<string, int> counts, string key)
    {
        counts[key] = counts.TryGetValue(key, out var c) ? c + 1 : 1;
    }
}
