using ClaimExtractor.Documents;

namespace ClaimExtractor.Tagging;

/// <summary>
/// Learns the <see cref="Lemmatizer"/>'s lemma vocabulary (with log frequencies) and its exception table: every
/// (word, tag) of the training data whose usual reference lemma the rules do not produce.
/// </summary>
internal static class LemmatizerTrainer
{
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

        var strings = lemmaCounts.Keys.ToList();
        var frequency = strings.Select(s => Frequency(lemmaCounts[s])).ToList();
        var rulesOnly = Build(strings, frequency, []);

        var exceptions = new List<(ulong Key, string Lemma)>();
        foreach (var ((word, pos), lemmas) in pairs.OrderBy(p => p.Key.Word, StringComparer.Ordinal).ThenBy(p => p.Key.Pos))
        {
            var usual = lemmas.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).First().Key;
            if (rulesOnly.Lemmatize(word, pos) != usual)
            {
                exceptions.Add((Lemmatizer.ExceptionKey(word, pos), usual));
            }
        }

        log?.Invoke($"lemma: {strings.Count} lemmas, {exceptions.Count} exceptions out of {pairs.Count} word/tag pairs");
        return Build(strings, frequency, exceptions);
    }

    private static Lemmatizer Build(List<string> strings, List<byte> frequency, List<(ulong Key, string Lemma)> exceptions)
    {
        var all = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (var i = 0; i < strings.Count; i++)
        {
            all[strings[i]] = frequency[i];
        }

        foreach (var (_, lemma) in exceptions)
        {
            all.TryAdd(lemma, 0);
        }

        var ordered = all.Keys.OrderBy(s => s, StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Length; i++)
        {
            index[ordered[i]] = i;
        }

        var keys = exceptions.Select(e => e.Key).ToArray();
        var values = exceptions.Select(e => index[e.Lemma]).ToArray();
        return new Lemmatizer(ordered, ordered.Select(s => all[s]).ToArray(), new HashIndex(keys, values));
    }

    // 1 + log2(count): enough to rank competing stems, and one byte per lemma.
    private static byte Frequency(int count) => (byte)Math.Min(255, 1 + (int)Math.Log2(count));

    private static void CollectionsMarshalIncrement(Dictionary<string, int> counts, string key)
    {
        counts[key] = counts.TryGetValue(key, out var c) ? c + 1 : 1;
    }
}
