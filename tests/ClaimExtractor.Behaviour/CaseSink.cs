namespace ClaimExtraction.Behaviour;

/// <summary>Quotation mark pairs the templates render quotes with.</summary>
public sealed record Marks(string Name, string Open, string Close)
{
    public static readonly Marks Straight = new("straight", "\"", "\"");
    public static readonly Marks Curly = new("curly", "\u201C", "\u201D");
    public static readonly Marks SingleCurly = new("single curly", "\u2018", "\u2019");
    public static readonly Marks SingleStraight = new("single straight", "'", "'");
    public static readonly Marks[] Double = [Straight, Curly];
    public static readonly Marks[] All = [Straight, Curly, SingleCurly, SingleStraight];

    public string Wrap(string words) => Open + words + Close;
}

/// <summary>Collects the cases of one capability, drawing slot fillers from its own seeded generator.</summary>
internal sealed class CaseSink(string capability, int seed, List<BehaviourCase> cases)
{
    private readonly Random _random = new(seed);
    private int _count;

    public string Capability => capability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Two different items.</summary>
    public (T First, T Second) PickTwo<T>(IReadOnlyList<T> items)
    {
        var first = _random.Next(items.Count);
        var second = (first + 1 + _random.Next(items.Count - 1)) % items.Count;
        return (items[first], items[second]);
    }

    /// <summary>Two people with different surnames and, when <paramref name="differentPronouns"/>, different pronouns.</summary>
    public (Person First, Person Second) PickPair(IReadOnlyList<Person> people, bool differentPronouns = false)
    {
        while (true)
        {
            var (a, b) = PickTwo(people);
            if (a.Surname != b.Surname && (!differentPronouns || a.Pronoun != b.Pronoun))
            {
                return (a, b);
            }
        }
    }

    public int Next(int bound) => _random.Next(bound);

    public void Add(string text, params ExpectedClaim[] claims)
    {
        _count++;
        cases.Add(new BehaviourCase(capability, $"{capability}/{_count:000}", text, claims));
    }

    public void None(string text) => Add(text);

    public static string Capitalise(string words) => char.ToUpperInvariant(words[0]) + words[1..];
}
