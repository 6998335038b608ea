using System.Buffers;
using System.Runtime.CompilerServices;
using ClaimExtraction.Documents;
using ClaimExtraction.Models;
using ClaimExtraction.Pipeline;

namespace ClaimExtraction.Tagging;

/// <summary>
/// Named-entity recognizer for PERSON / ORGANIZATION / LOCATION / MISC: a greedy left-to-right averaged perceptron
/// over BIO labels with word, shape, part-of-speech, context, previous-label and gazetteer features. It writes the
/// entity type of each token (<see cref="Token.Entity"/>); an entity is a maximal run of one type. Immutable.
/// </summary>
internal sealed class EntityRecognizer : IDocumentStage
{
    public const string Kind = "ner";
    public const int Version = 1;
    public const int MaxFeatures = 40;

    /// <summary>O, then B and I for each of the four types.</summary>
    public const int LabelCount = 9;

    private readonly PerceptronModel _model;
    private readonly Gazetteer _gazetteer;

    public EntityRecognizer(PerceptronModel model, Gazetteer gazetteer)
    {
        if (model.ClassCount != LabelCount)
        {
            throw new ArgumentException($"An entity model needs {LabelCount} classes.", nameof(model));
        }

        _model = model.PrepareLookup(); // loaded to score: build the lookup table with the model, not on first use
        _gazetteer = gazetteer;
    }

    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Sentences | AnnotationLayers.PartOfSpeech;

    public AnnotationLayers Assigns => AnnotationLayers.Entities;

    public PerceptronModel Model => _model;

    public Gazetteer Gazetteer => _gazetteer;

    public static int Label(EntityType type, bool inside) => type == EntityType.None ? 0 : ((int)type - 1) * 2 + (inside ? 2 : 1);

    public static EntityType TypeOf(int label) => label == 0 ? EntityType.None : (EntityType)((label + 1) / 2);

    /// <summary>An I label that does not continue an entity of its type starts one (B).</summary>
    public static int Repair(int label, int previous) =>
        label != 0 && (label & 1) == 0 && (previous == 0 || TypeOf(previous) != TypeOf(label)) ? label - 1 : label;

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

    /// <summary>Recognizes entities in one sentence whose <see cref="Token.Pos"/> is set, writing <see cref="Token.Entity"/>.</summary>
    public void TagInPlace(string text, Span<Token> tokens)
    {
        var n = tokens.Length;
        byte[]? rented = null;
        var labels = n <= TokenHasher.StackLimit ? stackalloc byte[n] : (rented = ArrayPool<byte>.Shared.Rent(n)).AsSpan(0, n);
        Label(text, tokens, labels);
        for (var i = 0; i < n; i++)
        {
            tokens[i].Entity = TypeOf(labels[i]);
        }

        if (rented != null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>BIO labels (see <see cref="Label(EntityType, bool)"/>) for one sentence whose <see cref="Token.Pos"/> is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public void Label(string text, ReadOnlySpan<Token> tokens, Span<byte> labels)
    {
        var n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        TokenHashes[]? rentedHashes = null;
        byte[]? rentedGazette = null;
        var hashes = n <= TokenHasher.StackLimit
            ? stackalloc TokenHashes[n]
            : (rentedHashes = ArrayPool<TokenHashes>.Shared.Rent(n)).AsSpan(0, n);
        var gazette = n <= TokenHasher.StackLimit ? stackalloc byte[2 * n] : (rentedGazette = ArrayPool<byte>.Shared.Rent(2 * n)).AsSpan(0, 2 * n);
        var profiles = gazette[n..];
        gazette = gazette[..n];
        TokenHasher.Hash(text, tokens, hashes);
        _gazetteer.Match(hashes, gazette);
        _gazetteer.Profiles(hashes, profiles);
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[LabelCount];
        var p1 = 0;
        var p2 = 0;
        for (var i = 0; i < n; i++)
        {
            var count = Features(hashes, tokens, gazette, profiles, i, p1, p2, features);
            var label = Repair(_model.Predict(features[..count], scores), p1);
            labels[i] = (byte)label;
            p2 = p1;
            p1 = label;
        }

        if (rentedHashes != null)
        {
            ArrayPool<TokenHashes>.Shared.Return(rentedHashes);
        }

        if (rentedGazette != null)
        {
            ArrayPool<byte>.Shared.Return(rentedGazette);
        }
    }

    /// <summary>
    /// The feature keys of token <paramref name="i"/>: <paramref name="gazette"/> holds the gazetteer phrase matches
    /// and <paramref name="profiles"/> the word profiles (see <see cref="Gazetteer"/>); p1, p2 are the previous labels.
    /// </summary>
    public static int Features(ReadOnlySpan<TokenHashes> h, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> gazette,
        ReadOnlySpan<byte> profiles, int i, int p1, int p2, Span<ulong> f)
    {
        var n = h.Length;
        ref readonly var t = ref h[i];
        var hasPrev = i > 0;
        var hasNext = i + 1 < n;
        var prevWord = hasPrev ? h[i - 1].Word : TokenHasher.Start;
        var nextWord = hasNext ? h[i + 1].Word : TokenHasher.End;
        var prevShape = hasPrev ? h[i - 1].Shape : TokenHasher.Start;
        var nextShape = hasNext ? h[i + 1].Shape : TokenHasher.End;
        var prev2 = i > 1 ? h[i - 2].Lower : TokenHasher.Start;
        var next2 = i + 2 < n ? h[i + 2].Lower : TokenHasher.End;
        var pos = (ulong)tokens[i].Pos;
        var prevPos = hasPrev ? (ulong)tokens[i - 1].Pos : 255UL;
        var nextPos = hasNext ? (ulong)tokens[i + 1].Pos : 254UL;
        var gaz = (ulong)gazette[i];
        var prevGaz = hasPrev ? (ulong)gazette[i - 1] : 255UL;
        var nextGaz = hasNext ? (ulong)gazette[i + 1] : 254UL;
        var profile = (ulong)profiles[i];
        var prevProfile = hasPrev ? (ulong)profiles[i - 1] : 255UL;
        var nextProfile = hasNext ? (ulong)profiles[i + 1] : 254UL;
        var k = 0;
        f[k++] = TokenHasher.Key(0, 100);
        f[k++] = TokenHasher.Key(t.Word, 101);
        f[k++] = TokenHasher.Key(t.Lower, 102);
        f[k++] = TokenHasher.Key(t.Shape, 103);
        f[k++] = TokenHasher.Key(t.Suffix2, 104);
        f[k++] = TokenHasher.Key(t.Suffix3, 105);
        f[k++] = TokenHasher.Key(t.Suffix4, 106);
        f[k++] = TokenHasher.Key(t.Prefix2, 107);
        f[k++] = TokenHasher.Key(t.Prefix3, 108);
        f[k++] = TokenHasher.Key(pos, 109);
        f[k++] = TokenHasher.Key(prevPos, 110);
        f[k++] = TokenHasher.Key(nextPos, 111);
        f[k++] = TokenHasher.Key(prevWord, 112);
        f[k++] = TokenHasher.Key(nextWord, 113);
        f[k++] = TokenHasher.Key(prev2, 114);
        f[k++] = TokenHasher.Key(next2, 115);
        f[k++] = TokenHasher.Key(prevShape, 116);
        f[k++] = TokenHasher.Key(nextShape, 117);
        f[k++] = TokenHasher.Key((uint)p1, 118);
        f[k++] = TokenHasher.Key((uint)p1 << 8 | (uint)p2, 119);
        f[k++] = TokenHasher.Key(TokenHasher.Pair(t.Word, (uint)p1), 120);
        f[k++] = TokenHasher.Key(TokenHasher.Pair(t.Shape, (uint)p1), 121);
        f[k++] = TokenHasher.Key(gaz, 122);
        f[k++] = TokenHasher.Key(prevGaz << 8 | gaz, 123);
        f[k++] = TokenHasher.Key(nextGaz << 8 | gaz, 124);
        f[k++] = TokenHasher.Key(gaz << 8 | (uint)p1, 125);
        f[k++] = TokenHasher.Key(profile, 126);
        f[k++] = TokenHasher.Key(prevProfile, 127);
        f[k++] = TokenHasher.Key(nextProfile, 128);
        f[k++] = TokenHasher.Key((ulong)t.Traits, 129);
        f[k++] = TokenHasher.Key(TokenHasher.Pair(prevWord, t.Word), 130);
        f[k++] = TokenHasher.Key(TokenHasher.Pair(t.Word, nextWord), 131);
        f[k++] = TokenHasher.Key(TokenHasher.Pair(pos, t.Shape), 132);
        f[k++] = TokenHasher.Key(pos << 8 | (uint)p1, 133);
        f[k++] = TokenHasher.Key(TokenHasher.Pair(TokenHasher.Pair(prevShape, t.Shape), nextShape), 134);
        f[k++] = TokenHasher.Key(profile << 8 | gaz, 135);
        f[k++] = TokenHasher.Key(TokenHasher.Pair(prevWord, (uint)p1), 136);
        return k;
    }

    public void Write(BinaryWriter writer)
    {
        _gazetteer.Write(writer);
        _model.Write(writer);
    }

    public static EntityRecognizer Read(BinaryReader reader)
    {
        var gazetteer = Gazetteer.Read(reader);
        var model = PerceptronModel.Read(reader);
        return new EntityRecognizer(model, gazetteer);
    }

    public byte[] ToBytes() => ModelFile.ToBytes(Kind, Version, Write);

    public static EntityRecognizer FromBytes(byte[] bytes) => ModelFile.Read(bytes, Kind, Version, Read);

    /// <summary>The maximal runs of one entity type among <paramref name="tokens"/>, as half-open token ranges.</summary>
    public static List<(int Start, int End, EntityType Type)> Runs(ReadOnlySpan<Token> tokens)
    {
        var runs = new List<(int, int, EntityType)>();
        var i = 0;
        while (i < tokens.Length)
        {
            var type = tokens[i].Entity;
            var end = i + 1;
            while (end < tokens.Length && tokens[end].Entity == type)
            {
                end++;
            }

            if (type != EntityType.None)
            {
                runs.Add((i, end, type));
            }

            i = end;
        }

        return runs;
    }
}
