namespace ClaimExtraction.Clustering;

/// <summary>Turns one group of matched claims into a <see cref="ClaimCluster"/>: speaker, representative, earliest article, variants.</summary>
internal static class ClusterBuilder
{
    public static ClaimCluster Build(List<int> members, List<Claim> claims, List<int> claimArticle, List<DateTimeOffset?> published)
    {
        var memberRecords = members.ConvertAll(m => new ClusterMember(claimArticle[m], claims[m].Id));
        var speaker = MostCommon(members.Select(m => claims[m].Speaker!.Name));

        int? earliest = null;
        foreach (var member in members)
        {
            var article = claimArticle[member];
            if (published[article] is { } date && (earliest is null || date < published[earliest.Value]!.Value))
            {
                earliest = article;
            }
        }

        // Direct quotations grouped by wording (case and punctuation aside); the wording most members share represents
        // the cluster, the longer one on a tie, and every other wording is diffed against it.
        var wordings = new List<(string Key, List<QuoteWord> Words, List<int> Members)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var claim = claims[member];
            if (claim.Kind != ClaimKind.Direct)
            {
                continue;
            }

            var words = ClaimWords.QuotedWords(claim.Text, claim.Spans);
            // Breaks aside: "“We will win,” she said, “and win big”" quotes the same words as "“We will win and win big”".
            var key = string.Join(' ', words.Where(w => !w.IsBreak).Select(w => w.Text));
            if (!byKey.TryGetValue(key, out var index))
            {
                byKey[key] = index = wordings.Count;
                wordings.Add((key, words, []));
            }

            wordings[index].Members.Add(member);
        }

        if (wordings.Count == 0)
        {
            var longest = members.MaxBy(m => claims[m].Text.Length);
            return new ClaimCluster(speaker, claims[longest].Text, memberRecords[members.BinarySearch(longest)], memberRecords, earliest, []);
        }

        var best = 0;
        for (var k = 1; k < wordings.Count; k++)
        {
            var (count, bestCount) = (wordings[k].Members.Count, wordings[best].Members.Count);
            if (count > bestCount || (count == bestCount && wordings[k].Words.Count > wordings[best].Words.Count))
            {
                best = k;
            }
        }

        var representative = wordings[best].Members[0];
        var variants = new List<QuoteVariant>();
        for (var k = 0; k < wordings.Count; k++)
        {
            if (k != best && QuoteComparer.Compare(wordings[best].Words, wordings[k].Words) is { } comparison
                && comparison.Diff.Any(change => change.Kind != WordChangeKind.Same))
            {
                var variantMembers = wordings[k].Members.ConvertAll(m => memberRecords[members.BinarySearch(m)]);
                variants.Add(new QuoteVariant(claims[wordings[k].Members[0]].Text, variantMembers, comparison.PossibleMisquote, comparison.Diff));
            }
        }

        return new ClaimCluster(speaker, claims[representative].Text, memberRecords[members.BinarySearch(representative)], memberRecords, earliest, variants);
    }

    private static string MostCommon(IEnumerable<string> names)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        return counts.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
    }
}
