using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimExtraction.Cli.Output;
using ClaimExtraction.Cli.Tests.Support;
using CsvHelper;
using CsvHelper.Configuration;

namespace ClaimExtraction.Cli.Tests;

/// <summary>`--format csv`: one row per claim, RFC 4180, and every field survives a CSV parser.</summary>
public sealed class CsvTests
{
    [Fact]
    public void Csv_has_a_bom_a_header_and_crlf_rows_and_quotes_what_needs_it()
    {
        var run = Tool.Run("extract", Articles.SamplePath, "--format", "csv");

        run.ExitCode.Should().Be(0, run.Stderr);
        run.StdoutBytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var text = run.Stdout.TrimStart('\uFEFF');
        text.Should().StartWith(string.Join(",", CsvResultWriter.Columns) + "\r\n");
        text.Replace("\r\n", "").Should().NotContain("\n", "rows end with CRLF and no claim here holds a line break");
        text.Should().Contain("\"“We owe it to every family that crosses that river,” “The bridge is the spine of this town.”\"");
    }

    [Fact]
    public void Csv_rows_round_trip_with_every_field_intact()
    {
        using var folder = new TempFolder();
        folder.File("harbor.txt", Articles.Harbor + "He said \"yes, \"\"no\"\", maybe\"; she said =SUM(A1) was wrong.\n");
        folder.File("café.txt", Articles.Cafe);
        RoundTrip(folder.Path).Should().BeGreaterThan(3);
    }

    [Fact]
    public void A_claim_across_paragraphs_is_quoted_so_its_line_break_stays_in_the_field()
    {
        var claim = new Claim("c1", ClaimKind.Direct, "first paragraph,\nsecond", [new TextSpan(0, 5), new TextSpan(7, 20)], null, null, [], 0.9, 0.8, 0);
        using var buffer = new MemoryStream();
        using (var writer = new CsvResultWriter(buffer))
        {
            writer.Write(new ExtractedArticle(new Article("a", ""), new ExtractionResult([claim], [])));
            writer.Complete();
        }

        var text = Encoding.UTF8.GetString(buffer.ToArray()).TrimStart('\uFEFF');
        text.Should().EndWith("\r\na,c1,,,,direct,\"first paragraph,\nsecond\",,,0.9,0.8,0,20,0-5 7-20,,,,\r\n");
    }

    [SharedDataFact]
    public void Csv_of_the_84_dev_articles_round_trips_with_every_field_intact()
    {
        var claims = RoundTrip(SharedData.Path("polnear", "dev", "text"));

        claims.Should().BeGreaterThan(1000);
    }

    /// <summary>Runs the folder as JSON Lines and as CSV, parses the CSV back, and checks every field of every row against the JSON.</summary>
    private static int RoundTrip(string folder)
    {
        var jsonl = Tool.Run("extract", folder);
        var csv = Tool.Run("extract", folder, "--format", "csv");
        jsonl.ExitCode.Should().Be(0, jsonl.Stderr);
        csv.ExitCode.Should().Be(0, csv.Stderr);

        var expected = new List<string[]>();
        foreach (var line in jsonl.Lines)
        {
            using var doc = JsonDocument.Parse(line);
            var article = doc.RootElement.GetProperty("doc").GetString()!;
            foreach (var claim in doc.RootElement.GetProperty("claims").EnumerateArray())
            {
                expected.Add(Row(article, claim));
            }
        }

        using var reader = new CsvReader(new StreamReader(new MemoryStream(csv.StdoutBytes), Encoding.UTF8), new CsvConfiguration(CultureInfo.InvariantCulture));
        reader.Read().Should().BeTrue();
        reader.ReadHeader();
        reader.HeaderRecord.Should().Equal(CsvResultWriter.Columns);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, CsvResultWriter.Columns.Length).Select(i => reader.GetField(i)!)]);
            reader.Parser.Count.Should().Be(CsvResultWriter.Columns.Length);
        }

        rows.Should().HaveCount(expected.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Should().Equal(expected[i], $"row {i + 1} is claim {expected[i][1]} of {expected[i][0]}");
        }

        return rows.Count;
    }

    private static string[] Row(string article, JsonElement claim)
    {
        var speaker = claim.GetProperty("speaker");
        var cue = claim.GetProperty("cue");
        var spans = claim.GetProperty("spans").EnumerateArray().ToList();
        var hedges = claim.GetProperty("hedges").EnumerateArray().ToList();
        var mention = speaker.ValueKind == JsonValueKind.Null ? default : speaker.GetProperty("mention");
        return
        [
            article,
            claim.GetProperty("id").GetString()!,
            speaker.ValueKind == JsonValueKind.Null ? "" : speaker.GetProperty("name").GetString()!,
            speaker.ValueKind == JsonValueKind.Null ? "" : speaker.GetProperty("kind").GetString()!,
            cue.ValueKind == JsonValueKind.Null ? "" : cue.GetProperty("text").GetString()!,
            claim.GetProperty("kind").GetString()!,
            claim.GetProperty("text").GetString()!,
            string.Join("; ", hedges.Select(h => h.GetProperty("text").GetString())),
            string.Join("; ", hedges.Select(h => h.GetProperty("category").GetString())),
            Number(claim.GetProperty("certainty")),
            Number(claim.GetProperty("confidence")),
            spans[0].GetProperty("start").GetInt32().ToString(CultureInfo.InvariantCulture),
            spans[^1].GetProperty("end").GetInt32().ToString(CultureInfo.InvariantCulture),
            string.Join(" ", spans.Select(s => $"{s.GetProperty("start").GetInt32()}-{s.GetProperty("end").GetInt32()}")),
            cue.ValueKind == JsonValueKind.Null ? "" : cue.GetProperty("start").GetInt32().ToString(CultureInfo.InvariantCulture),
            cue.ValueKind == JsonValueKind.Null ? "" : cue.GetProperty("end").GetInt32().ToString(CultureInfo.InvariantCulture),
            mention.ValueKind == JsonValueKind.Object ? mention.GetProperty("start").GetInt32().ToString(CultureInfo.InvariantCulture) : "",
            mention.ValueKind == JsonValueKind.Object ? mention.GetProperty("end").GetInt32().ToString(CultureInfo.InvariantCulture) : "",
        ];
    }

    private static string Number(JsonElement value) => value.GetDouble().ToString("0.###", CultureInfo.InvariantCulture);
}
