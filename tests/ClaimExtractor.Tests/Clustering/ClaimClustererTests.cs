
namespace ClaimExtraction.Tests.Clustering;

public class ClaimClustererTests
{
    private const string Bridges = "“We will fix every bridge in this state before winter, and the federal government will pay for the repairs,”";

    internal static Claim MakeClaim(string id, string speaker, string text, ClaimKind kind = ClaimKind.Direct, SpeakerKind speakerKind = SpeakerKind.Person) =>
        new(id, kind, text, [new TextSpan(0, text.Length)], new SpeakerReference("s1", speaker, speakerKind, null), null, [], 0.9, 0.9, 0);

    internal static ExtractionResult Article(params Claim[] claims) => new(claims, []);

    [Fact]
    public void The_same_quotation_in_three_articles_is_one_cluster_with_the_earliest_article()
    {
        var results = new[]
        {
            Article(MakeClaim("c1", "Jane Doe", Bridges)),
            Article(MakeClaim("c1", "John Roe", "“Our schools need more teachers, smaller classes and better pay for the staff,”"), MakeClaim("c2", "Doe", Bridges)),
            Article(MakeClaim("c1", "Jane Doe", Bridges)),
        };
        var dates = new DateTimeOffset?[] { new DateTimeOffset(2016, 3, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2016, 3, 1, 0, 0, 0, TimeSpan.Zero), null };

        var clusters = ClaimClusterer.Cluster(results, dates);

        clusters.Should().ContainSingle();
        clusters[0].Members.Should().Equal(new ClusterMember(0, "c1"), new ClusterMember(1, "c2"), new ClusterMember(2, "c1"));
        clusters[0].Speaker.Should().Be("Jane Doe");
        clusters[0].EarliestArticle.Should().Be(1);
        clusters[0].Variants.Should().BeEmpty();
    }

    [Fact]
    public void Without_dates_there_is_no_earliest_article()
    {
        var clusters = ClaimClusterer.Cluster([Article(MakeClaim("c1", "Jane Doe", Bridges)), Article(MakeClaim("c1", "Jane Doe", Bridges))]);

        clusters.Should().ContainSingle().Which.EarliestArticle.Should().BeNull();
    }

    [Fact]
    public void The_same_words_from_different_speakers_are_not_clustered()
    {
        var clusters = ClaimClusterer.Cluster([Article(MakeClaim("c1", "Jane Doe", Bridges)), Article(MakeClaim("c1", "John Roe", Bridges))]);

        clusters.Should().BeEmpty();
    }

    [Fact]
    public void Different_statements_of_one_speaker_stay_apart()
    {
        var clusters = ClaimClusterer.Cluster(
        [
            Article(MakeClaim("c1", "Jane Doe", Bridges)),
            Article(MakeClaim("c1", "Jane Doe", "“The port expansion will bring thousands of jobs to the coast within five years,”")),
        ]);

        clusters.Should().BeEmpty();
    }

    [Fact]
    public void A_quotation_cut_shorter_joins_the_cluster_as_a_truncated_variant_not_a_misquote()
    {
        var clusters = ClaimClusterer.Cluster(
        [
            Article(MakeClaim("c1", "Jane Doe", Bridges)),
            Article(MakeClaim("c1", "Jane Doe", Bridges)),
            Article(MakeClaim("c4", "Jane Doe", "“fix every bridge in this state before winter”")),
        ]);

        var cluster = clusters.Should().ContainSingle().Subject;
        cluster.Members.Should().HaveCount(3);
        cluster.Representative.Should().Be(new ClusterMember(0, "c1"));
        var variant = cluster.Variants.Should().ContainSingle().Subject;
        variant.Members.Should().Equal(new ClusterMember(2, "c4"));
        variant.PossibleMisquote.Should().BeFalse();
        variant.Diff.Should().Equal(
            new WordChange(WordChangeKind.Truncated, "we will"),
            new WordChange(WordChangeKind.Same, "fix every bridge in this state before winter"),
            new WordChange(WordChangeKind.Truncated, "and the federal government will pay for the repairs"));
    }

    [Fact]
    public void A_changed_word_inside_a_quotation_is_flagged_with_its_diff()
    {
        var clusters = ClaimClusterer.Cluster(
        [
            Article(MakeClaim("c1", "Jane Doe", Bridges)),
            Article(MakeClaim("c1", "Jane Doe", Bridges)),
            Article(MakeClaim("c1", "Jane Doe", "“We will fix every bridge in this state before spring, and the federal government will pay for the repairs,”")),
        ]);

        var variant = clusters.Should().ContainSingle().Subject.Variants.Should().ContainSingle().Subject;
        variant.PossibleMisquote.Should().BeTrue();
        variant.Diff.Should().Contain(new WordChange(WordChangeKind.Removed, "winter")).And.Contain(new WordChange(WordChangeKind.Added, "spring"));
    }

    [Fact]
    public void Words_left_out_at_an_ellipsis_are_elided_not_a_misquote()
    {
        var clusters = ClaimClusterer.Cluster(
        [
            Article(MakeClaim("c1", "Jane Doe", Bridges)),
            Article(MakeClaim("c1", "Jane Doe", "“We will fix every bridge … and the federal government will pay for the repairs,”")),
        ]);

        var variant = clusters.Should().ContainSingle().Subject.Variants.Should().ContainSingle().Subject;
        variant.PossibleMisquote.Should().BeFalse();
        variant.Diff.Should().Contain(new WordChange(WordChangeKind.Elided, "in this state before winter"));
    }

    [Fact]
    public void An_indirect_paraphrase_of_a_quotation_joins_its_cluster()
    {
        var clusters = ClaimClusterer.Cluster(
        [
            Article(MakeClaim("c1", "Jane Doe", Bridges)),
            Article(MakeClaim("c2", "Doe", "that she would fix every bridge in the state before winter and that the federal government would pay for the repairs", ClaimKind.Indirect)),
        ]);

        clusters.Should().ContainSingle().Which.Members.Should().HaveCount(2);
    }

    [Fact]
    public void Claims_without_a_speaker_or_with_few_content_words_are_not_clustered()
    {
        var noSpeaker = new Claim("c1", ClaimKind.Direct, Bridges, [new TextSpan(0, Bridges.Length)], null, null, [], 1, 1, 0);
        var clusters = ClaimClusterer.Cluster(
        [
            Article(noSpeaker, MakeClaim("c2", "Jane Doe", "“It is what it is,”")),
            Article(noSpeaker, MakeClaim("c2", "Jane Doe", "“It is what it is,”")),
        ]);

        clusters.Should().BeEmpty();
    }

    [Fact]
    public void Adding_a_stream_one_article_at_a_time_gives_the_batch_clusters()
    {
        var results = Enumerable.Range(0, 30).Select(i => Article(
            MakeClaim("c1", "Jane Doe", i % 3 == 0 ? Bridges : "“The port expansion will bring thousands of jobs to the coast within five years,”"),
            MakeClaim("c2", "Maria Lopez", "“Our schools need more teachers, smaller classes and better pay for the staff,”"))).ToList();
        var clusterer = new ClaimClusterer();
        foreach (var result in results)
        {
            clusterer.Add(result);
        }

        var streamed = clusterer.GetClusters();
        var batch = ClaimClusterer.Cluster(results);

        clusterer.ArticleCount.Should().Be(30);
        streamed.Should().HaveCount(3);
        ClaimClusterer.ToJson(streamed).Should().Be(ClaimClusterer.ToJson(batch));
        streamed.Select(c => c.Members.Count).Should().Equal(30, 20, 10);
    }

    [Fact]
    public void A_statement_reported_thousands_of_times_stays_one_cluster()
    {
        // Each claim meets only the latest few of a bucket: the cluster must still hold together through them.
        var results = Enumerable.Range(0, 3000).Select(i => Article(MakeClaim("c1", "Jane Doe", i % 2 == 0 ? Bridges : "“fix every bridge in this state before winter”"))).ToList();

        ClaimClusterer.Cluster(results).Should().ContainSingle().Which.Members.Should().HaveCount(3000);
    }

    [Fact]
    public void Clusters_round_trip_through_json_with_camel_case_names_and_enums()
    {
        var clusters = ClaimClusterer.Cluster(
        [
            Article(MakeClaim("c1", "Jane Doe", Bridges)),
            Article(MakeClaim("c1", "Jane Doe", Bridges)),
            Article(MakeClaim("c1", "Jane Doe", "“fix every bridge in this state before winter”")),
        ]);

        var json = ClaimClusterer.ToJson(clusters);
        var back = ClaimClusterer.FromJson(json);

        json.Should().Contain("\"kind\":\"truncated\"").And.Contain("\"earliestArticle\":null").And.Contain("“fix");
        ClaimClusterer.ToJson(back).Should().Be(json);
        back[0].Members.Should().Equal(clusters[0].Members);
    }

    [Fact]
    public void Arguments_are_checked_and_cancellation_is_honoured()
    {
        var act = () => ClaimClusterer.Cluster(null!);
        act.Should().Throw<ArgumentNullException>();
        var wrongDates = () => ClaimClusterer.Cluster([ExtractionResult.Empty], []);
        wrongDates.Should().Throw<ArgumentException>();
        var add = () => new ClaimClusterer().Add(null!);
        add.Should().Throw<ArgumentNullException>();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var cancel = () => ClaimClusterer.Cluster([ExtractionResult.Empty], cancellationToken: cancelled.Token);
        cancel.Should().Throw<OperationCanceledException>();
    }
}
