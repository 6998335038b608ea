
namespace ClaimExtraction.Tests.Clustering;

public class ClaimClustererTests
{
    private const string Wall = "“We will build a great wall along the southern border, and Mexico will pay for the wall,”";

    internal static Claim MakeClaim(string id, string speaker, string text, ClaimKind kind = ClaimKind.Direct, SpeakerKind speakerKind = SpeakerKind.Person) =>
        new(id, kind, text, [new TextSpan(0, text.Length)], new SpeakerReference("s1", speaker, speakerKind, null), null, [], 0.9, 0.9, 0);

    internal static ExtractionResult Article(params Claim[] claims) => new(claims, []);

    [Fact]
    public void The_same_quotation_in_three_articles_is_one_cluster_with_the_earliest_article()
    {
        var results = new[]
        {
            Article(MakeClaim("c1", "Donald Trump", Wall)),
            Article(MakeClaim("c1", "Angela Merkel", "“Germany will take in more refugees this year than any other country,”"), MakeClaim("c2", "Trump", Wall)),
            Article(MakeClaim("c1", "Donald Trump", Wall)),
        };
        var dates = new DateTimeOffset?[] { new DateTimeOffset(2016, 3, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2016, 3, 1, 0, 0, 0, TimeSpan.Zero), null };

        var clusters = ClaimClusterer.Cluster(results, dates);

        clusters.Should().ContainSingle();
        clusters[0].Members.Should().Equal(new ClusterMember(0, "c1"), new ClusterMember(1, "c2"), new ClusterMember(2, "c1"));
        clusters[0].Speaker.Should().Be("Donald Trump");
        clusters[0].EarliestArticle.Should().Be(1);
        clusters[0].Variants.Should().BeEmpty();
    }

    [Fact]
    public void Without_dates_there_is_no_earliest_article()
    {
        var clusters = ClaimClusterer.Cluster([Article(MakeClaim("c1", "Donald Trump", Wall)), Article(MakeClaim("c1", "Donald Trump", Wall))]);

        clusters.Should().ContainSingle().Which.EarliestArticle.Should().BeNull();
    }

    [Fact]
    public void The_same_words_from_different_speakers_are_not_clustered()
    {
        var clusters = ClaimClusterer.Cluster([Article(MakeClaim("c1", "Donald Trump", Wall)), Article(MakeClaim("c1", "Jeb Bush", Wall))]);

        clusters.Should().BeEmpty();
    }

    [Fact]
    public void Different_statements_of_one_speaker_stay_apart()
    {
        var clusters = ClaimClusterer.Cluster(
        [
            Article(MakeClaim("c1", "Donald Trump", Wall)),
            Article(MakeClaim("c1", "Donald Trump", "“China is killing us on trade, taking our jobs and our factories every single day,”")),
        ]);

        clusters.Should().BeEmpty();
    }

    [Fact]
    public void A_quotation_cut_shorter_joins_the_cluster_as_a_truncated_variant_not_a_misquote()
    {
        var clusters = ClaimClusterer.Cluster(
        [
            Article(MakeClaim("c1", "Donald Trump", Wall)),
            Article(MakeClaim("c1", "Donald Trump", Wall)),
            Article(MakeClaim("c4", "Donald Trump", "“build a great wall along the southern border”")),
        ]);

        var cluster = clusters.Should().ContainSingle().Subject;
        cluster.Members.Should().HaveCount(3);
        cluster.Representative.Should().Be(new ClusterMember(0, "c1"));
        var variant = cluster.Variants.Should().ContainSingle().Subject;
        variant.Members.Should().Equal(new ClusterMember(2, "c4"));
        variant.PossibleMisquote.Should().BeFalse();
        variant.Diff.Should().Equal(
            new WordChange(WordChangeKind.Truncated, "we will"),
            new WordChange(WordChangeKind.Same, "build a great wall along the southern border"),
            new WordChange(WordChangeKind.Truncated, "and mexico will pay for the wall"));
    }

    [Fact]
    public void A_changed_word_inside_a_quotation_is_flagged_with_its_diff()
    {
        var clusters = ClaimClusterer.Cluster(
        [
            Article(MakeClaim("c1", "Donald Trump", Wall)),
            Article(MakeClaim("c1", "Donald Trump", Wall)),
            Article(MakeClaim("c1", "Donald Trump", "“We will build a big wall along the southern border, and Mexico will pay for the wall,”")),
        ]);

        var variant = clusters.Should().ContainSingle().Subject.Variants.Should().ContainSingle().Subject;
        variant.PossibleMisquote.Should().BeTrue();
        variant.Diff.Should().Contain(new WordChange(WordChangeKind.Removed, "great")).And.Contain(new WordChange(WordChangeKind.Added, "big"));
    }

    [Fact]
    public void Words_left_out_at_an_ellipsis_are_elided_not_a_misquote()
    {
        var clusters = ClaimClusterer.Cluster(
        [
            Article(MakeClaim("c1", "Donald Trump", Wall)),
            Article(MakeClaim("c1", "Donald Trump", "“We will build a great wall … and Mexico will pay for the wall,”")),
        ]);

        var variant = clusters.Should().ContainSingle().Subject.Variants.Should().ContainSingle().Subject;
        variant.PossibleMisquote.Should().BeFalse();
        variant.Diff.Should().Contain(new WordChange(WordChangeKind.Elided, "along the southern border"));
    }

    [Fact]
    public void An_indirect_paraphrase_of_a_quotation_joins_its_cluster()
    {
        var clusters = ClaimClusterer.Cluster(
        [
            Article(MakeClaim("c1", "Donald Trump", Wall)),
            Article(MakeClaim("c2", "Trump", "that he would build a great wall along the southern border and that Mexico would pay for it", ClaimKind.Indirect)),
        ]);

        clusters.Should().ContainSingle().Which.Members.Should().HaveCount(2);
    }

    [Fact]
    public void Claims_without_a_speaker_or_with_few_content_words_are_not_clustered()
    {
        var noSpeaker = new Claim("c1", ClaimKind.Direct, Wall, [new TextSpan(0, Wall.Length)], null, null, [], 1, 1, 0);
        var clusters = ClaimClusterer.Cluster(
        [
            Article(noSpeaker, MakeClaim("c2", "Donald Trump", "“It is what it is,”")),
            Article(noSpeaker, MakeClaim("c2", "Donald Trump", "“It is what it is,”")),
        ]);

        clusters.Should().BeEmpty();
    }

    [Fact]
    public void Adding_a_stream_one_article_at_a_time_gives_the_batch_clusters()
    {
        var results = Enumerable.Range(0, 30).Select(i => Article(
            MakeClaim("c1", "Donald Trump", i % 3 == 0 ? Wall : "“China is killing us on trade, taking our jobs and our factories every single day,”"),
            MakeClaim("c2", "Bernie Sanders", "“The business of the billionaire class is rigging the economy against working families,”"))).ToList();
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
        var results = Enumerable.Range(0, 3000).Select(i => Article(MakeClaim("c1", "Donald Trump", i % 2 == 0 ? Wall : "“build a great wall along the southern border”"))).ToList();

        ClaimClusterer.Cluster(results).Should().ContainSingle().Which.Members.Should().HaveCount(3000);
    }

    [Fact]
    public void Clusters_round_trip_through_json_with_camel_case_names_and_enums()
    {
        var clusters = ClaimClusterer.Cluster(
        [
            Article(MakeClaim("c1", "Donald Trump", Wall)),
            Article(MakeClaim("c1", "Donald Trump", Wall)),
            Article(MakeClaim("c1", "Donald Trump", "“build a great wall along the southern border”")),
        ]);

        var json = ClaimClusterer.ToJson(clusters);
        var back = ClaimClusterer.FromJson(json);

        json.Should().Contain("\"kind\":\"truncated\"").And.Contain("\"earliestArticle\":null").And.Contain("“build");
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
