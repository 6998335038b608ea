using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using ClaimExtraction.Documents;
using ClaimExtraction.Pipeline;

namespace ClaimExtraction.Tagging.Parsing;

/// <summary>
/// A greedy transition-based dependency parser (arc-hybrid, root at the end of the buffer) scored by two averaged
/// perceptrons: one picks the move (shift, left arc, right arc), the other the label of the arc a move makes. For every
/// sentence of a POS-tagged document it fills <see cref="Token.Head"/> (document index, -1 for the root) and
/// <see cref="Token.Relation"/> (interned Stanford/UD v1 labels such as "nsubj"). Immutable and thread-safe.
/// </summary>
internal sealed class DependencyParser : IDocumentStage
{
    /// <summary>The label of the sentence root; label index 0 in every model.</summary>
    public const string RootLabel = "root";

    /// <summary>Name of the embedded model resource.</summary>

    /// <summary>
    /// 4: the header also holds the length of the uncompressed body, so that it is read in one block (the body is as in
    /// version 3). 3: suffix-and-shape features and more distance and child features; models of versions 1 and 2 score
    /// with other features.
    /// </summary>
    private const int FormatVersion = 4;
    private static ReadOnlySpan<byte> Magic => "CXDP"u8;

    [ThreadStatic]
    private static ParseState? t_state;

    private readonly string[] _labels;
    private readonly PerceptronModel _moves;
    private readonly PerceptronModel _labeler;
    private readonly PackedWeights _packedMoves;
    private readonly PackedWeights _packedLabeler;
    private readonly ulong[] _vocabulary;
    private readonly HashSet<ulong> _known;

    /// <param name="labels">The labels, "root" first.</param>
    /// <param name="moves">The three-class move model.</param>
    /// <param name="labeler">The label model.</param>
    /// <param name="vocabulary">Word ids seen often enough in training; others are parsed as <see cref="ParseState.UnknownWord"/>.</param>
    public DependencyParser(IReadOnlyList<string> labels, PerceptronModel moves, PerceptronModel labeler, IEnumerable<ulong> vocabulary)
    {
        if (labels.Count < 2 || labels.Count > 64 || labels[0] != RootLabel)
        {
            throw new ArgumentException("Labels must start with \"root\" and number 2 to 64.", nameof(labels));
        }

        if (moves.ClassCount != 3 || labeler.ClassCount != labels.Count)
        {
            throw new ArgumentException("The models do not match the transition system and label set.");
        }

        _labels = new string[labels.Count];
        for (var i = 0; i < _labels.Length; i++)
        {
            _labels[i] = string.Intern(labels[i]);
        }

        _moves = moves;
        _labeler = labeler;
        _packedMoves = new PackedWeights(moves);
        _packedLabeler = new PackedWeights(labeler);
        _vocabulary = vocabulary.Distinct().Order().ToArray();
        _known = new HashSet<ulong>(_vocabulary);
    }

    /// <summary>The scoring tables (for benchmarks).</summary>
    internal PackedWeights MoveWeights => _packedMoves;

    internal PackedWeights LabelWeights => _packedLabeler;

    /// <summary>Number of known word forms.</summary>
    public int VocabularySize => _vocabulary.Length;

    /// <summary>The word id the models use for a token: itself when known, else <see cref="ParseState.UnknownWord"/>.</summary>
    /// <remarks>A model without a vocabulary (trained on every form) keeps every id.</remarks>
    public ulong MapWord(ulong wordId) => _vocabulary.Length == 0 || _known.Contains(wordId) ? wordId : ParseState.UnknownWord;

    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Sentences | AnnotationLayers.PartOfSpeech;

    public AnnotationLayers Assigns => AnnotationLayers.Dependencies;

    /// <summary>The dependency labels, index 0 being <see cref="RootLabel"/>.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Number of weights in both models (for size reports).</summary>
    public int EntryCount => _moves.EntryCount + _labeler.EntryCount;

    /// <summary>Number of distinct features in both models.</summary>
    public int FeatureCount => _moves.FeatureCount + _labeler.FeatureCount;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public void Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var state = t_state ??= new ParseState(128);
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = sentence.TokenCount;
            if (n <= 0)
            {
                continue;
            }

            state.Reset(n);
            var first = sentence.FirstToken;
            for (var i = 0; i < n; i++)
            {
                ref readonly var token = ref tokens[first + i];
                var text = document.Text.AsSpan(token.Start, token.Length);
                state.Words[i] = ParserFeatures.WordId(text);
                state.Shapes[i] = ParserFeatures.ShapeId(text);
                state.Tags[i] = (byte)token.Pos;
            }

            Parse(state);
            for (var i = 0; i < n; i++)
            {
                ref var token = ref tokens[first + i];
                var head = state.Heads[i];
                token.Head = head < 0 || head >= n ? -1 : first + head;
                var label = state.Labels[i];
                token.Relation = label < _labels.Length ? _labels[label] : _labels[0];
            }
        }

        document.Layers |= AnnotationLayers.Dependencies;
    }

    /// <summary>
    /// Parses the sentence set up in <paramref name="state"/> (after <see cref="ParseState.Reset"/> and its words and
    /// tags): on return <see cref="ParseState.Heads"/> and <see cref="ParseState.Labels"/> hold the tree, heads in
    /// sentence numbering with <see cref="ParseState.Length"/> meaning the root.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    [SkipLocalsInit] // the scratch spans are written before they are read; clearing them per sentence is waste
    public void Parse(ParseState state)
    {
        if (_vocabulary.Length > 0)
        {
            var words = state.Words;
            for (var i = 0; i < state.Length; i++)
            {
                words[i] = MapWord(words[i]);
            }
        }

        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxTransitionFeatures];
        Span<float> scores = stackalloc float[64];
        Span<ulong> probes = stackalloc ulong[ParserFeatures.MaxTransitionFeatures];
        while (!state.IsTerminal)
        {
            if (ForcedMove(state) is not { } move)
            {
                var count = ParserFeatures.Transition(state, features);
                _packedMoves.Score(features[..count], scores, probes);
                move = BestLegalMove(state, scores);
            }

            var label = 0;
            if (move != Move.Shift)
            {
                var head = state.HeadFor(move);
                if (head != state.Length)
                {
                    var count = ParserFeatures.Label(state, head, state.Stack[state.StackCount - 1], features);
                    _packedLabeler.Score(features[..count], scores, probes);
                    label = BestArcLabel(scores[.._labels.Length]);
                }
            }

            state.Apply(move, label);
        }
    }

    /// <summary>The highest-scoring legal move (ties go to the lower move number).</summary>
    /// <summary>The only legal move when the state leaves no choice (nothing to attach, or nothing left to shift); otherwise null.</summary>
    public static Move? ForcedMove(ParseState state) =>
        !state.CanLeft && !state.CanRight ? Move.Shift
        : !state.CanShift && !state.CanRight ? Move.Left
        : null;

    public static Move BestLegalMove(ParseState state, ReadOnlySpan<float> scores)
    {
        var best = Move.Shift;
        var bestScore = float.NegativeInfinity;
        var any = false;
        for (var m = Move.Shift; m <= Move.Right; m++)
        {
            if (state.IsLegal(m) && (!any || scores[(int)m] > bestScore))
            {
                best = m;
                bestScore = scores[(int)m];
                any = true;
            }
        }

        return best;
    }

    /// <summary>The best label for an arc to a real head: never the root label (index 0).</summary>
    public static int BestArcLabel(ReadOnlySpan<float> scores)
    {
        var best = 1;
        for (var c = 2; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>Writes the model: magic, version, the length of the uncompressed body, then the Deflate-compressed body.</summary>
    public void Write(Stream stream)
    {
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(_labels.Length);
            foreach (var label in _labels)
            {
                writer.Write(label);
            }

            writer.Write(_vocabulary.Length);
            ulong previous = 0;
            foreach (var word in _vocabulary)
            {
                writer.Write7BitEncodedInt64((long)(word - previous)); // sorted: deltas stay short
                previous = word;
            }

            _moves.Write(writer);
            _labeler.Write(writer);
        }

        Span<byte> header = stackalloc byte[12];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], checked((int)body.Length));
        stream.Write(header);
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        deflate.Write(body.GetBuffer(), 0, (int)body.Length);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, at load: skip the slow first JIT tier
    public static DependencyParser Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[8];
        stream.ReadExactly(header);
        if (!header[..4].SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a ClaimExtractor dependency parser model.");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Unsupported parser model version {version} (expected {FormatVersion}).");
        }

        stream.ReadExactly(header[..4]);
        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length < 8)
        {
            throw new InvalidDataException("Corrupt parser model: bad body length.");
        }

        // The whole body in one block, then parsed from memory: no call per value.
        var body = GC.AllocateUninitializedArray<byte>(length);
        using (var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true))
        {
            deflate.ReadExactly(body);
        }

        var data = (ReadOnlySpan<byte>)body;
        var position = 0;
        var labelCount = ReadInt32(data, ref position);
        if (labelCount is < 2 or > 64)
        {
            throw new InvalidDataException("Corrupt parser model: bad label count.");
        }

        var labels = new string[labelCount];
        for (var i = 0; i < labelCount; i++)
        {
            var size = (int)Read7BitEncoded(data, ref position);
            if (size < 0 || size > data.Length - position)
            {
                throw new InvalidDataException("Corrupt parser model: bad label.");
            }

            labels[i] = Encoding.UTF8.GetString(data.Slice(position, size));
            position += size;
        }

        var vocabularySize = ReadInt32(data, ref position);
        if (vocabularySize < 0 || vocabularySize > data.Length - position)
        {
            throw new InvalidDataException("Corrupt parser model: bad vocabulary size.");
        }

        var vocabulary = new ulong[vocabularySize];
        ulong word = 0;
        for (var i = 0; i < vocabularySize; i++)
        {
            word += Read7BitEncoded(data, ref position);
            vocabulary[i] = word;
        }

        var moves = PerceptronModel.Read(data, ref position);
        var labeler = PerceptronModel.Read(data, ref position);
        return new DependencyParser(labels, moves, labeler, vocabulary);
    }

    private static int ReadInt32(ReadOnlySpan<byte> data, ref int position)
    {
        if (data.Length - position < 4)
        {
            throw new EndOfStreamException("The parser model is cut short.");
        }

        var value = BinaryPrimitives.ReadInt32LittleEndian(data.Slice(position, 4));
        position += 4;
        return value;
    }

    /// <summary>A 7-bit encoded integer as <see cref="BinaryWriter.Write7BitEncodedInt64"/> writes it.</summary>
    private static ulong Read7BitEncoded(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= data.Length)
            {
                throw new EndOfStreamException("The parser model is cut short.");
            }

            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("Corrupt parser model: bad 7-bit encoded number.");
    }

    /// <summary>The parser shipped in the assembly.</summary>
    public static DependencyParser LoadEmbedded() => Models.ModelStore.Parser;
}
