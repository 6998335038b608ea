using ClaimExtraction.Attribution;
using ClaimExtraction.Attribution.Rules;
using ClaimExtraction.Pipeline;

namespace ClaimExtraction.Tests.Attribution;

/// <summary>The rules over the cues the tagger found, on cues set by hand over a parsed sentence.</summary>
public class CueRuleTests
{
    private static (AttributionContext Context, string Text) Parse(string text) =>
        (new AttributionContext(DocumentPipeline.Default.Analyze(text, CancellationToken.None)), text);

    private static int TokenOf(AttributionContext context, string text, string word) =>
        Array.FindIndex(context.Tokens, t => text.AsSpan(t.Start, t.End - t.Start).SequenceEqual(word));

    [Fact]
    public void A_colon_cue_moves_to_the_reporting_verb_before_it()
    {
        var (context, text) = Parse("Dr. Helga Strand warned on Friday: “The harbour should reopen in March.”");
        var colon = TokenOf(context, text, ":");
        var cues = new List<FoundCue> { new(colon, colon + 1, 1f) };

        new ColonCueToReportingVerb().Apply(context, cues);

        cues.Should().ContainSingle().Which.Start.Should().Be(TokenOf(context, text, "warned"));
    }

    [Fact]
    public void A_colon_cue_after_a_verb_that_is_a_cue_already_is_dropped()
    {
        var (context, text) = Parse("Dr. Helga Strand warned on Friday: “The harbour should reopen in March.”");
        var colon = TokenOf(context, text, ":");
        var warned = TokenOf(context, text, "warned");
        var cues = new List<FoundCue> { new(warned, warned + 1, 1f), new(colon, colon + 1, 1f) };

        new ColonCueToReportingVerb().Apply(context, cues);

        cues.Should().ContainSingle().Which.Start.Should().Be(warned);
    }

    [Fact]
    public void A_colon_after_a_bare_name_stays_the_cue()
    {
        var (context, text) = Parse("Graham: “The harbour should reopen in March.”");
        var colon = TokenOf(context, text, ":");
        var cues = new List<FoundCue> { new(colon, colon + 1, 1f) };

        new ColonCueToReportingVerb().Apply(context, cues);

        cues.Should().ContainSingle().Which.Start.Should().Be(colon);
    }
}
