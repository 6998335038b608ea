using System.Text.Json;

namespace ClaimExtraction.Tests.Records;

/// <summary>The result's JSON: source-generated, read back exactly, malformed input reported as JSON errors.</summary>
public class JsonTests
{
    private static readonly ClaimExtractor Extractor = new();

    private const string Article = "Budget talks\nCritics argue that the plan could fail, according to the report. "
        + "“We will not accept it,” Senator Maria Lopez told reporters on Tuesday. Lopez said talks might go on.";

    [Fact]
    public void A_result_reads_back_to_the_same_json()
    {
        var json = Extractor.Extract(Article).ToJson();
        var back = ExtractionResult.FromJson(json);
        back.Claims.Should().NotBeEmpty();
        back.ToJson().Should().Be(json);
        ExtractionResult.FromJson(Extractor.Extract(Article).ToJson(indented: true)).ToJson().Should().Be(json);
    }

    [Fact]
    public void Enums_are_camel_case_strings()
    {
        var result = new ExtractionResult(
            [new Claim("c1", ClaimKind.Direct, "x", [new TextSpan(0, 1)], new SpeakerReference("s1", "A B", SpeakerKind.Organization, null), null,
                [new Hedge("may", 0, 1, HedgeCategory.EpistemicVerb)], 0.5, 0.5, 0)],
            []);
        var json = result.ToJson();
        json.Should().Contain("\"kind\":\"direct\"").And.Contain("\"kind\":\"organization\"").And.Contain("\"category\":\"epistemicVerb\"");
        json.Should().Contain("\"cue\":null").And.Contain("\"mention\":null");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"claims\": []}")]
    [InlineData("{\"claims\": null, \"speakers\": []}")]
    [InlineData("{\"claims\": [{}], \"speakers\": []}")]
    [InlineData("{\"claims\": [], \"speakers\": [{\"id\": \"s1\", \"name\": null, \"kind\": \"person\", \"aliases\": [], \"roles\": [], \"mentions\": []}]}")]
    [InlineData("null")]
    [InlineData("[1, 2]")]
    public void Malformed_json_is_a_JsonException(string json)
    {
        var act = () => ExtractionResult.FromJson(json);
        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void The_public_options_read_results_too()
    {
        var json = Extractor.Extract(Article).ToJson();
        JsonSerializer.Deserialize<ExtractionResult>(json, ExtractionResult.JsonOptions)!.ToJson().Should().Be(json);
        var act = () => JsonSerializer.Deserialize<ExtractionResult>("{}", ExtractionResult.JsonOptions);
        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Lone_surrogates_are_written_as_the_replacement_character_and_offsets_keep_counting_them()
    {
        var text = "Critics argue that the plan could fail, according to the report. \uD800";
        var result = Extractor.Extract(text);
        var claim = result.Claims.Should().ContainSingle(c => c.Cue!.Lemma == "argue").Subject;
        var json = result.ToJson();
        json.Should().NotContain("\uD800");
        var speaker = ExtractionResult.FromJson(json).Claims.Single(c => c.Id == claim.Id).Speaker!.Mention!;
        text[speaker.Start..speaker.End].Should().Be("Critics");

        var lone = new ExtractionResult([], [new Speaker("s1", "a\uD800b", SpeakerKind.Person, [], [], [])]);
        ExtractionResult.FromJson(lone.ToJson()).Speakers[0].Name.Should().Be("a\uFFFDb");
    }

    [Fact]
    public void Records_grow_through_init_properties()
    {
        var mention = new Mention { Text = "he", Start = 3, End = 5 };
        mention.Should().Be(new Mention("he", 3, 5));
        (mention with { Start = 4 }).Start.Should().Be(4);
        typeof(Claim).GetMethod("Deconstruct").Should().BeNull("a positional record's Deconstruct would change with every new member");
    }
}
