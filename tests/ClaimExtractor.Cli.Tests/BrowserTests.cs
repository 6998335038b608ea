using ClaimExtraction.Cli.Tests.Support;

namespace ClaimExtraction.Cli.Tests;

/// <summary>The HTML report in a real browser: headless Chromium runs the page's script, and the DOM it ends with is checked.</summary>
public sealed class BrowserTests
{
    /// <summary>Set to 1 to copy the sample article's screenshot over docs/report.png (the README's picture).</summary>
    private const string UpdateScreenshotVariable = "CLAIM_EXTRACTOR_UPDATE_SCREENSHOT";

    [ChromiumFact(needsSharedData: true)]
    public void The_seed_articles_page_renders_in_chromium_with_every_claim_highlighted()
    {
        using var folder = new TempFolder();
        var seed = SharedData.Path("acceptance", "seed-article.txt");
        var page = Path.Combine(folder.Path, "seed.html");
        var json = Tool.Run("extract", seed);

        var run = Tool.Run("extract", seed, "--format", "html", "-o", page);

        run.ExitCode.Should().Be(0, run.Stderr);
        var dom = ReportChecks.Parse(Chromium.DumpDom(page));
        dom.Body!.GetAttribute("data-ready").Should().Be("true", "the page's script ran to its end without an error");
        ReportChecks.CheckPage(dom, File.ReadAllText(seed), json.Lines[0]);
        var png = Path.Combine(folder.Path, "seed.png");
        Chromium.Screenshot(page, png, 1400, 1000);
        CheckPng(png);
    }

    [ChromiumFact]
    public void The_sample_articles_page_renders_and_opens_on_a_linked_claim_with_its_tooltip()
    {
        using var folder = new TempFolder();
        var page = Path.Combine(folder.Path, "sample.html");
        var json = Tool.Run("extract", Articles.SamplePath);

        var run = Tool.Run("report", Articles.SamplePath, "-o", page);

        run.ExitCode.Should().Be(0, run.Stderr);
        var dom = ReportChecks.Parse(Chromium.DumpDom(page));
        dom.Body!.GetAttribute("data-ready").Should().Be("true");
        ReportChecks.CheckPage(dom, File.ReadAllText(Articles.SamplePath), json.Lines[0]);

        var png = Path.Combine(folder.Path, "report.png");
        Chromium.Screenshot(page, png, 1400, 900, "#c2");
        CheckPng(png);
        if (Environment.GetEnvironmentVariable(UpdateScreenshotVariable) == "1")
        {
            File.Copy(png, Path.Combine(SharedData.RepositoryRoot, "docs", "report.png"), overwrite: true);
        }
    }

    private static void CheckPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        bytes.Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        bytes.Length.Should().BeGreaterThan(20_000, "a rendered page, not a blank one");
    }
}
