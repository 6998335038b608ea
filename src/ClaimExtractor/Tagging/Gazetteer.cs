using System.Buffers;
using System.Runtime.CompilerServices;
using ClaimExtraction.Documents;

namespace ClaimExtraction.Tagging;

/// <summary>
/// Name lists learned from training data, stored as hashes only: multi-word entity phrases with their usual type, and
/// per word how often (and as what) it was part of an entity. The recognizer uses both as features, not as answers.
/// </summary>
internal sealed class Gazetteer
{
    public const int MaxPhraseLength = 6;

    private readonly HashIndex _phrases;
    private readonly HashIndex _words;

    /// <param name="phrases">Phrase hash (<see cref="PhraseHash"/>) to entity type (1..4).</param>
    /// <param name="words">Word hash to a profile: type * 4 + how often the word is inside an entity (0..3).</param>
    public Gazetteer(HashIndex phrases, HashIndex words)
    {
        _phrases = phrases;
        _words = words;
    }

    public static Gazetteer Empty { get; } = new(HashIndex.Empty, HashIndex.Empty);

    public int PhraseCount => _phrases.Count;

    public int WordCount => _words.Count;

    public static ulong PhraseStart => 0xCBF29CE484222325UL;

    public static ulong PhraseHash(ulong phrase, ulong word) => TokenHasher.Pair(phrase, word);

    /// <summary>Profile of a word (0 = unknown): see the constructor.</summary>
    public int WordProfile(ulong wordHash)
    {
        var v = _words.Get(wordHash);
        return v < 0 ? 0 : v;
    }

    /// <summary>The <see cref="WordProfile"/> of every token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public void Profiles(ReadOnlySpan<TokenHashes> hashes, Span<byte> profiles)
    {
        const int Chunk = 64;
        Span<ulong> keys = stackalloc ulong[Chunk];
        Span<int> values = stackalloc int[Chunk];
        for (var from = 0; from < hashes.Length; from += Chunk)
        {
            var count = Math.Min(Chunk, hashes.Length - from);
            for (var i = 0; i < count; i++)
            {
                keys[i] = hashes[from + i].Word;
            }

            _words.GetMany(keys[..count], values); // the lookups' cache misses overlap
            for (var i = 0; i < count; i++)
            {
                profiles[from + i] = (byte)Math.Max(0, values[i]);
            }
        }
    }

    /// <summary>
    /// Marks the longest known phrases from left to right: labels[i] = type * 2 - 1 for the first token of a match,
    /// type * 2 for the following ones, 0 outside matches.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public void Match(ReadOnlySpan<TokenHashes> hashes, Span<byte> labels)
    {
        labels.Clear();
        if (_phrases.Count == 0)
        {
            return;
        }

        // Look up every phrase that may be needed at once (the lookups' cache misses overlap), then match.
        var n = hashes.Length;
        var candidates = n * MaxPhraseLength;
        ulong[]? rentedKeys = null;
        int[]? rentedTypes = null;
        var keys = candidates <= 1024 ? stackalloc ulong[candidates] : (rentedKeys = ArrayPool<ulong>.Shared.Rent(candidates)).AsSpan(0, candidates);
        var types = candidates <= 1024 ? stackalloc int[candidates] : (rentedTypes = ArrayPool<int>.Shared.Rent(candidates)).AsSpan(0, candidates);
        var used = 0;
        for (var start = 0; start < n; start++)
        {
            var p = PhraseStart;
            var limit = Math.Min(MaxPhraseLength, n - start);
            if ((hashes[start].Traits & (TokenTraits.HasLetter | TokenTraits.HasDigit)) == 0)
            {
                limit = 0;
            }

            for (var length = 1; length <= limit; length++)
            {
                p = PhraseHash(p, hashes[start + length - 1].Word);
                keys[used++] = p;
            }
        }

        _phrases.GetMany(keys[..used], types);
        var next = 0; // index in keys/types of the first phrase starting at i
        var i = 0;
        var scanned = 0; // start positions whose phrases lie before next
        while (i < n)
        {
            while (scanned < i)
            {
                next += (hashes[scanned].Traits & (TokenTraits.HasLetter | TokenTraits.HasDigit)) == 0 ? 0 : Math.Min(MaxPhraseLength, n - scanned);
                scanned++;
            }

            if ((hashes[i].Traits & (TokenTraits.HasLetter | TokenTraits.HasDigit)) == 0)
            {
                i++;
                continue;
            }

            var bestLength = 0;
            var bestType = 0;
            var limit = Math.Min(MaxPhraseLength, n - i);
            for (var length = 1; length <= limit; length++)
            {
                var type = types[next + length - 1];
                if (type > 0)
                {
                    bestLength = length;
                    bestType = type;
                }
            }

            if (bestLength == 0)
            {
                i++;
                continue;
            }

            labels[i] = (byte)(bestType * 2 - 1);
            for (var k = 1; k < bestLength; k++)
            {
                labels[i + k] = (byte)(bestType * 2);
            }

            i += bestLength;
        }

        if (rentedKeys != null)
        {
            ArrayPool<ulong>.Shared.Return(rentedKeys);
            ArrayPool<int>.Shared.Return(rentedTypes!);
        }
    }

    public void Write(BinaryWriter writer)
    {
        _phrases.Write(writer);
        _words.Write(writer);
    }

    public static Gazetteer Read(BinaryReader reader) => new(HashIndex.Read(reader), HashIndex.Read(reader));

    /// <summary>Builds a gazetteer from reference entities (maximal runs of one type).</summary>
    public static Gazetteer Build(IEnumerable<LabeledSentence> sentences)
    {
        var phraseTypes = new Dictionary<ulong, int[]>();
        var wordTypes = new Dictionary<ulong, int[]>();
        var list = sentences as IReadOnlyList<LabeledSentence> ?? sentences.ToList();
        var hashed = new List<TokenHashes[]>(list.Count);
        foreach (var sentence in list)
        {
            var tokens = sentence.Tokens;
            var hashes = new TokenHashes[tokens.Length];
            TokenHasher.Hash(sentence.Text, tokens, hashes);
            hashed.Add(hashes);
            for (var i = 0; i < tokens.Length; i++)
            {
                Count(wordTypes, hashes[i].Word, (int)tokens[i].Entity);
            }

            var start = 0;
            while (start < tokens.Length)
            {
                var type = tokens[start].Entity;
                var end = start + 1;
                while (end < tokens.Length && tokens[end].Entity == type)
                {
                    end++;
                }

                if (type != EntityType.None && end - start <= MaxPhraseLength)
                {
                    var h = PhraseStart;
                    for (var k = start; k < end; k++)
                    {
                        h = PhraseHash(h, hashes[k].Word);
                    }

                    Count(phraseTypes, h, (int)type);
                }

                start = end;
            }
        }

        // How often each known phrase occurs at all, entity or not, so that "White" (mostly not a name) drops out.
        var occurrences = new Dictionary<ulong, int>();
        foreach (var hashes in hashed)
        {
            for (var i = 0; i < hashes.Length; i++)
            {
                var h = PhraseStart;
                var limit = Math.Min(MaxPhraseLength, hashes.Length - i);
                for (var length = 1; length <= limit; length++)
                {
                    h = PhraseHash(h, hashes[i + length - 1].Word);
                    if (phraseTypes.ContainsKey(h))
                    {
                        occurrences[h] = occurrences.GetValueOrDefault(h) + 1;
                    }
                }
            }
        }

        var phraseKeys = new List<ulong>();
        var phraseValues = new List<int>();
        foreach (var (h, counts) in phraseTypes)
        {
            var best = Best(counts, out var entityTotal);
            if (entityTotal * 2 >= occurrences.GetValueOrDefault(h, entityTotal))
            {
                phraseKeys.Add(h);
                phraseValues.Add(best);
            }
        }

        var wordKeys = new List<ulong>();
        var wordValues = new List<int>();
        foreach (var (h, counts) in wordTypes)
        {
            var best = Best(counts, out var entityTotal);
            var total = entityTotal + counts[0];
            if (entityTotal == 0 || total < 2)
            {
                continue;
            }

            var share = (double)counts[best] / total;
            var bucket = share >= 0.9 ? 3 : share >= 0.6 ? 2 : share >= 0.3 ? 1 : 0;
            wordKeys.Add(h);
            wordValues.Add(best * 4 + bucket);
        }

        return new Gazetteer(new HashIndex(phraseKeys.ToArray(), phraseValues.ToArray()),
            new HashIndex(wordKeys.ToArray(), wordValues.ToArray()));
    }

    private static void Count(Dictionary<ulong, int[]> counts, ulong key, int type)
    {
        if (!counts.TryGetValue(key, out var perType))
        {
            counts[key] = perType = new int[5];
        }

        perType[type]++;
    }

    // The most frequent entity type (1..4), ties to the lower type; total = entity occurrences.
    private static int Best(int[] counts, out int total)
    {
        var best = 1;
        total = 0;
        for (var t = 1; t < counts.Length; t++)
        {
            total += counts[t];
            if (counts[t] > counts[best])
            {
                best = t;
            }
        }

        return best;
    }
}
