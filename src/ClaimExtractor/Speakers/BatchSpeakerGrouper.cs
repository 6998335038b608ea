namespace ClaimExtraction.Speakers;

/// <summary>
/// Gives the same person one canonical name across a batch of results: a person called "Trump" in one article and
/// "Donald Trump" in another becomes "Donald Trump" in both, when the batch names exactly one full name with that
/// surname (two — "Bill Clinton", "Hillary Clinton" — leave "Clinton" as it is). Aliases are merged per name; a group's
/// affiliation ("Trump" of "Trump’s supporters") is completed the same way.
/// </summary>
internal static class BatchSpeakerGrouper
{
    public static IReadOnlyList<ExtractionResult> Group(IReadOnlyList<ExtractionResult> results)
    {
        // Surname → the distinct full names the batch uses for persons.
        var fullBySurname = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        var aliases = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var speaker in results.SelectMany(r => r.Speakers).Where(s => s.Kind == SpeakerKind.Person))
        {
            var words = speaker.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2)
            {
                if (!fullBySurname.TryGetValue(words[^1], out var names))
                {
                    fullBySurname[words[^1]] = names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                names.Add(speaker.Name);
            }
        }

        string Canonical(Speaker s) => s.Kind != SpeakerKind.Person ? s.Name : CanonicalPerson(s.Name);

        string CanonicalPerson(string name)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || !fullBySurname.TryGetValue(words[^1], out var names) || names.Count != 1)
            {
                return name;
            }

            var full = names.First();
            return words.Length == 1 || full.StartsWith(words[0], StringComparison.OrdinalIgnoreCase) ? full : name;
        }

        foreach (var speaker in results.SelectMany(r => r.Speakers))
        {
            var name = Canonical(speaker);
            if (!aliases.TryGetValue(name, out var list))
            {
                aliases[name] = list = [];
            }

            foreach (var alias in speaker.Aliases.Append(speaker.Name))
            {
                if (!list.Contains(alias, StringComparer.OrdinalIgnoreCase))
                {
                    list.Add(alias);
                }
            }
        }

        var grouped = new List<ExtractionResult>(results.Count);
        foreach (var result in results)
        {
            var speakers = result.Speakers.Select(s => s with { Name = Canonical(s), Aliases = aliases[Canonical(s)].ToArray(), Affiliation = s.Affiliation is { } a ? CanonicalPerson(a) : null }).ToList();
            var byId = speakers.ToDictionary(s => s.Id, StringComparer.Ordinal);
            var claims = result.Claims.Select(c => c.Speaker is { } r && byId.TryGetValue(r.Id, out var s) ? c with { Speaker = r with { Name = s.Name } } : c).ToList();
            grouped.Add(new ExtractionResult(claims, speakers));
        }

        return grouped;
    }
}
