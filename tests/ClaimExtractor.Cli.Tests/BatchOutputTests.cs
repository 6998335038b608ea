using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClaimExtraction.Cli.Tests.Support;

namespace ClaimExtraction.Cli.Tests;

/// <summary>Folders go through the batch API (speakers grouped across articles); JSON Lines stay byte-compatible; a run reports progress.</summary>
public sealed class BatchOutputTests
{
    private const string Named = "Senator Says Budget Talks Will Resume\nSenator Maria Okafor said on Tuesday that the budget talks would resume next week.\n";
    private const string Surname = "Budget Talks Stall Again\nThe talks stalled again on Friday, Okafor said, and no date has been set.\n";

    [Fact]
    public void A_folder_goes_through_the_batch_api_so_speakers_are_grouped_across_articles()
    {
        // Defect: the CLI called Extract per file, so the cross-article speaker grouping was skipped. A later article's bare
        // surname takes the full name an earlier one gave (both ExtractMany and the streaming API group that way).
        using var folder = new TempFolder();
        folder.File("a.txt", Named);
        folder.File("b.txt", Surname);
        var alone = new ClaimExtractor().Extract(Surname);

        var run = Tool.Run("extract", folder.Path);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Lines.Should().HaveCount(2);
        SpeakerNames(run.Lines[1]).Should().Contain("Maria Okafor", "the batch names the surname's person in full");
        alone.Claims.Should().NotContain(c => c.Speaker != null && c.Speaker.Name == "Maria Okafor", "alone, the article names only the surname");
        InputTests.ClaimCount(run.Lines[1]).Should().Be(alone.Claims.Count, "grouping renames speakers; it finds the same claims");
    }

    [Fact]
    public void Json_lines_are_byte_for_byte_what_the_double_serialising_writer_gave()
    {
        // Defect: every result was serialised twice (to JSON, back to a node, then again). The single write must keep the
        // bytes score.py and check_seed.py read: "doc" first, then the result's own fields, the same escaping.
        using var folder = new TempFolder();
        folder.File("harbor.txt", Articles.Harbor);
        folder.File("café \"quoted\".txt", Articles.Cafe);
        var results = new ClaimExtractor().ExtractMany([Articles.Cafe, Articles.Harbor]);
        string[] expected = [OldLine("café \"quoted\"", results[0]), OldLine("harbor", results[1])];

        var run = Tool.Run("extract", folder.Path);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Be(string.Join("", expected.Select(l => l + "\n")));
    }

    [Fact]
    public void Without_a_terminal_a_run_ends_with_a_summary_line()
    {
        // Defect: a folder of 840 articles ran for 11 s with nothing on stderr.
        using var folder = new TempFolder();
        folder.File("a.txt", Articles.Harbor);
        folder.File("b.txt", Articles.Cafe);

        var run = Tool.Run("extract", folder.Path);
        var quiet = Tool.Run("extract", folder.Path, "--quiet");

        run.Stderr.Should().MatchRegex(@"^claim-extractor: 2 articles, \d+ claims, 0\.00 MB in \d+\.\d s \(\d+ articles/s\)\n?$");
        Regex.Match(run.Stderr, @"(\d+) claims").Groups[1].Value.Should().Be(run.Lines.Sum(InputTests.ClaimCount).ToString());
        quiet.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void On_a_terminal_a_run_shows_a_progress_bar_with_articles_per_second_and_the_time_left()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Articles.Harbor);
        folder.File("b.txt", Articles.Cafe);
        var output = Path.Combine(folder.Path, "out.jsonl");

        var run = Tool.Run(["extract", folder.Path, "-o", output], stdin: null, errorIsTerminal: true, stdoutIsTerminal: true);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stderr.Should().Contain("extracting").And.Contain("articles/s").And.Contain("100%").And.Contain("\u001b[");
        run.Stderr.Should().Contain("claim-extractor: 2 articles");
        File.ReadAllLines(output).Should().HaveCount(2);
    }

    [Fact]
    public void With_the_output_on_the_terminal_too_no_bar_cuts_through_it()
    {
        var run = Tool.Run(["extract", Articles.SamplePath], stdin: null, errorIsTerminal: true, stdoutIsTerminal: true);

        run.Stderr.Should().NotContain("\u001b[").And.StartWith("claim-extractor: 1 articles");
    }

    private static List<string> SpeakerNames(string line) =>
        [.. System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("speakers").EnumerateArray().Select(s => s.GetProperty("name").GetString()!)];

    /// <summary>The line the CLI wrote before: the result serialised, parsed into a node, "doc" put first, serialised again.</summary>
    private static string OldLine(string doc, ExtractionResult result)
    {
        var line = JsonNode.Parse(result.ToJson())!.AsObject();
        var withDoc = new JsonObject { ["doc"] = doc };
        foreach (var (key, value) in line.ToList())
        {
            line.Remove(key);
            withDoc[key] = value;
        }

        return withDoc.ToJsonString(ExtractionResult.JsonOptions);
    }
}
