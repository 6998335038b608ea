using ClaimExtraction.Cli.Tests.Support;

namespace ClaimExtraction.Cli.Tests;

/// <summary>`--format html` and `report`: a self-contained page per article, or a folder with an index.</summary>
public sealed class HtmlReportTests
{
    [Fact]
    public void The_page_highlights_every_claim_and_lists_the_speakers_with_a_legend()
    {
        var text = File.ReadAllText(Articles.SamplePath);
        var json = Tool.Run("extract", Articles.SamplePath);
        var run = Tool.Run("extract", Articles.SamplePath, "--format", "html");

        run.ExitCode.Should().Be(0, run.Stderr);
        ReportChecks.CheckPage(ReportChecks.Parse(run.Stdout), text, json.Lines[0]);
    }

    [Fact]
    public void Article_text_is_escaped_so_it_cannot_become_markup()
    {
        using var folder = new TempFolder();
        var text = Articles.Harbor + "<script>alert(1)</script> & the </script> council said \"<b>no</b>\" to the plan.\n";
        var path = folder.File("tags.txt", text);
        var json = Tool.Run("extract", path, "--min-confidence", "0");

        var run = Tool.Run("extract", path, "--format", "html", "--min-confidence", "0");

        run.ExitCode.Should().Be(0, run.Stderr);
        var page = ReportChecks.Parse(run.Stdout);
        page.QuerySelectorAll("script").Should().HaveCount(2, "the page's data and its own script, nothing from the text");
        page.QuerySelector("main b").Should().BeNull();
        ReportChecks.CheckPage(page, text, json.Lines[0]);
    }

    [Fact]
    public void A_folder_gives_a_page_per_article_and_an_index()
    {
        using var folder = new TempFolder();
        folder.File("in/harbor.txt", Articles.Harbor);
        folder.File("in/café.txt", Articles.Cafe);
        folder.File("in/index.txt", Articles.Cafe);
        var output = Path.Combine(folder.Path, "report");

        var run = Tool.Run("report", Path.Combine(folder.Path, "in"), "-o", output);

        run.ExitCode.Should().Be(0, run.Stderr);
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo("index.html", "harbor.html", "caf_.html", "index-2.html");
        var index = ReportChecks.Parse(ReportChecks.ReadUtf8(Path.Combine(output, "index.html")));
        index.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")).Should().Equal("caf_.html", "harbor.html", "index-2.html");
        index.QuerySelectorAll("tbody a").Select(a => a.TextContent).Should().Equal("café", "harbor", "index");
        ReportChecks.CheckSelfContained(index);
        var page = ReportChecks.Parse(ReportChecks.ReadUtf8(Path.Combine(output, "harbor.html")));
        page.QuerySelector(".back a")!.GetAttribute("href").Should().Be("index.html");
    }

    [Fact]
    public void Several_articles_as_html_without_an_output_folder_is_a_bad_argument()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Articles.Harbor);
        folder.File("b.txt", Articles.Cafe);

        var run = Tool.Run("extract", folder.Path, "--format", "html");

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("-o FOLDER");
    }

    [Fact]
    public void An_output_file_in_a_missing_folder_is_a_bad_argument_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "no", "such", "out.html");

        var run = Tool.Run("extract", Articles.SamplePath, "--format", "html", "-o", output);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("does not exist");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void An_output_that_is_a_folder_is_a_bad_argument_for_a_file_format()
    {
        using var folder = new TempFolder();

        var run = Tool.Run("extract", Articles.SamplePath, "--format", "csv", "-o", folder.Path);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("is a folder");
    }
}
