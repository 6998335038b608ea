using System.Runtime.CompilerServices;

namespace ClaimExtraction.Tagging;

/// <summary>
/// A frozen (averaged) perceptron: for each hashed feature, the sparse list of (class, weight) entries. Lookups go
/// through an open-addressing table of the feature keys, so scoring allocates nothing. Immutable and thread-safe.
/// </summary>
internal sealed class PerceptronModel
{
    private readonly ulong[] _keys;
    private readonly int[] _rowStarts;
    private readonly byte[] _classes;
    private readonly float[] _values;
    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly int _mask;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, at load: skip the slow first JIT tier
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
        // Lookups touch one slot (key and row range inline) and then the row's entries: two cache lines, not five.
        _entries = new Entry[values.Length];
        for (var e = 0; e < values.Length; e++)
        {
            _entries[e] = new Entry(values[e], classes[e]);
        }

        var size = 16;
        while (size < keys.Length + keys.Length / 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        _slots = new Slot[size];
        for (var i = 0; i < size; i++)
        {
            _slots[i].Start = -1;
        }

        for (var i = 0; i < keys.Length; i++)
        {
            var slot = (int)(Mix(keys[i]) & (uint)_mask);
            while (_slots[slot].Start >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot { Key = keys[i], Start = rowStarts[i], End = rowStarts[i + 1] };
        }
    }

    public int ClassCount { get; }

    public int FeatureCount => _keys.Length;

    public int EntryCount => _values.Length;

    /// <summary>Sums the weights of <paramref name="features"/> per class into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        var slots = _slots;
        var entries = _entries;
        foreach (var feature in features)
        {
            var slot = (int)(Mix(feature) & (uint)_mask);
            while (true)
            {
                ref readonly var s = ref slots[slot];
                if (s.Start < 0)
                {
                    break;
                }

                if (s.Key == feature)
                {
                    for (var e = s.Start; e < s.End; e++)
                    {
                        var entry = entries[e];
                        scores[entry.Class] += entry.Value;
                    }

                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }
    }

    public int Predict(ReadOnlySpan<ulong> features, Span<float> scratch)
    {
        Score(features, scratch);
        return AveragedPerceptron.ArgMax(scratch[..ClassCount]);
    }

    /// <summary>Writes the model; <see cref="Read"/> restores it exactly.</summary>
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

        for (var i = 0; i < _keys.Length; i++)
        {
            writer.Write((byte)(_rowStarts[i + 1] - _rowStarts[i]));
        }

        writer.Write(_classes);
        foreach (var value in _values)
        {
            writer.Write((Half)value);
        }
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

        var rowStarts = new int[keyCount + 1];
        for (var i = 0; i < keyCount; i++)
        {
            rowStarts[i + 1] = rowStarts[i] + reader.ReadByte();
        }

        var classes = reader.ReadBytes(entryCount);
        var values = new float[entryCount];
        for (var i = 0; i < entryCount; i++)
        {
            values[i] = (float)reader.ReadHalf();
        }

        return new PerceptronModel(classCount, keys, rowStarts, classes, values);
    }

    private static ulong Mix(ulong key)
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdUL;
        key ^= key >> 33;
        return key;
    }

    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int End;
    }

    private readonly record struct Entry(float Value, int Class);
}
