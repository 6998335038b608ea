using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ClaimExtraction.Tagging;

/// <summary>
/// An immutable open-addressing map from 64-bit hashes to small integers (tag dictionaries, lexicons, gazetteers).
/// Lookups allocate nothing and are safe from any thread.
/// </summary>
internal sealed class HashIndex
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly Slot[] _slots; // key and value side by side: one cache line per probe
    private readonly int _mask;

    /// <summary>Keys must be distinct; they are kept in ascending order for writing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, at load: skip the slow first JIT tier
    public HashIndex(ulong[] keys, int[] values)
    {
        if (keys.Length != values.Length)
        {
            throw new ArgumentException("Every key needs one value.", nameof(values));
        }

        _keys = (ulong[])keys.Clone();
        _values = (int[])values.Clone();
        Array.Sort(_keys, _values);
        var size = 16;
        while (size < _keys.Length * 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        _slots = new Slot[size];
        _slots.AsSpan().Fill(new Slot(0, -1));
        for (var i = 0; i < _keys.Length; i++)
        {
            var slot = Home(_keys[i]);
            while (_slots[slot].Value >= 0)
            {
                if (_slots[slot].Key == _keys[i])
                {
                    throw new ArgumentException("Duplicate key.", nameof(keys));
                }

                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(_keys[i], _values[i]);
        }
    }

    public static HashIndex Empty { get; } = new([], []);

    public int Count => _keys.Length;

    /// <summary>Values must be non-negative; -1 means absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public int Get(ulong key)
    {
        var slots = _slots;
        var slot = Home(key);
        while (true)
        {
            ref readonly var s = ref slots[slot];
            if (s.Value < 0 || s.Key == key)
            {
                return s.Value;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// <see cref="Get"/> for many keys at once: starts loading every key's slot before probing any, so that the cache
    /// misses overlap (the tables are larger than the caches).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public unsafe void GetMany(ReadOnlySpan<ulong> keys, Span<int> values)
    {
        var slots = _slots;
        if (Sse.IsSupported)
        {
            fixed (Slot* table = slots)
            {
                for (var i = 0; i < keys.Length; i++)
                {
                    Sse.Prefetch0(table + Home(keys[i]));
                }
            }
        }

        for (var i = 0; i < keys.Length; i++)
        {
            values[i] = Get(keys[i]);
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_keys.Length);
        ulong previous = 0;
        foreach (var key in _keys)
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
        }

        foreach (var value in _values)
        {
            writer.Write7BitEncodedInt(value);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, at load: skip the slow first JIT tier
    public static HashIndex Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var keys = new ulong[count];
        ulong previous = 0;
        for (var i = 0; i < count; i++)
        {
            previous += (ulong)reader.Read7BitEncodedInt64();
            keys[i] = previous;
        }

        var values = new int[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.Read7BitEncodedInt();
        }

        return new HashIndex(keys, values);
    }

    private readonly record struct Slot(ulong Key, int Value);

    private int Home(ulong key)
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdUL;
        key ^= key >> 33;
        return (int)(key & (uint)_mask);
    }
}
