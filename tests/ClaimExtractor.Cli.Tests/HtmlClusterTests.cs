using System.Text.Json;
using AngleSharp.Dom;
using ClaimExtraction.Cli.Tests.Support;

namespace ClaimExtraction.Cli.Tests;

/// <summary>`report --clusters`: a claim that another article reports too links to its cluster and to the other article's claim.</summary>
public sealed class HtmlClusterTests
{
    private static readonly string[] Pages = ["bridge.html", "harbor.html"];

    [Fact]
    public void A_claim_two_articles_carry_links_to_its_cluster_and_a_claim_in_no_cluster_does_not()
    {
        using var folder = new TempFolder();
        var (output, members) = Report(folder);

        for (var article = 0; article < Pages.Length; article++)
        {
            var path = Path.Combine(folder.Path, "in", Path.ChangeExtension(Pages[article], ".txt"));
            var page = ReportChecks.Parse(ReportChecks.ReadUtf8(Path.Combine(output, Pages[article])));
            ReportChecks.CheckPage(page, File.ReadAllText(path), Tool.Run("extract", path).Lines[0]);
            var own = members[article].ClaimId;
            var other = members[1 - article];

            var tag = Entry(page, own).QuerySelector("a.cluster-tag");
            tag.Should().NotBeNull($"claim {own} of {Pages[article]} is in a cluster");
            tag!.GetAttribute("href").Should().Be("#cluster-1");
            tag.TextContent.Should().Be("cluster 1 · 2 articles");
            var section = page.QuerySelector("aside section.cluster#cluster-1");
            section.Should().NotBeNull("the panel lists the cluster the tag links to");
            section!.QuerySelectorAll("a.member").Select(a => a.GetAttribute("href"))
                .Should().BeEquivalentTo($"#{own}", $"{Pages[1 - article]}#{other.ClaimId}");

            var singletons = page.QuerySelectorAll("aside a[data-claim]").Where(a => a.GetAttribute("data-claim") != own).ToList();
            singletons.Should().NotBeEmpty("each article has a claim in no cluster");
            singletons.Should().OnlyContain(a => Entry(page, a.GetAttribute("data-claim")!).QuerySelector("a.cluster-tag") == null);
            page.QuerySelectorAll("a.cluster-tag").Should().ContainSingle();

            using var data = JsonDocument.Parse(page.QuerySelector("#claim-data")!.TextContent);
            data.RootElement.GetProperty(own).GetProperty("cluster").GetInt32().Should().Be(1);
            data.RootElement.GetProperty(own).GetProperty("clusterArticles").GetInt32().Should().Be(2);
            foreach (var singleton in singletons)
            {
                data.RootElement.GetProperty(singleton.GetAttribute("data-claim")!).TryGetProperty("cluster", out _).Should().BeFalse();
            }
        }

        var index = ReportChecks.Parse(ReportChecks.ReadUtf8(Path.Combine(output, "index.html")));
        index.QuerySelectorAll("tr#cluster-1 a").Select(a => a.GetAttribute("href"))
            .Should().Equal($"{Pages[0]}#{members[0].ClaimId}", $"{Pages[1]}#{members[1].ClaimId}");
        ReportChecks.CheckSelfContained(index);
    }

    [Fact]
    public void Without_clusters_no_claim_links_to_a_cluster()
    {
        using var folder = new TempFolder();
        folder.File("in/bridge.txt", Articles.HarborAgain);
        folder.File("in/harbor.txt", Articles.Harbor);
        var output = Path.Combine(folder.Path, "report");

        var run = Tool.Run("report", Path.Combine(folder.Path, "in"), "-o", output);

        run.ExitCode.Should().Be(0, run.Stderr);
        foreach (var file in Pages.Append("index.html"))
        {
            var page = ReportChecks.Parse(ReportChecks.ReadUtf8(Path.Combine(output, file)));
            page.QuerySelectorAll("a.cluster-tag, section.cluster, #clusters").Should().BeEmpty(file);
        }
    }

    [ChromiumFact]
    public void A_page_opened_on_a_clustered_claim_shows_its_cluster_in_the_tooltip()
    {
        using var folder = new TempFolder();
        var (output, members) = Report(folder);

        var dom = ReportChecks.Parse(Chromium.DumpDom(Path.Combine(output, Pages[1]), "#" + members[1].ClaimId));

        dom.Body!.GetAttribute("data-ready").Should().Be("true", "the page's script ran to its end without an error");
        var tip = dom.QuerySelector("#tip")!;
        tip.HasAttribute("hidden").Should().BeFalse();
        tip.TextContent.Should().Contain("Cluster: 1 · 2 claims in 2 articles");
    }

    /// <summary>Reports the two articles that quote the mayor alike, with clusters; the one cluster's members by article.</summary>
    private static (string Output, List<(int Article, string ClaimId)> Members) Report(TempFolder folder)
    {
        folder.File("in/bridge.txt", Articles.HarborAgain);
        folder.File("in/harbor.txt", Articles.Harbor);
        var output = Path.Combine(folder.Path, "report");
        var clustersFile = Path.Combine(folder.Path, "clusters.json");

        var run = Tool.Run("report", Path.Combine(folder.Path, "in"), "-o", output, "--clusters", clustersFile);

        run.ExitCode.Should().Be(0, run.Stderr);
        using var clusters = JsonDocument.Parse(File.ReadAllText(clustersFile));
        var cluster = clusters.RootElement.EnumerateArray().Should().ContainSingle().Subject;
        var members = cluster.GetProperty("members").EnumerateArray()
            .Select(m => (m.GetProperty("article").GetInt32(), m.GetProperty("claimId").GetString()!)).ToList();
        members.Select(m => m.Item1).Should().Equal([0, 1], "the mayor's quotation is in both articles (bridge first, by file name)");
        return (output, members);
    }

    /// <summary>A claim's entry in the side panel.</summary>
    private static IElement Entry(IDocument page, string claimId) =>
        page.QuerySelector($"aside a[data-claim='{claimId}']")!.ParentElement!;
}
