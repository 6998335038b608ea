using ClaimExtraction.Attribution;
using ClaimExtraction.Attribution.Rules;

using static ClaimExtraction.Tests.Attribution.ParsedText;

namespace ClaimExtraction.Tests.Attribution;

/// <summary>The rules over the cues the tagger found, on cues set by hand over a parsed sentence.</summary>
public class CueRuleTests
{
    private static (AttributionContext Context, string Text) Parse(string text) => (Analyze(text), text);

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

    [Fact]
    public void A_reporting_verb_of_a_quantifier_in_a_relative_clause_becomes_a_cue()
    {
        var (context, text) = Parse("The senator defended a tariff that many believe weakened the local steel industry.");
        var cues = new List<FoundCue>();

        new QuantifierBeliefInRelativeClause().Apply(context, cues);

        cues.Should().ContainSingle().Which.Start.Should().Be(TokenOf(context, text, "believe"));
    }

    [Fact]
    public void A_pronoun_subject_in_a_relative_clause_adds_no_cue()
    {
        var (context, _) = Parse("The senator defended a tariff that he believes weakened the local steel industry.");
        var cues = new List<FoundCue>();

        new QuantifierBeliefInRelativeClause().Apply(context, cues);

        cues.Should().BeEmpty();
    }

    [Fact]
    public void A_quantifier_verb_without_a_speech_sense_adds_no_cue()
    {
        var (context, _) = Parse("The senator defended a tariff that many buy from abroad.");
        var cues = new List<FoundCue>();

        new QuantifierBeliefInRelativeClause().Apply(context, cues);

        cues.Should().BeEmpty();
    }

    [Fact]
    public void A_verb_that_is_a_cue_already_is_not_added_again_and_the_order_is_kept()
    {
        var (context, text) = Parse("Officials said it was a tariff that some believe weakened the industry, the report added.");
        var said = TokenOf(context, text, "said");
        var believe = TokenOf(context, text, "believe");
        var added = TokenOf(context, text, "added");
        var cues = new List<FoundCue> { new(said, said + 1, 5f), new(believe, believe + 1, 3f), new(added, added + 1, 5f) };

        new QuantifierBeliefInRelativeClause().Apply(context, cues);

        cues.Select(c => c.Start).Should().Equal(said, believe, added);
        cues[1].Margin.Should().Be(3f);
    }

    [Fact]
    public void An_added_cue_goes_between_the_cues_around_it()
    {
        var (context, text) = Parse("Officials said it was a tariff that some believe weakened the industry, the report added.");
        var said = TokenOf(context, text, "said");
        var added = TokenOf(context, text, "added");
        var cues = new List<FoundCue> { new(said, said + 1, 5f), new(added, added + 1, 5f) };

        new QuantifierBeliefInRelativeClause().Apply(context, cues);

        cues.Select(c => c.Start).Should().Equal(said, TokenOf(context, text, "believe"), added);
    }
}
