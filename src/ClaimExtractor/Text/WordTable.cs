namespace ClaimExtraction.Text;

/// <summary>
/// An immutable case-insensitive table from words to values that is looked up with a character span, so hot
/// paths never allocate a string to ask. Works the same on every target framework (no alternate-lookup APIs).
/// </summary>
internal sealed class WordTable<TValue>
{
    private readonly string[] _keys;
    private readonly TValue[] _values;
    private readonly int[] _slots;
    private readonly int _mask;

    public WordTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var keys = new List<string>();
        var values = new List<TValue>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in entries)
        {
            if (seen.Add(key))
            {
                keys.Add(key);
                values.Add(value);
            }
        }

        _keys = keys.ToArray();
        _values = values.ToArray();
        var size = 4;
        while (size < _keys.Length * 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        _slots = new int[size];
        Array.Fill(_slots, -1);
        for (var i = 0; i < _keys.Length; i++)
        {
            var slot = Hash(_keys[i]) & _mask;
            while (_slots[slot] >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = i;
        }
    }

    public int Count => _keys.Length;

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        var slot = Hash(word) & _mask;
        while (true)
        {
            var index = _slots[slot];
            if (index < 0)
            {
                value = default!;
                return false;
            }

            if (word.Equals(_keys[index], StringComparison.OrdinalIgnoreCase))
            {
                value = _values[index];
                return true;
            }

            slot = (slot + 1) & _mask;
        }
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    private static int Hash(ReadOnlySpan<char> word)
    {
        // Case-insensitive for the lexicons' words (ASCII): each character lower-cased, without a runtime call for ASCII.
        var h = 2166136261u;
        foreach (var c in word)
        {
            var folded = CharClass.ToLowerInvariant(c);
            h = (h ^ folded) * 16777619u;
        }

        return (int)(h & 0x7FFFFFFF);
    }
}

/// <summary>A <see cref="WordTable{TValue}"/> used as a set.</summary>
internal sealed class WordSet
{
    private readonly WordTable<bool> _table;

    public WordSet(IEnumerable<string> words) => _table = new WordTable<bool>(words.Select(w => new KeyValuePair<string, bool>(w, true)));

    public int Count => _table.Count;

    public bool Contains(ReadOnlySpan<char> word) => _table.Contains(word);
}
