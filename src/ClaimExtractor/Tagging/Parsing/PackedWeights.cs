using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ClaimExtraction.Tagging.Parsing;

/// <summary>
/// A read-only, cache-friendly copy of a <see cref="PerceptronModel"/> for the parser's hot loop: one open-addressing
/// table of 8-byte slots, half full, so the whole table of a shipped model stays in the last-level cache and a probe
/// seldom runs past one vector of slots (at 70 % a quarter of the parse went to such long runs). A feature's home is a
/// bucket of eight slots, one aligned cache line, so starting its load is one prefetch (the parse waits on memory:
/// without the prefetches it is 40 % slower). A slot holds a 16-bit fingerprint of the feature and either, for models of
/// at most three classes, the weights themselves as 16-bit fixed-point numbers (one memory access per feature), or the
/// start and length of the feature's sparse (class, weight) entries. The slots of all features are touched in a first
/// pass so that the loads overlap; the probing pass then compares eight slots at a time with vector instructions, with
/// exactly the result of a slot-by-slot probe. Immutable and thread-safe.
/// </summary>
internal sealed unsafe class PackedWeights
{
    private const int InlineClasses = 3;

    /// <summary>How many keys ahead the table build starts loading a key's slot.</summary>
    private const int Lookahead = 16;

    /// <summary>Slots compared at once, and copied past the end of the table so that a run may wrap around.</summary>
    private const int ProbeWidth = 8;

    /// <summary>The slots, on the pinned heap, from <see cref="_origin"/> on so that every bucket of eight is one cache line.</summary>
    private readonly ulong[] _slots;
    private readonly int _origin;
    private readonly ulong _buckets;
    private readonly Entry[] _entries;
    private readonly ulong _size;
    private readonly float _scale;
    private readonly bool _inline;

    private readonly struct Entry(int cls, float weight)
    {
        public readonly int Class = cls;
        public readonly float Weight = weight;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, at load: skip the slow first JIT tier
    public PackedWeights(PerceptronModel model)
    {
        ClassCount = model.ClassCount;
        _inline = ClassCount <= InlineClasses;

        // Read straight from the model's arrays. The weights are taken as the model stores them (16-bit halves), so a
        // model fresh from training packs exactly as it will after a save and reload.
        var keys = model.Keys;
        var rowStarts = model.RowStarts;
        var classes = model.Classes;
        var keyCount = keys.Length;
        var entryCount = model.EntryCount;
        var values = model.Values;
        if (!model.ValuesAreHalves)
        {
            var halves = GC.AllocateUninitializedArray<float>(entryCount);
            for (var i = 0; i < halves.Length; i++)
            {
                halves[i] = (float)(Half)values[i];
            }

            values = halves;
        }

        var maxAbs = 0f;
        for (var i = 0; i < values.Length; i++)
        {
            maxAbs = Math.Max(maxAbs, MathF.Abs(values[i]));
        }

        _scale = maxAbs > 0 ? maxAbs / short.MaxValue : 1f;
        _buckets = (ulong)Math.Max(2, (keyCount * 2 + ProbeWidth - 1) / ProbeWidth);
        _size = _buckets * ProbeWidth;
        _slots = GC.AllocateArray<ulong>((int)_size + ProbeWidth, pinned: true);
        _origin = (int)((64 - ((nuint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_slots)) & 63)) & 63) / sizeof(ulong);
        _entries = _inline ? [] : new Entry[entryCount];
        var e = 0;
        Span<long> quantized = stackalloc long[InlineClasses];
        fixed (ulong* pinned = _slots)
        {
        var table = pinned + _origin;
        for (var i = 0; i < keyCount; i++)
        {
            // The slots are visited in random order: start loading a slot some keys ahead, so the misses overlap.
            if (Sse.IsSupported && i + Lookahead < keyCount)
            {
                Sse.Prefetch0(table + Home(Mix(keys[i + Lookahead])));
            }

            var mixed = Mix(keys[i]);
            var check = Check(mixed);
            var slot = Home(mixed);
            while (table[slot] != 0 && (table[slot] & 0xFFFF) != check)
            {
                slot = slot + 1 == _size ? 0 : slot + 1;
            }

            // A fingerprint clash in the same run of slots: the first feature keeps the slot.
            var duplicate = table[slot] != 0;
            var start = e;
            quantized.Clear();
            var count = (byte)(rowStarts[i + 1] - rowStarts[i]);
            for (var k = 0; k < count; k++, e++)
            {
                if (_inline)
                {
                    quantized[classes[e]] = (ushort)(short)Math.Clamp(MathF.Round(values[e] / _scale), -short.MaxValue, short.MaxValue);
                }
                else if (!duplicate)
                {
                    _entries[e] = classes[e] < ClassCount ? new Entry(classes[e], values[e]) : throw new InvalidDataException("A parser weight names a class the model does not have.");
                }
            }

            if (duplicate)
            {
                continue;
            }

            table[slot] = _inline
                ? check | ((ulong)quantized[0] << 16) | ((ulong)quantized[1] << 32) | ((ulong)quantized[2] << 48)
                : check | ((ulong)(uint)start << 16) | ((ulong)count << 48);
        }
        }
    }

    public int ClassCount { get; }

    /// <summary>Sums the weights of <paramref name="features"/> per class into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<ulong> probes = stackalloc ulong[features.Length];
        Score(features, scores, probes);
    }

    /// <summary>
    /// As <see cref="Score(ReadOnlySpan{ulong}, Span{float})"/> with caller-provided scratch space (at least one
    /// element per feature), so a hot loop need not clear fresh stack memory on every call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores, Span<ulong> probes)
    {
        var count = features.Length;
        if (probes.Length < count || scores.Length < ClassCount)
        {
            throw new ArgumentException("The scratch and score spans are too short for the features.");
        }

        var size = (int)_size;
        fixed (ulong* start = _slots)
        fixed (ulong* keys = features)
        fixed (ulong* homes = probes)
        {
            var table = start + _origin;
            // Each feature's home slot (low half) and fingerprint (high half), eight features at a time where vectors
            // allow; then all misses in flight at once, before the probing pass: the first and last slot a probe compares.
            var i = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                var buckets = Vector512.Create(_buckets);
                for (; i + 8 <= count; i += 8)
                {
                    var mixed = Mix(Vector512.Load(keys + i));
                    var home = Vector512.ShiftLeft(Vector512.ShiftRightLogical(Vector512.ShiftRightLogical(mixed, 32) * buckets, 32), 3);
                    var check = (mixed & Vector512.Create(0xFFFFUL)) | Vector512<ulong>.One;
                    (home | Vector512.ShiftLeft(check, 32)).Store(homes + i);
                }
            }

            for (; i < count; i++)
            {
                var mixed = Mix(keys[i]);
                homes[i] = Home(mixed) | ((ulong)Check(mixed) << 32);
            }

            if (Sse.IsSupported)
            {
                for (i = 0; i < count; i++)
                {
                    var slot = (uint)homes[i];
                    Sse.Prefetch0(table + slot); // a bucket: one cache line
                }
            }

            if (_inline)
            {
                int a = 0, b = 0, c = 0;
                for (i = 0; i < count; i++)
                {
                    var probe = homes[i];
                    var s = Probe(table, (int)(uint)probe, (uint)(probe >> 32), size); // 0 when absent: adds nothing
                    a += (short)(s >> 16);
                    b += (short)(s >> 32);
                    c += (short)(s >> 48);
                }

                scores[0] = a * _scale;
                scores[1] = b * _scale;
                if (ClassCount > 2)
                {
                    scores[2] = c * _scale;
                }

                return;
            }

            // Find every row and start loading it, then add (the rows are as far apart as the slots).
            var entries = _entries;
            fixed (Entry* rows = entries)
            {
                for (i = 0; i < count; i++)
                {
                    var probe = homes[i];
                    var s = Probe(table, (int)(uint)probe, (uint)(probe >> 32), size);
                    homes[i] = s; // start (bits 16..47) and length (48..63); 0 when absent: no entries
                    if (Sse.IsSupported)
                    {
                        Sse.Prefetch0(rows + (uint)(s >> 16));
                    }
                }
            }

            scores[..ClassCount].Clear();
            fixed (Entry* rows = entries)
            fixed (float* sums = scores)
            {
                for (i = 0; i < count; i++)
                {
                    var s = homes[i];
                    var entry = rows + (uint)(s >> 16);
                    var end = entry + (s >> 48);
                    for (; entry < end; entry++)
                    {
                        sums[entry->Class] += entry->Weight; // classes are checked at build
                    }
                }
            }
        }
    }

    /// <summary>
    /// The slot holding <paramref name="check"/> in the run from <paramref name="slot"/> on, or 0 when an empty slot
    /// comes first: a window of slots compared at once where vectors allow then the next window,
    /// else one by one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Probe(ulong* table, int slot, uint check, int size)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return ProbeOneByOne(table, slot, check, size);
        }

        var width = Vector512.IsHardwareAccelerated ? ProbeWidth : ProbeWidth / 2;
        while (true)
        {
            var (match, stop) = Compare(table + slot, check);
            if (stop != 0)
            {
                var lane = BitOperations.TrailingZeroCount(stop);
                return table[slot + lane] & (0UL - ((match >> lane) & 1)); // an empty slot first: 0
            }

            slot += width;
            slot = slot >= size ? slot - size : slot;
        }
    }

    /// <summary>Per slot of the vector at <paramref name="run"/>: whether it holds <paramref name="check"/>, and whether the probe stops there (that, or empty).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Match, ulong Stop) Compare(ulong* run, uint check)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            var slots = Vector512.Load(run);
            var match = Vector512.Equals(slots & Vector512.Create(0xFFFFUL), Vector512.Create((ulong)check)).ExtractMostSignificantBits();
            return (match, match | Vector512.Equals(slots, Vector512<ulong>.Zero).ExtractMostSignificantBits());
        }

        var half = Vector256.Load(run);
        var found = Vector256.Equals(half & Vector256.Create(0xFFFFUL), Vector256.Create((ulong)check)).ExtractMostSignificantBits();
        return (found, found | Vector256.Equals(half, Vector256<ulong>.Zero).ExtractMostSignificantBits());
    }

    private static ulong ProbeOneByOne(ulong* table, int slot, uint check, int size)
    {
        while (true)
        {
            var s = table[slot];
            if ((s & 0xFFFF) == check)
            {
                return s;
            }

            if (s == 0)
            {
                return 0;
            }

            slot = slot + 1 == size ? 0 : slot + 1;
        }
    }

    /// <summary>The home slot: the high half of the mixed key scaled onto the table (no power-of-two size needed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Home(ulong mixed) => (uint)(((mixed >> 32) * _buckets) >> 32) * ProbeWidth;

    /// <summary>A non-zero 16-bit fingerprint from the low bits (independent of the home slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Check(ulong mixed) => (uint)(mixed & 0xFFFF) | 1u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Mix(Vector512<ulong> key)
    {
        key ^= Vector512.ShiftRightLogical(key, 33);
        key *= Vector512.Create(0xff51afd7ed558ccdUL);
        key ^= Vector512.ShiftRightLogical(key, 33);
        key *= Vector512.Create(0xc4ceb9fe1a85ec53UL);
        key ^= Vector512.ShiftRightLogical(key, 33);
        return key;
    }

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
