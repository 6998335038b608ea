namespace ClaimExtraction.Cli.Output;

/// <summary>One member of a cluster as a report page links to it: where it is and a short label.</summary>
/// <param name="Href">The member's claim: "#c3" on the same page, "page.html#c3" on another article's page.</param>
/// <param name="Article">The name of the member's article.</param>
/// <param name="Excerpt">The start of the member claim's text.</param>
/// <param name="Here">Whether the member is on the page being written.</param>
internal sealed record ClusterLink(string Href, string Article, string Excerpt, bool Here);

/// <summary>A cluster as one page shows it.</summary>
/// <param name="Number">Its number in the clusters file's order (1 = reported by the most articles).</param>
/// <param name="Articles">How many articles carry it.</param>
/// <param name="Speaker">The cluster's speaker.</param>
/// <param name="Text">The cluster's representative wording.</param>
/// <param name="Members">Every member, linked.</param>
internal sealed record ClusterView(int Number, int Articles, string Speaker, string Text, IReadOnlyList<ClusterLink> Members)
{
    public string Anchor => "cluster-" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Summary => $"cluster {Number} · {Articles} article{(Articles == 1 ? "" : "s")}";
}

/// <summary>
/// The clusters of a run (<c>--clusters</c>) as the HTML report links them: for each article's page, its claims'
/// clusters, with links to every member (on another article's page, or an anchor on this one).
/// </summary>
internal sealed class ReportClusters
{
    private const int ExcerptLength = 100;

    private readonly IReadOnlyList<ClaimCluster> _clusters;
    private readonly IReadOnlyList<(string? File, string Name, ExtractionResult Result)> _pages;
    private readonly Dictionary<(int Article, string ClaimId), int> _clusterOf = [];

    /// <param name="clusters">The clusters, in the clusters file's order.</param>
    /// <param name="pages">Per article (a member's <see cref="ClusterMember.Article"/> indexes it): its page's file
    /// (null when every article is on one page), name and result.</param>
    public ReportClusters(IReadOnlyList<ClaimCluster> clusters, IReadOnlyList<(string? File, string Name, ExtractionResult Result)> pages)
    {
        _clusters = clusters;
        _pages = pages;
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var member in clusters[c].Members)
            {
                _clusterOf[(member.Article, member.ClaimId)] = c;
            }
        }
    }

    public int Count => _clusters.Count;

    /// <summary>The cluster of a claim of article <paramref name="article"/>, as that article's page shows it; null for a claim in no cluster.</summary>
    public ClusterView? For(int article, string claimId) =>
        _clusterOf.TryGetValue((article, claimId), out var c) ? View(c, article) : null;

    /// <summary>The clusters of article <paramref name="article"/>'s claims, in cluster order, each once.</summary>
    public IReadOnlyList<ClusterView> OfArticle(int article) =>
        [.. _pages[article].Result.Claims.Select(claim => _clusterOf.TryGetValue((article, claim.Id), out var c) ? c : -1)
            .Where(c => c >= 0).Distinct().Order().Select(c => View(c, article))];

    /// <summary>Every cluster as the index page (<paramref name="here"/> = -1) or one page shows it.</summary>
    public ClusterView View(int cluster, int here)
    {
        var members = _clusters[cluster].Members;
        var links = new List<ClusterLink>(members.Count);
        foreach (var member in members)
        {
            var (file, name, result) = _pages[member.Article];
            var claim = result.Claims.FirstOrDefault(c => c.Id == member.ClaimId);
            var excerpt = claim is null ? member.ClaimId : claim.Text.Length > ExcerptLength ? claim.Text[..(ExcerptLength - 1)] + "…" : claim.Text;
            var samePage = member.Article == here || file is null && here >= 0;
            links.Add(new ClusterLink((samePage ? "" : file ?? "") + "#" + member.ClaimId, name, excerpt, member.Article == here));
        }

        var articles = members.Select(m => m.Article).Distinct().Count();
        return new ClusterView(cluster + 1, articles, _clusters[cluster].Speaker, _clusters[cluster].Text, links);
    }
}
