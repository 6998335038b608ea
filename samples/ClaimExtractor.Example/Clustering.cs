namespace ClaimExtraction.Example;

/// <summary>The README's clustering example (compiled, not run by Program).</summary>
internal static class Clustering
{
    /// <summary>An article as a newsroom keeps it: its text, when it was published and by whom.</summary>
    internal sealed record Article(string Text, DateTimeOffset Published, string Outlet);

    public static void Run(IClaimExtractor extractor, IReadOnlyList<Article> articles)
    {
        var results = extractor.ExtractMany(articles.Select(a => a.Text));   // one canonical name per person
        var clusters = ClaimClusterer.Cluster(results, articles.Select(a => (DateTimeOffset?)a.Published).ToList());

        // The statements carried by the most outlets, and who carried them first.
        foreach (var cluster in clusters.OrderByDescending(c => c.Members.Select(m => articles[m.Article].Outlet).Distinct().Count()).Take(5))
        {
            var outlets = cluster.Members.Select(m => articles[m.Article].Outlet).Distinct().Count();
            Console.WriteLine($"{outlets} outlets, first {articles[cluster.EarliestArticle!.Value].Outlet}: {cluster.Speaker}: {cluster.Text}");
        }

        // The flagged variants, as a word diff against the representative quotation.
        foreach (var cluster in clusters)
            foreach (var variant in cluster.Variants.Where(v => v.PossibleMisquote))
                Console.WriteLine($"{cluster.Speaker}: " + string.Join(" ", variant.Diff.Select(d => d.Kind switch
                {
                    WordChangeKind.Removed => $"[-{d.Words}-]",
                    WordChangeKind.Added => $"{{+{d.Words}+}}",
                    WordChangeKind.Truncated or WordChangeKind.Extended or WordChangeKind.Elided => $"({d.Words})",
                    _ => d.Words,
                })));

        File.WriteAllText("clusters.json", ClaimClusterer.ToJson(clusters));  // source-generated System.Text.Json
    }
}
