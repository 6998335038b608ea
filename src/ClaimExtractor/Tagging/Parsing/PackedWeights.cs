using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ClaimExtraction.Tagging.Parsing;

/// <summary>
/// A read-only, cache-friendly copy of a <see cref="PerceptronModel"/> for the parser's hot loop: one open-addressing
/// table of 8-byte slots, filled to about 70 %, so the whole table of a shipped model stays in the last-level cache.
/// A slot holds a 16-bit fingerprint of the feature and either, for models of at most three classes, the weights
/// themselves as 16-bit fixed-point numbers (one memory access per feature), or the start and length of the feature's
/// sparse (class, weight) entries. The slots of all features are touched in a first pass so that the loads overlap.
/// Immutable and thread-safe.
/// </summary>
internal sealed unsafe class PackedWeights
{
    private const int InlineClasses = 3;

    /// <summary>How many keys ahead the table build starts loading a key's slot.</summary>
    private const int Lookahead = 16;

    private readonly ulong[] _slots;
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
        _size = (ulong)Math.Max(16, keyCount * 10 / 7 + 1);
        _slots = new ulong[_size];
        _entries = _inline ? [] : new Entry[entryCount];
        var e = 0;
        Span<long> quantized = stackalloc long[InlineClasses];
        fixed (ulong* table = _slots)
        {
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
            while (_slots[slot] != 0 && (_slots[slot] & 0xFFFF) != check)
            {
                slot = slot + 1 == _size ? 0 : slot + 1;
            }

            // A fingerprint clash in the same run of slots: the first feature keeps the slot.
            var duplicate = _slots[slot] != 0;
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
                    _entries[e] = new Entry(classes[e], values[e]);
                }
            }

            if (duplicate)
            {
                continue;
            }

            _slots[slot] = _inline
                ? check | ((ulong)quantized[0] << 16) | ((ulong)quantized[1] << 32) | ((ulong)quantized[2] << 48)
                : check | ((ulong)(uint)start << 16) | ((ulong)count << 48);
        }
        }
    }

    public int ClassCount { get; }

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
        positions = positions[..features.Length];
        checks = checks[..features.Length];
        ulong touch = 0;
        if (Sse.IsSupported)
        {
            fixed (ulong* table = slots)
            {
                for (var i = 0; i < features.Length; i++)
                {
                    var mixed = Mix(features[i]);
                    var slot = Home(mixed);
                    positions[i] = (int)slot;
                    checks[i] = Check(mixed);
                    Sse.Prefetch0(table + slot); // all misses in flight at once, before the probing pass
                }
            }
        }
        else
        {
            for (var i = 0; i < features.Length; i++)
            {
                var mixed = Mix(features[i]);
                var slot = Home(mixed);
                positions[i] = (int)slot;
                checks[i] = Check(mixed);
                touch ^= slots[slot]; // independent loads: the cache misses overlap
            }
        }

        var size = (int)_size;
        if (_inline)
        {
            int a = 0, b = 0, c = 0;
            for (var i = 0; i < positions.Length; i++)
            {
                var slot = positions[i];
                var check = checks[i];
                while (true)
                {
                    var s = slots[slot];
                    if ((s & 0xFFFF) == check)
                    {
                        a += (short)(s >> 16);
                        b += (short)(s >> 32);
                        c += (short)(s >> 48);
                        break;
                    }

                    if (s == 0)
                    {
                        break;
                    }

                    slot = slot + 1 == size ? 0 : slot + 1;
                }
            }

            scores[0] = a * _scale;
            scores[1] = b * _scale;
            if (ClassCount > 2)
            {
                scores[2] = c * _scale;
            }

            if (touch == 1UL)
            {
                scores[0] += 0f; // keeps the touching loads alive
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
                var s = slots[slot];
                if ((s & 0xFFFF) == check)
                {
                    var start = (int)(uint)(s >> 16);
                    var end = start + (int)(s >> 48);
                    for (var e = start; e < end; e++)
                    {
                        scores[entries[e].Class] += entries[e].Weight;
                    }

                    break;
                }

                if (s == 0)
                {
                    break;
                }

                slot = slot + 1 == size ? 0 : slot + 1;
            }
        }

        if (touch == 1UL)
        {
            scores[0] += 0f;
        }
    }

    /// <summary>The home slot: the high half of the mixed key scaled onto the table (no power-of-two size needed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Home(ulong mixed) => (uint)(((mixed >> 32) * _size) >> 32);

    /// <summary>A non-zero 16-bit fingerprint from the low bits (independent of the home slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Check(ulong mixed) => (uint)(mixed & 0xFFFF) | 1u;

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
