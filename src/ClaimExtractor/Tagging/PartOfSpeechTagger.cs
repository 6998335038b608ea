using System.Buffers;
using System.Runtime.CompilerServices;
using ClaimExtraction.Documents;
using ClaimExtraction.Models;
using ClaimExtraction.Pipeline;

namespace ClaimExtraction.Tagging;

/// <summary>
/// Greedy left-to-right Penn Treebank tagger: an averaged perceptron over word, affix, shape, neighbour and
/// previous-tag features, plus a dictionary of frequent unambiguous words that skips the model. Immutable.
/// </summary>
internal sealed class PartOfSpeechTagger : IDocumentStage
{
    public const string Kind = "pos";
    public const int Version = 1;
    public const int MaxFeatures = 32;
    private const int DictionaryChunk = 64;

    private readonly PerceptronModel _model;
    private readonly HashIndex _tagDictionary;

    public PartOfSpeechTagger(PerceptronModel model, HashIndex tagDictionary)
    {
        if (model.ClassCount != PosTags.Count)
        {
            throw new ArgumentException($"A tagging model needs {PosTags.Count} classes.", nameof(model));
        }

        _model = model.PrepareLookup(); // loaded to score: build the lookup table with the model, not on first use
        _tagDictionary = tagDictionary;
    }

    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Sentences;

    public AnnotationLayers Assigns => AnnotationLayers.PartOfSpeech;

    public PerceptronModel Model => _model;

    public HashIndex TagDictionary => _tagDictionary;

    public void Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens.AsSpan();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TagInPlace(document.Text, tokens.Slice(sentence.FirstToken, sentence.TokenCount));
        }

        document.Layers |= Assigns;
    }

    /// <summary>Tags one sentence, writing <see cref="Token.Pos"/>.</summary>
    public void TagInPlace(string text, Span<Token> tokens)
    {
        var n = tokens.Length;
        PosTag[]? rented = null;
        var tags = n <= TokenHasher.StackLimit ? stackalloc PosTag[n] : (rented = ArrayPool<PosTag>.Shared.Rent(n)).AsSpan(0, n);
        Tag(text, tokens, tags);
        for (var i = 0; i < n; i++)
        {
            tokens[i].Pos = tags[i];
        }

        if (rented != null)
        {
            ArrayPool<PosTag>.Shared.Return(rented);
        }
    }

    /// <summary>Tags one sentence's tokens (offsets into <paramref name="text"/>) into <paramref name="tags"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public void Tag(string text, ReadOnlySpan<Token> tokens, Span<PosTag> tags)
    {
        var n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        TokenHashes[]? rented = null;
        var hashes = n <= TokenHasher.StackLimit
            ? stackalloc TokenHashes[n]
            : (rented = ArrayPool<TokenHashes>.Shared.Rent(n)).AsSpan(0, n);
        TokenHasher.Hash(text, tokens, hashes);
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[PosTags.Count];
        Span<ulong> words = stackalloc ulong[DictionaryChunk];
        Span<int> known = stackalloc int[DictionaryChunk];
        var p1 = PosTag.None;
        var p2 = PosTag.None;
        for (var i = 0; i < n; i++)
        {
            if (i % DictionaryChunk == 0)
            {
                // The dictionary entries of the next tokens, looked up together so that the cache misses overlap.
                var count = Math.Min(DictionaryChunk, n - i);
                for (var k = 0; k < count; k++)
                {
                    words[k] = hashes[i + k].Word;
                }

                _tagDictionary.GetMany(words[..count], known);
            }

            var entry = known[i % DictionaryChunk];
            PosTag tag;
            if (entry >= 0)
            {
                tag = (PosTag)entry;
            }
            else
            {
                var count = Features(hashes, i, p1, p2, features);
                tag = (PosTag)_model.Predict(features[..count], scores);
                if (tag == PosTag.None)
                {
                    tag = PosTag.NN;
                }
            }

            tags[i] = tag;
            p2 = p1;
            p1 = tag;
        }

        if (rented != null)
        {
            ArrayPool<TokenHashes>.Shared.Return(rented);
        }
    }

    /// <summary>The feature keys of token <paramref name="i"/> given the two previous tags; returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public static int Features(ReadOnlySpan<TokenHashes> h, int i, PosTag p1, PosTag p2, Span<ulong> f)
    {
        ref readonly var t = ref h[i];
        var prev = i > 0 ? h[i - 1].Lower : TokenHasher.Start;
        var prev2 = i > 1 ? h[i - 2].Lower : TokenHasher.Start;
        var next = i + 1 < h.Length ? h[i + 1].Lower : TokenHasher.End;
        var next2 = i + 2 < h.Length ? h[i + 2].Lower : TokenHasher.End;
        var prevSuffix = i > 0 ? h[i - 1].Suffix3 : TokenHasher.Start;
        var nextSuffix = i + 1 < h.Length ? h[i + 1].Suffix3 : TokenHasher.End;
        var prevShape = i > 0 ? h[i - 1].Shape : TokenHasher.Start;
        var nextShape = i + 1 < h.Length ? h[i + 1].Shape : TokenHasher.End;
        var k = 0;
        f[k++] = TokenHasher.Key(0, 0);
        f[k++] = TokenHasher.Key(t.Word, 1);
        f[k++] = TokenHasher.Key(t.Lower, 2);
        f[k++] = TokenHasher.Key(t.Prefix1, 3);
        f[k++] = TokenHasher.Key(t.Prefix2, 4);
        f[k++] = TokenHasher.Key(t.Prefix3, 5);
        f[k++] = TokenHasher.Key(t.Prefix4, 6);
        f[k++] = TokenHasher.Key(t.Suffix1, 7);
        f[k++] = TokenHasher.Key(t.Suffix2, 8);
        f[k++] = TokenHasher.Key(t.Suffix3, 9);
        f[k++] = TokenHasher.Key(t.Suffix4, 10);
        f[k++] = TokenHasher.Key(t.Shape, 11);
        f[k++] = TokenHasher.Key(prev, 12);
        f[k++] = TokenHasher.Key(prev2, 13);
        f[k++] = TokenHasher.Key(next, 14);
        f[k++] = TokenHasher.Key(next2, 15);
        f[k++] = TokenHasher.Key(prevSuffix, 16);
        f[k++] = TokenHasher.Key(nextSuffix, 17);
        f[k++] = TokenHasher.Key(prevShape, 18);
        f[k++] = TokenHasher.Key(nextShape, 19);
        f[k++] = TokenHasher.Key((ulong)p1, 20);
        f[k++] = TokenHasher.Key((ulong)p1 << 8 | (ulong)p2, 21);
        f[k++] = TokenHasher.Key(TokenHasher.Pair(t.Lower, (ulong)p1), 22);
        f[k++] = TokenHasher.Key((ulong)t.Traits, 23);
        f[k++] = TokenHasher.Key(TokenHasher.Pair(t.Lower, next), 24);
        f[k++] = TokenHasher.Key(TokenHasher.Pair(prev, t.Lower), 25);
        f[k++] = TokenHasher.Key(TokenHasher.Pair(t.Suffix3, (ulong)p1), 26);
        f[k++] = TokenHasher.Key(TokenHasher.Pair(prev, (ulong)p1), 27);
        return k;
    }

    public void Write(BinaryWriter writer)
    {
        _tagDictionary.Write(writer);
        _model.Write(writer);
    }

    public static PartOfSpeechTagger Read(BinaryReader reader)
    {
        var dictionary = HashIndex.Read(reader);
        var model = PerceptronModel.Read(reader);
        return new PartOfSpeechTagger(model, dictionary);
    }

    public byte[] ToBytes() => ModelFile.ToBytes(Kind, Version, Write);

    public static PartOfSpeechTagger FromBytes(byte[] bytes) => ModelFile.Read(bytes, Kind, Version, Read);
}
