using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ClaimExtraction.Tagging;

/// <summary>
/// A frozen (averaged) perceptron: for each hashed feature, the sparse list of (class, weight) entries. Immutable and
/// thread-safe; it stores and reads itself. Scoring goes through a lookup table (<see cref="PerceptronLookup"/>) built on
/// first use (or by <see cref="PrepareLookup"/>), so a model
/// that is only stored and converted, like the parser's, never pays for one. Where every key fits in 32 bits (the
/// taggers' keys do) the table is compact: one 8-byte slot per key at about 50 % load, holding the key and the position
/// and length of its row, so that a tagger's table stays small enough for the caches. Scoring is mostly waiting for
/// memory, so it overlaps the waits: it starts loading every feature's slot, then finds every row and starts loading
/// it, and only then adds. Other models (64-bit keys, like attribution's) use 16-byte slots holding the whole key.
/// Scores are the same either way, and bit-identical to a plain sum in feature order.
/// </summary>
internal sealed class PerceptronModel
{
    private readonly ulong[] _keys;
    private readonly int[] _rowStarts;
    private readonly byte[] _classes;
    private readonly float[] _values;
    private PerceptronLookup? _lookup;

    public PerceptronModel(int classCount, ulong[] keys, int[] rowStarts, byte[] classes, float[] values)
    {
        if (rowStarts.Length != keys.Length + 1 || classes.Length != values.Length)
        {
            throw new ArgumentException("The perceptron rows do not line up with their keys.", nameof(rowStarts));
        }

        ClassCount = classCount;
        _keys = keys;
        _rowStarts = rowStarts;
        _classes = classes;
        _values = values;
    }

    public int ClassCount { get; }

    public int FeatureCount => _keys.Length;

    public int EntryCount => _values.Length;

    /// <summary>The sorted feature keys.</summary>
    internal ReadOnlySpan<ulong> Keys => _keys;

    /// <summary>Where each key's row starts in <see cref="Classes"/> and <see cref="Values"/> (one more than the keys).</summary>
    internal ReadOnlySpan<int> RowStarts => _rowStarts;

    internal ReadOnlySpan<byte> Classes => _classes;

    internal ReadOnlySpan<float> Values => _values;

    /// <summary>Whether every weight is known to be a 16-bit half already (a model read back from its stored form).</summary>
    internal bool ValuesAreHalves { get; private init; }

    /// <summary>Builds the lookup table now rather than on the first <see cref="Score"/> (a model loaded for scoring).</summary>
    public PerceptronModel PrepareLookup()
    {
        _ = Table;
        return this;
    }

    private PerceptronLookup Table
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var lookup = Volatile.Read(ref _lookup);
            if (lookup is null)
            {
                // Racing threads may each build one; the first published wins and the others are dropped.
                var built = PerceptronLookup.Build(ClassCount, _keys, _rowStarts, _classes, _values);
                lookup = Interlocked.CompareExchange(ref _lookup, built, null) ?? built;
            }

            return lookup;
        }
    }

    /// <summary>Sums the weights of <paramref name="features"/> per class into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        Table.Score(features, scores);
    }

    /// <summary>
    /// The rows of many features at once (of several tokens, say), for <see cref="AddRows"/>: the table is larger than
    /// the caches, and finding rows in one long batch keeps many of its loads in flight.
    /// </summary>
    public void FindRows(ReadOnlySpan<ulong> features, Span<uint> rows) => Table.FindRows(features, rows);

    /// <summary>Adds the weights of rows found by <see cref="FindRows"/> per class into <paramref name="scores"/>, in order: the same sums as <see cref="Score"/>.</summary>
    public void AddRows(ReadOnlySpan<uint> rows, Span<float> scores) => Table.AddRows(rows, scores);

    public int Predict(ReadOnlySpan<ulong> features, Span<float> scratch)
    {
        Score(features, scratch);
        return AveragedPerceptron.ArgMax(scratch[..ClassCount]);
    }

    /// <summary>Writes the model; <see cref="Read(BinaryReader)"/> restores it exactly.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(_keys.Length);
        writer.Write(_values.Length);
        ulong previous = 0;
        foreach (var key in _keys)
        {
            writer.Write7BitEncodedInt64((long)(key - previous)); // keys are sorted: deltas stay short
            previous = key;
        }

        var lengths = new byte[_keys.Length];
        for (var i = 0; i < lengths.Length; i++)
        {
            lengths[i] = (byte)(_rowStarts[i + 1] - _rowStarts[i]);
        }

        writer.Write(lengths);
        writer.Write(_classes);

        // Little-endian halves, as BinaryWriter.Write(Half) writes them, in one block.
        var halves = new Half[_values.Length];
        for (var i = 0; i < halves.Length; i++)
        {
            halves[i] = (Half)_values[i];
        }

        var bytes = MemoryMarshal.AsBytes(halves.AsSpan());
        if (!BitConverter.IsLittleEndian)
        {
            var swapped = MemoryMarshal.Cast<byte, ushort>(bytes);
            BinaryPrimitives.ReverseEndianness(swapped, swapped);
        }

        writer.Write(bytes);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, at load: skip the slow first JIT tier
    public static PerceptronModel Read(BinaryReader reader)
    {
        var classCount = reader.ReadInt32();
        var keyCount = reader.ReadInt32();
        var entryCount = reader.ReadInt32();
        var keys = new ulong[keyCount];
        ulong previous = 0;
        for (var i = 0; i < keyCount; i++)
        {
            previous += (ulong)reader.Read7BitEncodedInt64();
            keys[i] = previous;
        }

        var lengths = ReadExactly(reader, keyCount);
        var rowStarts = new int[keyCount + 1];
        for (var i = 0; i < keyCount; i++)
        {
            rowStarts[i + 1] = rowStarts[i] + lengths[i];
        }

        var classes = ReadExactly(reader, entryCount);
        var halves = MemoryMarshal.Cast<byte, ushort>(ReadExactly(reader, checked(entryCount * 2)).AsSpan());
        var values = new float[entryCount];
        for (var i = 0; i < entryCount; i++)
        {
            var bits = BitConverter.IsLittleEndian ? halves[i] : BinaryPrimitives.ReverseEndianness(halves[i]);
            values[i] = (float)BitConverter.UInt16BitsToHalf(bits);
        }

        return new PerceptronModel(classCount, keys, rowStarts, classes, values);
    }

    /// <summary>
    /// Reads a model written by <see cref="Write"/> from an in-memory buffer, advancing <paramref name="position"/>:
    /// the same result as <see cref="Read(BinaryReader)"/>, without a call per value.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, at load: skip the slow first JIT tier
    public static PerceptronModel Read(ReadOnlySpan<byte> data, ref int position)
    {
        var classCount = ReadInt32(data, ref position);
        var keyCount = ReadInt32(data, ref position);
        var entryCount = ReadInt32(data, ref position);
        if (keyCount < 0 || entryCount < 0)
        {
            throw new InvalidDataException("The perceptron model is corrupt.");
        }

        var keys = GC.AllocateUninitializedArray<ulong>(keyCount);
        var p = position;
        ulong previous = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            // A 7-bit encoded Int64, as BinaryWriter.Write7BitEncodedInt64 writes it.
            ulong delta = 0;
            var shift = 0;
            while (true)
            {
                if ((uint)p >= (uint)data.Length || shift > 63)
                {
                    throw new EndOfStreamException("The perceptron model is cut short.");
                }

                var b = data[p++];
                delta |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }

                shift += 7;
            }

            previous += delta;
            keys[i] = previous;
        }

        if ((long)p + keyCount + 3L * entryCount > data.Length)
        {
            throw new EndOfStreamException("The perceptron model is cut short.");
        }

        var lengths = data.Slice(p, keyCount);
        p += keyCount;
        var rowStarts = GC.AllocateUninitializedArray<int>(keyCount + 1);
        var start = 0;
        rowStarts[0] = 0;
        for (var i = 0; i < lengths.Length; i++)
        {
            start += lengths[i];
            rowStarts[i + 1] = start;
        }

        var classes = data.Slice(p, entryCount).ToArray();
        p += entryCount;
        var halves = data.Slice(p, entryCount * 2);
        p += entryCount * 2;
        var values = GC.AllocateUninitializedArray<float>(entryCount);
        if (BitConverter.IsLittleEndian)
        {
            // One table of all 65536 halves is cheaper than converting each of a large model's weights.
            var source = MemoryMarshal.Cast<byte, ushort>(halves);
            if (entryCount >= 1 << 18)
            {
                var table = GC.AllocateUninitializedArray<float>(1 << 16);
                for (var h = 0; h < table.Length; h++)
                {
                    table[h] = (float)BitConverter.UInt16BitsToHalf((ushort)h);
                }

                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = table[source[i]];
                }
            }
            else
            {
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = (float)BitConverter.UInt16BitsToHalf(source[i]);
                }
            }
        }
        else
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(halves.Slice(i * 2, 2));
            }
        }

        position = p;
        return new PerceptronModel(classCount, keys, rowStarts, classes, values) { ValuesAreHalves = true };
    }

    private static int ReadInt32(ReadOnlySpan<byte> data, ref int position)
    {
        if ((uint)position > (uint)data.Length || data.Length - position < 4)
        {
            throw new EndOfStreamException("The perceptron model is cut short.");
        }

        var value = BinaryPrimitives.ReadInt32LittleEndian(data.Slice(position, 4));
        position += 4;
        return value;
    }

    private static byte[] ReadExactly(BinaryReader reader, int count)
    {
        var bytes = reader.ReadBytes(count);
        return bytes.Length == count ? bytes : throw new EndOfStreamException("The perceptron model is cut short.");
    }
}
