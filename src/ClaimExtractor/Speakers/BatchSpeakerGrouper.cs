namespace ClaimExtraction.Speakers;

/// <summary>
/// Gives the same person one canonical name across a batch of results: a person called "Trump" in one article and
/// "Donald Trump" in another becomes "Donald Trump" in both, when the batch names exactly one full name with that
/// surname (two — "Bill Clinton", "Hillary Clinton" — leave "Clinton" as it is). Aliases are merged per name; a group's
/// affiliation ("Trump" of "Trump’s supporters") is completed the same way. What an article gets comes only from the
/// other articles: a surname is completed only in an article that names no full name with it itself (there the
/// speaker resolver has already decided), and a speaker gains the aliases other articles use for its canonical name.
/// So a batch of one article is left exactly as <see cref="ClaimExtractor.Extract"/> gives it.
/// </summary>
/// <remarks>
/// Whole-batch grouping (<see cref="GroupAll"/>) first sees every article, then rewrites each. Streaming grouping
/// (<see cref="Next"/>) rewrites each article with what the articles up to it have shown: an early bare "Trump" stays
/// as it is when "Donald Trump" is named only later, and a surname completed early stays completed when a second full
/// name with it turns up later.
/// </remarks>
internal sealed class BatchSpeakerGrouper
{
    /// <summary>Surname → the distinct full person names the articles seen use with it.</summary>
    private readonly Dictionary<string, HashSet<string>> _fullBySurname = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Canonical name → every alias (and other name) articles used for it, with who contributed it.</summary>
    private readonly Dictionary<string, AliasSet> _aliases = new(StringComparer.OrdinalIgnoreCase);

    private readonly List<string> _surnamesOfArticle = [];
    private int _articles;

    /// <summary>Groups a whole batch: every article is seen before any is rewritten.</summary>
    public static IReadOnlyList<ExtractionResult> GroupAll(IReadOnlyList<ExtractionResult> results)
    {
        var grouper = new BatchSpeakerGrouper();
        var ownSurnames = new HashSet<string>[results.Count];
        for (var i = 0; i < results.Count; i++)
        {
            ownSurnames[i] = grouper.AddNames(results[i]);
        }

        for (var i = 0; i < results.Count; i++)
        {
            grouper.AddAliases(results[i], i, ownSurnames[i]);
        }

        var grouped = new ExtractionResult[results.Count];
        for (var i = 0; i < results.Count; i++)
        {
            grouped[i] = grouper.Rewrite(results[i], i, ownSurnames[i]);
        }

        return grouped;
    }

    /// <summary>Groups the next article of a stream with the articles before it.</summary>
    public ExtractionResult Next(ExtractionResult result)
    {
        var article = _articles++;
        var own = AddNames(result);
        AddAliases(result, article, own);
        return Rewrite(result, article, own);
    }

    /// <summary>Records the article's full person names; returns the surnames it names in full itself.</summary>
    private HashSet<string> AddNames(ExtractionResult result)
    {
        var own = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var speaker in result.Speakers)
        {
            if (speaker.Kind != SpeakerKind.Person || Surname(speaker.Name, out var words) is not { } surname || words < 2)
            {
                continue;
            }

            if (!_fullBySurname.TryGetValue(surname, out var names))
            {
                _fullBySurname[surname] = names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            names.Add(speaker.Name);
            own.Add(surname);
        }

        return own;
    }

    private void AddAliases(ExtractionResult result, int article, HashSet<string> ownSurnames)
    {
        foreach (var speaker in result.Speakers)
        {
            var canonical = Canonical(speaker, ownSurnames);
            if (!_aliases.TryGetValue(canonical, out var set))
            {
                _aliases[canonical] = set = new AliasSet();
            }

            set.Add(speaker.Name, article);
            foreach (var alias in speaker.Aliases)
            {
                set.Add(alias, article);
            }
        }
    }

    private ExtractionResult Rewrite(ExtractionResult result, int article, HashSet<string> ownSurnames)
    {
        Dictionary<string, Speaker>? renamed = null;
        var speakers = new Speaker[result.Speakers.Count];
        for (var k = 0; k < speakers.Length; k++)
        {
            var speaker = result.Speakers[k];
            var name = Canonical(speaker, ownSurnames);
            var affiliation = speaker.Affiliation is { } a ? CanonicalPerson(a, ownSurnames) : null;
            var aliases = _aliases[name].FromOtherArticles(article, speaker.Aliases);
            if (name != speaker.Name || affiliation != speaker.Affiliation || aliases is not null)
            {
                speaker = speaker with { Name = name, Affiliation = affiliation, Aliases = aliases ?? speaker.Aliases };
                (renamed ??= new Dictionary<string, Speaker>(StringComparer.Ordinal))[speaker.Id] = speaker;
            }

            speakers[k] = speaker;
        }

        if (renamed is null)
        {
            return result;
        }

        var claims = new Claim[result.Claims.Count];
        for (var k = 0; k < claims.Length; k++)
        {
            var claim = result.Claims[k];
            claims[k] = claim.Speaker is { } reference && renamed.TryGetValue(reference.Id, out var speaker) && speaker.Name != reference.Name
                ? claim with { Speaker = reference with { Name = speaker.Name } }
                : claim;
        }

        return new ExtractionResult(claims, speakers);
    }

    private string Canonical(Speaker speaker, HashSet<string> ownSurnames) =>
        speaker.Kind != SpeakerKind.Person ? speaker.Name : CanonicalPerson(speaker.Name, ownSurnames);

    /// <summary>The one full name the batch uses with this surname, unless the article names one itself.</summary>
    private string CanonicalPerson(string name, HashSet<string> ownSurnames)
    {
        if (Surname(name, out var words) is not { } surname || ownSurnames.Contains(surname)
            || !_fullBySurname.TryGetValue(surname, out var names) || names.Count != 1)
        {
            return name;
        }

        var full = names.First();
        return words == 1 || full.StartsWith(name.AsSpan(0, name.IndexOf(' ')), StringComparison.OrdinalIgnoreCase) ? full : name;
    }

    private static string? Surname(string name, out int words)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        words = parts.Length;
        return parts.Length == 0 ? null : parts[^1];
    }

    /// <summary>The names used for one canonical name, in first-use order, each with the article that first used it.</summary>
    private sealed class AliasSet
    {
        private readonly List<string> _order = [];
        private readonly Dictionary<string, (int First, bool Several)> _articles = new(StringComparer.OrdinalIgnoreCase);

        public void Add(string alias, int article)
        {
            if (!_articles.TryGetValue(alias, out var seen))
            {
                _order.Add(alias);
                _articles[alias] = (article, false);
            }
            else if (seen.First != article)
            {
                _articles[alias] = (seen.First, true);
            }
        }

        /// <summary>The speaker's own aliases followed by those other articles add, or null when they add none.</summary>
        public IReadOnlyList<string>? FromOtherArticles(int article, IReadOnlyList<string> own)
        {
            List<string>? merged = null;
            foreach (var alias in _order)
            {
                var (first, several) = _articles[alias];
                if ((first == article && !several) || Contains(own, alias) || (merged is not null && Contains(merged, alias)))
                {
                    continue;
                }

                (merged ??= [.. own]).Add(alias);
            }

            return merged;
        }

        private static bool Contains(IReadOnlyList<string> list, string alias)
        {
            foreach (var item in list)
            {
                if (string.Equals(item, alias, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
