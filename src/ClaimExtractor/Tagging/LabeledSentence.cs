using ClaimExtraction.Documents;

namespace ClaimExtraction.Tagging;

/// <summary>
/// A training or evaluation sentence: tokens as offsets into <see cref="Text"/> (usually the whole article) with the
/// reference annotations in the token fields (<see cref="Token.Pos"/>, <see cref="Token.Lemma"/>, <see cref="Token.Entity"/>).
/// </summary>
internal sealed record LabeledSentence(string Text, Token[] Tokens);

/// <summary>A tiny deterministic generator (SplitMix64): the same seed gives the same shuffles on every runtime.</summary>
internal struct DeterministicRandom
{
    private ulong _state;

    public DeterministicRandom(ulong seed) => _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public int Next(int bound) => (int)(Next() % (ulong)bound);

    public void Shuffle(int[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}

/// <summary>Settings shared by the tagger trainers.</summary>
internal sealed record TaggerTrainingOptions
{
    public int Epochs { get; init; } = 8;

    public ulong Seed { get; init; } = 20240611;

    /// <summary>Averaged weights below this magnitude are dropped from the shipped model.</summary>
    public float MinimumWeight { get; init; } = 0.3f;

    public Action<string>? Log { get; init; }
}
