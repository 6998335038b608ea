using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ClaimExtraction.Tagging;

/// <summary>
/// The scoring side of the model: an open-addressing table at about 50 % load whose slots hold a key and the start
/// and length of its row of (class, weight) entries. Where every key fits in 32 bits (the taggers' keys do) a slot
/// is 8 bytes, the key in the low half, small enough to stay in the caches (a feature that is not in the model,
/// which is common, touches only this table); otherwise a slot holds the whole 64-bit key and the row in 16 bytes.
/// </summary>
internal sealed unsafe class PerceptronLookup
{
    /// <summary>Features per call whose table slots are prefetched together (the taggers use at most 40).</summary>
    private const int MaxPrefetched = 64;

    private readonly ulong[] _slots; // compact: low 32 bits the key, high 32 bits row start << 8 | row length; 0 = empty
    private readonly WideSlot[] _wideSlots; // when some key does not fit in 32 bits; Row 0 = empty
    private readonly Entry[] _entries;
    private readonly int _size;

    /// <summary>
    /// Models of at most <see cref="DenseClasses"/> classes (attribution's): the keys alone in one table (0 = empty)
    /// and each slot's weights as a dense row of four floats in another, so that a feature costs one probe and one
    /// vector add, and an absent feature adds the zeros of the empty slot where its probe stopped.
    /// </summary>
    private readonly ulong[] _denseKeys;
    private readonly float[] _denseWeights;
    private readonly int _classCount;

    /// <summary>
    /// Long rows (the bias, the previous-tag features: a weight for most classes) also as dense rows of
    /// <see cref="_rowWidth"/> floats, added a vector at a time; such a row's word holds length 0 and its index + 1.
    /// Adding the +0 of a class a row lacks leaves every sum as it is, so the sums are the sparse ones.
    /// </summary>
    private readonly float[] _longRows;
    private readonly int _rowWidth;

    /// <summary>Slots one vector compare covers, and copied past the end of the table so that a run may wrap around.</summary>
    private const int CompactRun = 8;

    private const int WideRun = 4;

    private const int DenseClasses = 4;

    private PerceptronLookup(int classCount, ulong[] slots, WideSlot[] wideSlots, Entry[] entries, int size,
        ulong[]? denseKeys = null, float[]? denseWeights = null, float[]? longRows = null)
    {
        _longRows = longRows ?? [];
        _rowWidth = RowWidth(classCount);
        _classCount = classCount;
        _slots = slots;
        _wideSlots = wideSlots;
        _entries = entries;
        _size = size;
        _denseKeys = denseKeys ?? [];
        _denseWeights = denseWeights ?? [];
    }

    private bool IsDense => _denseKeys.Length > 0;

    /// <summary>Floats in a dense long row: the classes rounded up to whole vectors of eight.</summary>
    private static int RowWidth(int classCount) => (classCount + 7) & ~7;

    private static bool UniqueClasses(ReadOnlySpan<byte> classes)
    {
        Span<ulong> seen = stackalloc ulong[4];
        foreach (var c in classes)
        {
            var bit = 1UL << (c & 63);
            if ((seen[c >> 6] & bit) != 0)
            {
                return false;
            }

            seen[c >> 6] |= bit;
        }

        return true;
    }

    /// <summary>
    /// The dense table (see <see cref="_denseKeys"/>), or null where it would not give the same sums: a key of 0 (the
    /// empty mark) or a class twice in one row. A class missing from a row adds +0, which leaves every sum as it is
    /// (a sum from +0 is never -0).
    /// </summary>
    private static PerceptronLookup? TryBuildDense(int classCount, ulong[] keys, int[] rowStarts, byte[] classes, float[] values)
    {
        if (classCount is < 2 or > DenseClasses || keys.Length == 0)
        {
            return null;
        }

        var size = Math.Max(16, keys.Length * 2 + 1);
        var table = new ulong[size + CompactRun];
        var weights = new float[(size + CompactRun) * DenseClasses];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == 0)
            {
                return null;
            }

            var slot = Home(keys[i], size);
            while (table[slot] != 0)
            {
                slot = slot + 1 == size ? 0 : slot + 1;
            }

            table[slot] = keys[i];
            var seen = 0;
            for (var e = rowStarts[i]; e < rowStarts[i + 1]; e++)
            {
                if (classes[e] >= classCount || (seen & (1 << classes[e])) != 0)
                {
                    return null;
                }

                seen |= 1 << classes[e];
                weights[(slot * DenseClasses) + classes[e]] = values[e];
            }
        }

        table.AsSpan(0, CompactRun).CopyTo(table.AsSpan(size));
        weights.AsSpan(0, CompactRun * DenseClasses).CopyTo(weights.AsSpan(size * DenseClasses));
        return new PerceptronLookup(classCount, [], [], [], size, table, weights);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, at load: skip the slow first JIT tier
    public static PerceptronLookup Build(int classCount, ulong[] keys, int[] rowStarts, byte[] classes, float[] values)
    {
        if (values.Length >= 1 << 24)
        {
            throw new InvalidDataException("A perceptron model holds at most 2^24 weights.");
        }

        if (TryBuildDense(classCount, keys, rowStarts, classes, values) is { } dense)
        {
            return dense;
        }

        var entries = new Entry[values.Length];
        for (var e = 0; e < values.Length; e++)
        {
            // Scoring adds without bounds checks: every class must name a score.
            entries[e] = classes[e] < classCount ? new Entry(values[e], classes[e]) : throw new InvalidDataException("A perceptron entry names a class the model does not have.");
        }

        var compact = true;
        foreach (var key in keys)
        {
            compact &= key <= uint.MaxValue;
        }

        var size = Math.Max(16, keys.Length * 2 + 1);
        var slots = compact ? new ulong[size + CompactRun] : [];
        var wideSlots = compact ? [] : new WideSlot[size + WideRun];
        var width = RowWidth(classCount);
        var longRow = Math.Max(4, classCount / 3);
        var longCount = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            longCount += rowStarts[i + 1] - rowStarts[i] >= longRow && UniqueClasses(classes.AsSpan(rowStarts[i], rowStarts[i + 1] - rowStarts[i])) ? 1 : 0;
        }

        var longRows = new float[longCount * width];
        var nextLong = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var length = rowStarts[i + 1] - rowStarts[i];
            if (length is <= 0 or > 255)
            {
                throw new InvalidDataException("A perceptron row must hold 1 to 255 entries.");
            }

            var row = ((uint)rowStarts[i] << 8) | (uint)length;
            if (length >= longRow && UniqueClasses(classes.AsSpan(rowStarts[i], length)))
            {
                var denseRow = longRows.AsSpan(nextLong * width, width);
                for (var e = rowStarts[i]; e < rowStarts[i + 1]; e++)
                {
                    denseRow[classes[e]] = values[e];
                }

                row = (uint)(++nextLong) << 8;
            }

            Debug.Assert(row != 0, "A filled slot's row is never 0: 0 marks an empty slot.");
            var slot = Home(keys[i], size);
            if (compact)
            {
                while (slots[slot] != 0)
                {
                    slot = slot + 1 == size ? 0 : slot + 1;
                }

                slots[slot] = keys[i] | (ulong)row << 32;
            }
            else
            {
                while (wideSlots[slot].Row != 0)
                {
                    slot = slot + 1 == size ? 0 : slot + 1;
                }

                wideSlots[slot] = new WideSlot(keys[i], row);
            }
        }

        // A probe that runs past the last slot goes on at the first, as the build's probing did.
        if (compact)
        {
            slots.AsSpan(0, CompactRun).CopyTo(slots.AsSpan(size));
        }
        else
        {
            wideSlots.AsSpan(0, WideRun).CopyTo(wideSlots.AsSpan(size));
        }

        return new PerceptronLookup(classCount, slots, wideSlots, entries, size, longRows: longRows);
    }

    [SkipLocalsInit] // the rows are written before they are read
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (IsDense)
        {
            Span<uint> found = stackalloc uint[Math.Min(features.Length, MaxPrefetched)];
            for (var first = 0; first < features.Length; first += found.Length)
            {
                var chunk = features.Slice(first, Math.Min(found.Length, features.Length - first));
                FindDense(chunk, found);
                AddDense(found[..chunk.Length], scores);
            }

            return;
        }

        Span<uint> rows = stackalloc uint[Math.Min(features.Length, MaxPrefetched)];
        for (var first = 0; first < features.Length; first += rows.Length)
        {
            // The model is larger than the caches, so the work is mostly waiting for memory. Three passes keep
            // the waits overlapped: start loading every feature's slot; find each row and start loading it; add.
            var chunk = features.Slice(first, Math.Min(rows.Length, features.Length - first));
            FindRowsTogether(chunk, rows);
            AddRows(rows[..chunk.Length], scores);
        }
    }

    /// <summary>The rows of a few features: every slot starts loading before any is probed.</summary>
    private void FindRowsTogether(ReadOnlySpan<ulong> features, Span<uint> rows)
    {
        var size = _size;
        var count = features.Length;
        var wide = _wideSlots.Length > 0;
        fixed (ulong* keys = features)
        fixed (uint* found = rows)
        fixed (ulong* table = _slots)
        fixed (WideSlot* wideTable = _wideSlots)
        fixed (Entry* weights = _entries)
        {
            int i;
            FillHomes(keys, 0, count, size, found);

            if (Sse.IsSupported)
            {
                for (i = 0; i < count; i++)
                {
                    // The first and last slot the probe compares.
                    var home = found[i];
                    Sse.Prefetch0(wide ? (void*)(wideTable + home) : table + home);
                    Sse.Prefetch0(wide ? (void*)(wideTable + home + (WideRun - 1)) : table + home + (CompactRun - 1));
                }
            }

            for (i = 0; i < count; i++)
            {
                var row = wide ? FindWide(wideTable, keys[i], (int)found[i], size) : FindCompact(table, keys[i], (int)found[i], size);
                found[i] = row;
                if (Sse.IsSupported)
                {
                    Sse.Prefetch0(weights + (row >> 8)); // an absent feature's row 0: a harmless load
                }
            }
        }
    }

    /// <summary>Rows of any number of features, a chunk at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public void FindRows(ReadOnlySpan<ulong> features, Span<uint> rows)
    {
        if (IsDense)
        {
            FindDense(features, rows);
            return;
        }

        for (var first = 0; first < features.Length; first += MaxPrefetched)
        {
            var chunk = features.Slice(first, Math.Min(MaxPrefetched, features.Length - first));
            FindRowsTogether(chunk, rows.Slice(first, chunk.Length));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public void AddRows(ReadOnlySpan<uint> rows, Span<float> scores)
    {
        if (IsDense)
        {
            AddDense(rows, scores);
            return;
        }

        if (scores.Length < _classCount)
        {
            throw new ArgumentException("Scores need one element per class.", nameof(scores));
        }

        // Sums in a vector-wide copy, so that a long row adds whole vectors.
        var width = _rowWidth;
        Span<float> wide = stackalloc float[width];
        wide.Clear();
        scores[.._classCount].CopyTo(wide);
        fixed (Entry* entries = _entries)
        fixed (float* longRows = _longRows)
        fixed (float* sums = wide)
        {
            foreach (var row in rows)
            {
                var length = row & 0xFF;
                if (length == 0)
                {
                    if (row != 0) // 0: an absent feature
                    {
                        var dense = longRows + (((row >> 8) - 1) * width);
                        for (var c = 0; c < width; c += 8)
                        {
                            (Vector256.Load(sums + c) + Vector256.Load(dense + c)).Store(sums + c);
                        }
                    }

                    continue;
                }

                var entry = entries + (row >> 8);
                var end = entry + length;
                for (; entry < end; entry++)
                {
                    sums[entry->Class] += entry->Value;
                }
            }
        }

        wide[.._classCount].CopyTo(scores);
    }

    /// <summary>
    /// For each feature of a dense model, the slot where its probe stopped: its own, or an empty one (all zeros)
    /// when absent. Home slots are found eight features at a time where vectors allow; every slot of a chunk starts
    /// loading before any is probed, and each row of weights once its slot is found.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    private void FindDense(ReadOnlySpan<ulong> features, Span<uint> found)
    {
        var size = _size;
        var count = features.Length;
        if (found.Length < count)
        {
            throw new ArgumentException("One slot per feature is needed.", nameof(found));
        }

        fixed (ulong* keys = features)
        fixed (uint* slots = found)
        fixed (ulong* table = _denseKeys)
        fixed (float* weights = _denseWeights)
        {
            for (var first = 0; first < count; first += MaxPrefetched)
            {
                var end = Math.Min(count, first + MaxPrefetched);
                int i;
                FillHomes(keys, first, end, size, slots);

                if (Sse.IsSupported)
                {
                    for (i = first; i < end; i++)
                    {
                        Sse.Prefetch0(table + slots[i]);
                        Sse.Prefetch0(table + slots[i] + (CompactRun - 1));
                    }
                }

                for (i = first; i < end; i++)
                {
                    var slot = ProbeDense(table, keys[i], (int)slots[i], size);
                    slots[i] = (uint)slot;
                    if (Sse.IsSupported)
                    {
                        Sse.Prefetch0(weights + (slot * DenseClasses));
                    }
                }
            }
        }
    }

    /// <summary>The slot holding <paramref name="feature"/>, or the empty slot where the probe from <paramref name="slot"/> stopped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ProbeDense(ulong* table, ulong feature, int slot, int size)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            while (true)
            {
                var run = Vector512.Load(table + slot);
                var stops = Vector512.Equals(run, Vector512.Create(feature)).ExtractMostSignificantBits()
                    | Vector512.Equals(run, Vector512<ulong>.Zero).ExtractMostSignificantBits();
                if (stops != 0)
                {
                    return slot + BitOperations.TrailingZeroCount(stops); // past the end: a copy of a first slot
                }

                slot += CompactRun;
                slot = slot >= size ? slot - size : slot;
            }
        }

        while (table[slot] != 0 && table[slot] != feature)
        {
            slot = slot + 1 == size ? 0 : slot + 1;
        }

        return slot;
    }

    /// <summary>Adds the dense rows of slots found by <see cref="FindDense"/>, in order; a lane per class.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    private void AddDense(ReadOnlySpan<uint> found, Span<float> scores)
    {
        var classCount = _classCount;
        var sums = Vector128.Create(scores[0], scores[1], classCount > 2 ? scores[2] : 0f, classCount > 3 ? scores[3] : 0f);
        fixed (float* weights = _denseWeights)
        {
            foreach (var slot in found)
            {
                sums += Vector128.Load(weights + (slot * DenseClasses));
            }
        }

        for (var c = 0; c < classCount; c++)
        {
            scores[c] = sums.GetElement(c);
        }
    }

    /// <summary>
    /// The row (start &lt;&lt; 8 | length) of <paramref name="feature"/> in a table of whole keys, probing from
    /// <paramref name="slot"/>; 0 if absent. The first slots of the run are compared at once where vectors allow (many
    /// features are not in their home slot, and a slot-by-slot probe mispredicts its branches), with exactly the
    /// result of a slot-by-slot probe.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint FindWide(WideSlot* table, ulong feature, int slot, int size)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            while (true)
            {
                // Keys in the even lanes, rows in the odd ones: stop at the first slot whose key matches or whose row
                // is 0 (empty).
                var run = Vector512.Load((ulong*)(table + slot));
                var stops = Vector512.Equals(run, Vector512.Create(feature)).ExtractMostSignificantBits() & 0x55UL;
                stops |= (Vector512.Equals(run, Vector512<ulong>.Zero).ExtractMostSignificantBits() & 0xAAUL) >> 1;
                if (stops != 0)
                {
                    return (uint)table[slot + (BitOperations.TrailingZeroCount(stops) >> 1)].Row;
                }

                slot += WideRun;
                slot = slot >= size ? slot - size : slot;
            }
        }

        while (true)
        {
            var s = table[slot];
            if (s.Row == 0 || s.Key == feature)
            {
                return (uint)s.Row;
            }

            slot = slot + 1 == size ? 0 : slot + 1;
        }
    }

    /// <summary>As <see cref="FindWide"/> in a table of 32-bit keys (a wider feature is absent).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint FindCompact(ulong* table, ulong feature, int slot, int size)
    {
        if (feature > uint.MaxValue)
        {
            return 0;
        }

        if (Vector512.IsHardwareAccelerated)
        {
            while (true)
            {
                // Stop at the first slot whose key (low half) matches or that is empty (all 0; a key of 0 in an empty
                // slot gives row 0 either way).
                var run = Vector512.Load(table + slot);
                var stops = Vector512.Equals(run & Vector512.Create((ulong)uint.MaxValue), Vector512.Create(feature)).ExtractMostSignificantBits()
                    | Vector512.Equals(run, Vector512<ulong>.Zero).ExtractMostSignificantBits();
                if (stops != 0)
                {
                    return (uint)(table[slot + BitOperations.TrailingZeroCount(stops)] >> 32);
                }

                slot += CompactRun;
                slot = slot >= size ? slot - size : slot;
            }
        }

        while (true)
        {
            var s = table[slot];
            var row = (uint)(s >> 32);
            if (row == 0 || (uint)s == (uint)feature)
            {
                return row;
            }

            slot = slot + 1 == size ? 0 : slot + 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Mix(Vector512<ulong> key)
    {
        key ^= Vector512.ShiftRightLogical(key, 33);
        key *= Vector512.Create(0xff51afd7ed558ccdUL);
        key ^= Vector512.ShiftRightLogical(key, 33);
        return key;
    }

    /// <summary>The key's home slot: the mixed key's high half scaled to the table size (no power of two needed).</summary>
    /// <summary>The home slot of each key in [<paramref name="start"/>, <paramref name="end"/>), eight keys at a time where vectors allow.</summary>
    private static void FillHomes(ulong* keys, int start, int end, int size, uint* homes)
    {
        var i = start;
        if (Vector512.IsHardwareAccelerated)
        {
            var sizes = Vector512.Create((ulong)size);
            for (; i + 8 <= end; i += 8)
            {
                var home = Vector512.ShiftRightLogical(Vector512.ShiftRightLogical(Mix(Vector512.Load(keys + i)), 32) * sizes, 32);
                Vector256.Store(Avx512F.ConvertToVector256UInt32(home), homes + i);
            }
        }

        for (; i < end; i++)
        {
            homes[i] = (uint)Home(keys[i], size);
        }
    }

    private static int Home(ulong key, int size) => (int)(((Mix(key) >> 32) * (ulong)size) >> 32);

    /// <summary>A key and its row, 16 bytes with no padding (the probe compares them as vectors).</summary>
    private readonly struct WideSlot(ulong key, uint row)
    {
        public readonly ulong Key = key;
        public readonly ulong Row = row;
    }

    private static ulong Mix(ulong key)
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdUL;
        key ^= key >> 33;
        return key;
    }

    private readonly record struct Entry(float Value, int Class);
}
