using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace ClaimExtractor.Tagging.Parsing;

/// <summary>
/// A read-only, cache-friendly copy of a <see cref="PerceptronModel"/> for the parser's hot loop. One open-addressing
/// table of 16-byte slots holds a 32-bit fingerprint of each feature and, for models of at most three classes, the
/// weights themselves (one cache miss per feature), otherwise the start of its sparse (class, weight) entries. The
/// slots of all features are touched in a first pass so the memory loads overlap. Thread-safe.
/// </summary>
internal sealed class PackedWeights
{
    private const int InlineClasses = 3;

    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly int _mask;

    [StructLayout(LayoutKind.Explicit, Size = 16)]
    private struct Slot
    {
        [FieldOffset(0)] public uint Check; // 0 = empty
        [FieldOffset(4)] public float A;    // inline: weight of class 0
        [FieldOffset(8)] public float B;    // inline: weight of class 1
        [FieldOffset(12)] public float C;   // inline: weight of class 2
        [FieldOffset(4)] public int Start;  // sparse: first entry
        [FieldOffset(8)] public int Count;  // sparse: number of entries
    }

    private readonly struct Entry(int cls, float weight)
    {
        public readonly int Class = cls;
        public readonly float Weight = weight;
    }

    public PackedWeights(PerceptronModel model)
    {
        ClassCount = model.ClassCount;
        Inline = ClassCount <= InlineClasses;

        // The frozen model keeps its arrays private; its serialized form is the documented way to read them back.
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }

        buffer.Position = 0;
        using var reader = new BinaryReader(buffer, Encoding.UTF8, leaveOpen: true);
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

        var counts = reader.ReadBytes(keyCount);
        var classes = reader.ReadBytes(entryCount);
        var values = new float[entryCount];
        for (var i = 0; i < entryCount; i++)
        {
            values[i] = (float)reader.ReadHalf();
        }

        var size = 16;
        while (size < keyCount * 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        _slots = new Slot[size];
        _entries = Inline ? [] : new Entry[entryCount];
        var e = 0;
        for (var i = 0; i < keyCount; i++)
        {
            var mixed = Mix(keys[i]);
            var check = Check(mixed);
            var slot = (int)mixed & _mask;
            while (_slots[slot].Check != 0 && _slots[slot].Check != check)
            {
                slot = (slot + 1) & _mask;
            }

            ref var target = ref _slots[slot];
            var duplicate = target.Check == check; // a 32-bit fingerprint clash: the first feature keeps the slot
            target.Check = check;
            var start = e;
            for (var k = 0; k < counts[i]; k++, e++)
            {
                if (duplicate)
                {
                    continue;
                }

                if (Inline)
                {
                    switch (classes[e])
                    {
                        case 0: target.A = values[e]; break;
                        case 1: target.B = values[e]; break;
                        default: target.C = values[e]; break;
                    }
                }
                else
                {
                    _entries[e] = new Entry(classes[e], values[e]);
                }
            }

            if (!Inline && !duplicate)
            {
                target.Start = start;
                target.Count = counts[i];
            }
        }

        _ = classCount;
    }

    public int ClassCount { get; }

    private bool Inline { get; }

    /// <summary>Sums the weights of <paramref name="features"/> per class into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> positions = stackalloc int[features.Length];
        Span<uint> checks = stackalloc uint[features.Length];
        Score(features, scores, positions, checks);
    }

    /// <summary>
    /// As <see cref="Score(ReadOnlySpan{ulong}, Span{float})"/> with caller-provided scratch space (at least one
    /// element per feature), so a hot loop need not clear fresh stack memory on every call.
    /// </summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores, Span<int> positions, Span<uint> checks)
    {
        var slots = _slots;
        var mask = _mask;
        positions = positions[..features.Length];
        checks = checks[..features.Length];
        uint touch = 0;
        for (var i = 0; i < features.Length; i++)
        {
            var mixed = Mix(features[i]);
            var slot = (int)mixed & mask;
            positions[i] = slot;
            checks[i] = Check(mixed);
            touch ^= slots[slot].Check; // independent loads: the cache misses overlap
        }

        if (touch == 1u)
        {
            scores[0] += 0f; // keeps the touching loads alive
        }

        if (Inline)
        {
            float a = 0, b = 0, c = 0;
            for (var i = 0; i < positions.Length; i++)
            {
                var slot = positions[i];
                var check = checks[i];
                while (true)
                {
                    ref readonly var s = ref slots[slot];
                    if (s.Check == check)
                    {
                        a += s.A;
                        b += s.B;
                        c += s.C;
                        break;
                    }

                    if (s.Check == 0)
                    {
                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }

            scores[0] = a;
            scores[1] = b;
            if (ClassCount > 2)
            {
                scores[2] = c;
            }

            return;
        }

        scores[..ClassCount].Clear();
        var entries = _entries;
        for (var i = 0; i < positions.Length; i++)
        {
            var slot = positions[i];
            var check = checks[i];
            while (true)
            {
                ref readonly var s = ref slots[slot];
                if (s.Check == check)
                {
                    var start = s.Start;
                    var end = start + s.Count;
                    for (var e = start; e < end; e++)
                    {
                        scores[entries[e].Class] += entries[e].Weight;
                    }

                    break;
                }

                if (s.Check == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Check(ulong mixed) => (uint)(mixed >> 32) | 1u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong key)
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdUL;
        key ^= key >> 33;
        key *= 0xc4ceb9fe1a85ec53UL;
        key ^= key >> 33;
        return key;
    }
}
