namespace ClaimExtraction.Speakers;

/// <summary>A source mention resolved to a speaker identity.</summary>
internal sealed record ResolvedSource(int SpeakerIndex, Mention Mention);

/// <summary>One identity being built: its canonical name, kind, and what names, roles and mentions it gathered.</summary>
internal sealed class SpeakerIdentity
{
    public required string Name { get; set; }

    public required SpeakerKind Kind { get; init; }

    public required string Key { get; init; }

    /// <summary>Whom a group or organization belongs to ("Donald Trump" for "Trump’s supporters"), or null.</summary>
    public string? Affiliation { get; init; }

    public List<string> Aliases { get; } = [];

    public List<string> Roles { get; } = [];

    public List<Mention> Mentions { get; } = [];

    // Sets beside the lists, so an identity mentioned thousands of times adds a name or role in constant time.
    private readonly HashSet<string> _aliasSet = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _roleSet = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a name the speaker goes by, unless empty or already there in any case.</summary>
    public void AddAlias(string value) => AddDistinct(Aliases, _aliasSet, value);

    /// <summary>Adds a role, unless empty or already there in any case.</summary>
    public void AddRole(string value) => AddDistinct(Roles, _roleSet, value);

    private static void AddDistinct(List<string> list, HashSet<string> set, string value)
    {
        if (value.Length > 0 && set.Add(value))
        {
            list.Add(value);
        }
    }
}

/// <summary>
/// Identity merging: the speakers of one article, each made once per key (a person's normalised full name, a group's or
/// organization's phrase and kind), so every mention with the same key lands on the same identity.
/// </summary>
internal sealed class SpeakerIdentities
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.OrdinalIgnoreCase);

    public List<SpeakerIdentity> List { get; } = [];

    public SpeakerIdentity this[int index] => List[index];

    /// <summary>The index of the identity with the description's key, made from the description when there is none.</summary>
    public int GetOrAdd(in MentionDescription d)
    {
        if (!_byKey.TryGetValue(d.Key, out var index))
        {
            index = List.Count;
            List.Add(new SpeakerIdentity { Name = d.Canonical, Kind = d.Kind, Key = d.Key, Affiliation = d.Affiliation });
            _byKey[d.Key] = index;
        }

        return index;
    }

    /// <summary>The index of the person with this full name, with the name among its aliases.</summary>
    public int AddName(string name)
    {
        var index = GetOrAdd(new MentionDescription(name, NameIndex.KeyOf(name), SpeakerKind.Person, name, "", IsPronoun: false));
        List[index].AddAlias(name);
        return index;
    }
}
