namespace ClaimExtraction.Speakers;

/// <summary>One person's name written in the article, with what the name index reads off it.</summary>
internal sealed class PersonMention
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required int Offset { get; init; }

    public required string Written { get; init; }

    public required int Sentence { get; init; }

    public bool Subject { get; init; }

    /// <summary>Whether the name possesses a subject ("Trump's relationship … has been").</summary>
    public bool OwnsSubject { get; init; }

    public bool Quoted { get; init; }

    public string Canonical { get; set; } = "";

    /// <summary>The written name split at spaces, empty entries dropped.</summary>
    public string[] Words => field ??= Written.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The written name split at every space.</summary>
    public string[] Parts => field ??= Written.Split(' ');

    /// <summary>The last word without a possessive ending ("" for an empty name).</summary>
    public string Surname => field ??= Words.Length > 0 ? StripPossessive(Words[^1]) : "";

    /// <summary>The last part without a possessive ending.</summary>
    public string LastPart => field ??= StripPossessive(Parts[^1]);

    /// <summary>Whether the name has more than one word ("Donald Trump", not "Trump").</summary>
    public bool IsFullName => Written.Contains(' ');

    public static string StripPossessive(string w) =>
        w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? w[..^2] : w;
}

/// <summary>The full names (two words or more) that share a surname, in text order, and how often each is written and a subject.</summary>
internal sealed class SurnameBearers
{
    public List<PersonMention> InTextOrder { get; } = [];

    /// <summary>Per full name as written, how many mentions; in the order the names first appear.</summary>
    public Dictionary<string, int> Counts { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per full name as written, how many of its mentions are a subject; in the same order as <see cref="Counts"/>.</summary>
    public Dictionary<string, int> Subjects { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// The article's person mentions in text order, indexed so that every question the name index asks of them costs a
/// lookup or a binary search, or a walk over a bounded stretch of text, instead of a pass over every mention: resolving
/// each mention against all others made speaker resolution quadratic in the article.
/// </summary>
internal sealed class PersonMentions
{
    private readonly List<PersonMention> _inTextOrder;
    private readonly List<PersonMention> _fullNames = [];
    private readonly Dictionary<string, SurnameBearers> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string, string), PersonMention> _firstByFirstWordAndSurname = new(NamePairComparer.Instance);
    private readonly Dictionary<(string, string), PersonMention> _firstByFirstAndLastPart = new(NamePairComparer.Instance);
    private readonly Dictionary<string, PersonMention> _firstFullNameByFirstPart = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _fullNameLastParts = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="inTextOrder">The mentions sorted by offset; they do not overlap, so they are sorted by end token too.</param>
    public PersonMentions(List<PersonMention> inTextOrder)
    {
        _inTextOrder = inTextOrder;
        foreach (var m in inTextOrder)
        {
            if (m.Words.Length >= 2)
            {
                if (!_bySurname.TryGetValue(m.Surname, out var bearers))
                {
                    _bySurname[m.Surname] = bearers = new SurnameBearers();
                }

                bearers.InTextOrder.Add(m);
                bearers.Counts[m.Written] = bearers.Counts.GetValueOrDefault(m.Written) + 1;
                bearers.Subjects[m.Written] = bearers.Subjects.GetValueOrDefault(m.Written) + (m.Subject ? 1 : 0);
                _firstByFirstWordAndSurname.TryAdd((m.Words[0], m.Surname), m);
            }

            if (m.Parts.Length >= 2)
            {
                _firstByFirstAndLastPart.TryAdd((m.Parts[0], m.LastPart), m);
            }

            if (m.IsFullName)
            {
                _fullNames.Add(m);
                _firstFullNameByFirstPart.TryAdd(m.Parts[0], m);
                _fullNameLastParts.Add(m.LastPart);
            }
        }
    }

    /// <summary>How many mentions the walks over a stretch of text have looked at (a test reads it to check the walks stay bounded).</summary>
    public long Visited { get; private set; }

    public List<PersonMention> InTextOrder => _inTextOrder;

    /// <summary>The full names whose last word (possessive stripped) is <paramref name="surname"/>, or null.</summary>
    public SurnameBearers? BearersOf(string surname) => _bySurname.GetValueOrDefault(surname);

    /// <summary>The first full name with this first word and surname (as <see cref="PersonMention.Words"/> reads them).</summary>
    public PersonMention? FirstWithFirstWordAndSurname(string firstWord, string surname) =>
        _firstByFirstWordAndSurname.GetValueOrDefault((firstWord, surname));

    /// <summary>The first name with this first and last part (as <see cref="PersonMention.Parts"/> reads them).</summary>
    public PersonMention? FirstWithFirstAndLastPart(string firstPart, string lastPart) =>
        _firstByFirstAndLastPart.GetValueOrDefault((firstPart, lastPart));

    /// <summary>The first full name that begins with <paramref name="givenName"/>.</summary>
    public PersonMention? FirstFullNameBeginningWith(string givenName) => _firstFullNameByFirstPart.GetValueOrDefault(givenName);

    /// <summary>Whether a full name ends with <paramref name="lastPart"/>.</summary>
    public bool AnyFullNameEndingWith(string lastPart) => _fullNameLastParts.Contains(lastPart);

    /// <summary>The last full name written before <paramref name="offset"/>, or null.</summary>
    public PersonMention? LastFullNameBefore(int offset)
    {
        var k = FirstAtOrAfter(_fullNames, offset);
        return k > 0 ? _fullNames[k - 1] : null;
    }

    /// <summary>Whether a mention at or after <paramref name="offset"/>, less than <paramref name="reach"/> characters on, lies at most <paramref name="sentences"/> sentences after <paramref name="sentence"/>.</summary>
    public bool AnyShortlyAfter(int offset, int reach, int sentence, int sentences)
    {
        for (var k = FirstAtOrAfter(_inTextOrder, offset); k < _inTextOrder.Count && _inTextOrder[k].Offset - offset < reach; k++)
        {
            Visited++;
            if (_inTextOrder[k].Sentence - sentence <= sentences)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The mentions that end at or before <paramref name="token"/>, latest first, as long as they lie at most
    /// <paramref name="sentences"/> sentences before <paramref name="sentence"/>, and at most
    /// <paramref name="mentions"/> of them: a text without sentence punctuation is one sentence, and an unbounded walk
    /// back over it made every pronoun cost as much as the text before it.
    /// </summary>
    public IEnumerable<PersonMention> LatestEndingBy(int token, int sentence, int sentences, int mentions)
    {
        var endingBy = CountLeading(_inTextOrder, token, static (m, token) => m.End <= token);
        var last = Math.Max(0, endingBy - mentions);
        for (var k = endingBy - 1; k >= last && sentence - _inTextOrder[k].Sentence <= sentences; k--)
        {
            Visited++;
            yield return _inTextOrder[k];
        }
    }

    /// <summary>The index of the first mention at or after <paramref name="offset"/> in a list sorted by offset (the count of those before it).</summary>
    public static int FirstAtOrAfter(List<PersonMention> inTextOrder, int offset) =>
        CountLeading(inTextOrder, offset, static (m, offset) => m.Offset < offset);

    /// <summary>How many mentions at the start of <paramref name="inTextOrder"/> satisfy <paramref name="leads"/>, which holds for a prefix of the list (binary search).</summary>
    private static int CountLeading(List<PersonMention> inTextOrder, int value, Func<PersonMention, int, bool> leads)
    {
        var lo = 0;
        var hi = inTextOrder.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (leads(inTextOrder[mid], value))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Two names compared word by word without regard to case, as the name index compares them.</summary>
    private sealed class NamePairComparer : IEqualityComparer<(string, string)>
    {
        public static readonly NamePairComparer Instance = new();

        public bool Equals((string, string) x, (string, string) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Item1, y.Item1) && StringComparer.OrdinalIgnoreCase.Equals(x.Item2, y.Item2);

        public int GetHashCode((string, string) pair) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(pair.Item1), StringComparer.OrdinalIgnoreCase.GetHashCode(pair.Item2));
    }
}
