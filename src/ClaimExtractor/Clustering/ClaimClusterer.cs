using System.Text.Json;
using ClaimExtraction.Clustering;

namespace ClaimExtraction;

/// <summary>
/// Groups the claims of many articles that report the same statement by the same speaker: the same quotation, the
/// same quotation cut shorter or longer, or a paraphrase whose content words overlap a quotation's enough; and, within
/// a group, diffs the direct quotations whose words differ and flags possible misquotes.
/// </summary>
/// <remarks>
/// Give it the results of <see cref="IClaimExtractor.ExtractMany"/> (which names one person the same way across a
/// batch), all at once with <see cref="Cluster"/> or article by article with <see cref="Add"/>. Claims are compared
/// only within one speaker (a person by surname, an organization or a group by name); claims without such a speaker,
/// and claims of fewer than four content words, are not clustered. Candidate pairs come from MinHash signatures over
/// content words, so the cost grows linearly with the number of claims; a pair joins when the claims share at least
/// four content words and 70 % of the smaller claim's weight, a word weighing by its rarity among the speaker's claims.
/// Not thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var results = extractor.ExtractMany(articles);
/// foreach (var cluster in ClaimClusterer.Cluster(results).Take(5))
///     Console.WriteLine($"{cluster.Members.Count} reports: {cluster.Speaker}: {cluster.Text}");
/// </code>
/// </example>
public sealed class ClaimClusterer
{
    private readonly ClaimIndex _index;
    private readonly ClusterSettings _settings;
    private readonly List<Claim> _claims = [];
    private readonly List<int> _claimArticle = [];
    private readonly List<DateTimeOffset?> _published = [];

    /// <summary>Creates an empty clusterer, to <see cref="Add"/> results to one by one.</summary>
    public ClaimClusterer()
        : this(ClusterSettings.Default)
    {
    }

    internal ClaimClusterer(ClusterSettings settings)
    {
        _settings = settings;
        _index = new ClaimIndex(settings);
    }

    /// <summary>Articles added so far; the next <see cref="Add"/> gets this index.</summary>
    public int ArticleCount => _published.Count;

    /// <summary>Clusters the claims of a batch of results.</summary>
    /// <param name="results">The results, one per article; a member's <see cref="ClusterMember.Article"/> is an index into it.</param>
    /// <param name="published">When each article was published (same order; null entries allowed), or null: then
    /// <see cref="ClaimCluster.EarliestArticle"/> stays null.</param>
    /// <param name="cancellationToken">Cancels between articles.</param>
    /// <returns>The clusters of two or more claims, the most widely reported first (see <see cref="GetClusters"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="published"/> has another length than <paramref name="results"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<ClaimCluster> Cluster(
        IReadOnlyList<ExtractionResult> results,
        IReadOnlyList<DateTimeOffset?>? published = null,
        CancellationToken cancellationToken = default) =>
        ClusterWith(results, published, ClusterSettings.Default, cancellationToken);

    internal static IReadOnlyList<ClaimCluster> ClusterWith(
        IReadOnlyList<ExtractionResult> results,
        IReadOnlyList<DateTimeOffset?>? published,
        ClusterSettings settings,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (published is not null && published.Count != results.Count)
        {
            throw new ArgumentException("Give one date (or null) per result.", nameof(published));
        }

        var clusterer = new ClaimClusterer(settings);
        for (var i = 0; i < results.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            clusterer.Add(results[i], published?[i]);
        }

        return clusterer.GetClusters(cancellationToken);
    }

    /// <summary>Adds one article's result (for a stream of results); its claims are matched against all earlier ones.</summary>
    /// <param name="result">The article's result.</param>
    /// <param name="published">When the article was published, if known.</param>
    /// <returns>The article's index, as <see cref="ClusterMember.Article"/> gives it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public int Add(ExtractionResult result, DateTimeOffset? published = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var article = _published.Count;
        _published.Add(published);
        foreach (var claim in result.Claims)
        {
            if (SpeakerKey(claim.Speaker, _settings.ClusterGroups) is { } key && _index.Add(key, claim.Text))
            {
                _claims.Add(claim);
                _claimArticle.Add(article);
            }
        }

        return article;
    }

    /// <summary>
    /// The clusters of two or more claims found so far, the ones reported by the most articles first (then the earliest
    /// reported). Each call builds them afresh, so call it once after the last <see cref="Add"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels between clusters.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IReadOnlyList<ClaimCluster> GetClusters(CancellationToken cancellationToken = default)
    {
        var membersByRoot = new Dictionary<int, List<int>>();
        for (var claim = 0; claim < _claims.Count; claim++)
        {
            var root = _index.Find(claim);
            if (!membersByRoot.TryGetValue(root, out var members))
            {
                membersByRoot[root] = members = [];
            }

            members.Add(claim);
        }

        var clusters = new List<(ClaimCluster Cluster, int Articles, int First)>();
        foreach (var members in membersByRoot.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (members.Count >= 2)
            {
                var articles = 1;
                for (var k = 1; k < members.Count; k++)
                {
                    articles += _claimArticle[members[k]] != _claimArticle[members[k - 1]] ? 1 : 0;
                }

                clusters.Add((ClusterBuilder.Build(members, _claims, _claimArticle, _published), articles, members[0]));
            }
        }

        clusters.Sort((x, y) => x.Articles != y.Articles ? y.Articles.CompareTo(x.Articles) : x.First.CompareTo(y.First));
        return clusters.ConvertAll(c => c.Cluster);
    }

    /// <summary>Serializes clusters as a JSON array, in the shape of the result JSON (camelCase, enums as camelCase strings).</summary>
    /// <param name="clusters">The clusters, e.g. from <see cref="GetClusters"/>.</param>
    /// <param name="indented">Whether to indent for people to read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clusters"/> is null.</exception>
    public static string ToJson(IReadOnlyList<ClaimCluster> clusters, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        return JsonSerializer.Serialize(clusters, indented ? ClusterJsonContext.Indented.IReadOnlyListClaimCluster : ClusterJsonContext.Compact.IReadOnlyListClaimCluster);
    }

    /// <summary>Reads clusters back from <see cref="ToJson"/>'s output.</summary>
    /// <param name="json">A JSON array of clusters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not such an array.</exception>
    public static IReadOnlyList<ClaimCluster> FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, ClusterJsonContext.Compact.IReadOnlyListClaimCluster) ?? [];
    }

    /// <summary>
    /// The block a claim's speaker is compared in: a person's surname (so "Trump" and "Donald Trump" meet, whatever
    /// each article calls him), an organization's or (with <paramref name="groups"/>) a group's name; null for other
    /// speakers, who are not clustered.
    /// </summary>
    internal static string? SpeakerKey(SpeakerReference? speaker, bool groups = false)
    {
        if (speaker is null || speaker.Kind is not (SpeakerKind.Person or SpeakerKind.Organization) && !(groups && speaker.Kind == SpeakerKind.Group))
        {
            return null;
        }

        var name = speaker.Name.Trim();
        if (speaker.Kind == SpeakerKind.Group)
        {
            return "g:" + name.ToLowerInvariant();
        }

        if (speaker.Kind == SpeakerKind.Organization)
        {
            name = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
            return name.Length == 0 ? null : "o:" + name.ToLowerInvariant();
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words.Length - 1;
        while (last > 0 && words[last].TrimEnd('.', ',') is "Jr" or "Sr" or "II" or "III")
        {
            last--;
        }

        if (last < 0)
        {
            return null;
        }

        var surname = words[last].ToLowerInvariant();
        return surname is "he" or "she" or "i" or "we" or "they" or "you" or "it" or "him" or "her" ? null : "p:" + surname;
    }
}
