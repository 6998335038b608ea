using System.Runtime.CompilerServices;

namespace ClaimExtraction.Tagging;

/// <summary>
/// An immutable open-addressing map from 64-bit hashes to small integers (tag dictionaries, lexicons, gazetteers).
/// Lookups allocate nothing and are safe from any thread.
/// </summary>
internal sealed class HashIndex
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly ulong[] _slotKeys;
    private readonly int[] _slotValues;
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
        _slotKeys = new ulong[size];
        _slotValues = new int[size];
        Array.Fill(_slotValues, -1);
        for (var i = 0; i < _keys.Length; i++)
        {
            var slot = Slot(_keys[i]);
            while (_slotValues[slot] >= 0)
            {
                if (_slotKeys[slot] == _keys[i])
                {
                    throw new ArgumentException("Duplicate key.", nameof(keys));
                }

                slot = (slot + 1) & _mask;
            }

            _slotKeys[slot] = _keys[i];
            _slotValues[slot] = _values[i];
        }
    }

    public static HashIndex Empty { get; } = new([], []);

    public int Count => _keys.Length;

    /// <summary>Values must be non-negative; -1 means absent.</summary>
    public int Get(ulong key)
    {
        var slot = Slot(key);
        while (true)
        {
            var value = _slotValues[slot];
            if (value < 0 || _slotKeys[slot] == key)
            {
                return value;
            }

            slot = (slot + 1) & _mask;
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

    private int Slot(ulong key)
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdUL;
        key ^= key >> 33;
        return (int)(key & (uint)_mask);
    }
}
