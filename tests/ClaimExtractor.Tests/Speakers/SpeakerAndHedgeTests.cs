using FluentAssertions;
using Xunit;

namespace ClaimExtraction.Tests.Speakers;

/// <summary>Hand-written sentences for hedge categories, scope, backshift, negation, boosters and certainty.</summary>
public class HedgeTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static Claim Only(string text)
    {
        var claims = Extractor.Extract(text).Claims;
        claims.Should().NotBeEmpty(because: text);
        return claims[0];
    }

    private static IEnumerable<(string, HedgeCategory)> HedgesOf(string text) => Only(text).Hedges.Select(h => (h.Text, h.Category));

    [Fact]
    public void Modal_in_the_content_hedges() =>
        HedgesOf("Officials said the bridge may collapse.").Should().Equal(("may", HedgeCategory.Modal));

    [Fact]
    public void Epistemic_cue_hedges() =>
        HedgesOf("Smith believes that the plan will work.").Should().Equal(("believes", HedgeCategory.EpistemicVerb));

    [Fact]
    public void Modal_adverb_and_approximator_together() =>
        HedgesOf("The mayor said the project could possibly cost about 200 million dollars.").Should().Equal(
            ("could", HedgeCategory.Modal), ("possibly", HedgeCategory.Adverb), ("about", HedgeCategory.Approximator));

    [Fact]
    public void Shield_and_approximator_before_a_sum() =>
        HedgesOf("Critics say the deal is reportedly worth nearly $5 billion.").Should().Equal(
            ("reportedly", HedgeCategory.Shield), ("nearly", HedgeCategory.Approximator));

    [Fact]
    public void Conditional_hedges() =>
        HedgesOf("Jones said the team would win if the weather holds.").Should().Contain(("if", HedgeCategory.Conditional));

    [Fact]
    public void Embedded_question_whether_is_not_a_condition() =>
        HedgesOf("Taylor said voters asked whether the plan was legal.").Should().BeEmpty();

    [Fact]
    public void Evidential_verb_in_the_content_and_speculative_cue() =>
        HedgesOf("Park speculated that the vote seems to favor the incumbent.").Should().Equal(
            ("speculated", HedgeCategory.EpistemicVerb), ("seems", HedgeCategory.EpistemicVerb));

    [Fact]
    public void Backshifted_would_is_not_a_hedge() =>
        HedgesOf("Jones said he would attend the meeting.").Should().BeEmpty();

    [Fact]
    public void Past_ability_could_is_not_a_hedge() =>
        HedgesOf("Brown said she could not attend the meeting.").Should().BeEmpty();

    [Fact]
    public void Could_of_possibility_is_a_hedge() =>
        HedgesOf("Experts warned that the dam could fail.").Should().Equal(("could", HedgeCategory.Modal));

    [Fact]
    public void A_hedge_in_the_neighbouring_sentence_does_not_count()
    {
        var claim = Extractor.Extract("Green said the economy is strong. The weather might change tomorrow.").Claims
            .Single(c => c.Text.Contains("economy", StringComparison.Ordinal));
        claim.Hedges.Should().BeEmpty();
    }

    [Fact]
    public void A_belief_in_a_relative_clause_does_not_count()
    {
        var claim = Extractor.Extract("People who think the plan failed are wrong, Adams said.").Claims
            .Single(c => c.Speaker?.Name == "Adams");
        claim.Hedges.Should().BeEmpty();
    }

    [Fact]
    public void Negation_alone_is_not_a_hedge() =>
        HedgesOf("Officials said the bridge will not collapse.").Should().BeEmpty();

    [Fact]
    public void Boosters_raise_certainty_and_are_not_hedges()
    {
        var boosted = Only("Lee said the results clearly show that the policy works.");
        var plain = Only("Green said the economy is strong.");
        boosted.Hedges.Should().BeEmpty();
        boosted.Certainty.Should().BeGreaterThan(plain.Certainty);
    }

    [Fact]
    public void Cue_strength_orders_certainty()
    {
        var insisted = Only("White insisted that the figures are correct.").Certainty;
        var said = Only("White said that the figures are correct.").Certainty;
        var suggested = Only("White suggested that the figures are correct.").Certainty;
        var speculated = Only("White speculated that the figures are correct.").Certainty;
        insisted.Should().BeGreaterThan(said);
        said.Should().BeGreaterThan(suggested);
        suggested.Should().BeGreaterThan(speculated);
        speculated.Should().BeInRange(0, 1);
    }

    [Fact]
    public void Hedges_lower_certainty() =>
        Only("Officials said the bridge may collapse.").Certainty.Should().BeLessThan(Only("Officials said the bridge will collapse.").Certainty);
}

/// <summary>Speaker identities, aliases, roles and kinds, and grouping across a batch.</summary>
public class SpeakerTests
{
    private static readonly ClaimExtractor Extractor = new();

    [Fact]
    public void Full_name_short_name_and_pronoun_are_one_speaker()
    {
        var result = Extractor.Extract("Former U.S. President Donald Trump said the war must end. Trump added that talks are planned. He said Russia wants peace.");
        result.Claims.Should().HaveCount(3);
        result.Claims.Select(c => c.Speaker!.Name).Should().AllBe("Donald Trump");
        var trump = result.Speakers.Should().ContainSingle().Subject;
        trump.Kind.Should().Be(SpeakerKind.Person);
        trump.Aliases.Should().Contain(["Donald Trump", "Trump"]);
        trump.Roles.Should().ContainSingle(r => r.Equals("Former U.S. President", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Title_with_honorific_resolves_to_the_full_name_without_a_role()
    {
        var result = Extractor.Extract("Barack Obama said the law works. Mr. Obama later said it needs changes.");
        result.Claims.Select(c => c.Speaker!.Name).Should().AllBe("Barack Obama");
        result.Speakers.Single().Roles.Should().BeEmpty();
    }

    [Fact]
    public void Appositive_title_becomes_the_role() =>
        Extractor.Extract("Political analyst Robert Kagan said the approach is risky.").Speakers.Single().Roles
            .Should().ContainSingle(r => r.Equals("political analyst", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void A_pronoun_takes_the_nearest_person_of_its_gender()
    {
        var result = Extractor.Extract("Senator Jane Alvarez said the bill passed. Alvarez's colleague Tom Reed said he disagreed. She said the vote was fair.");
        result.Claims.Select(c => c.Speaker!.Name).Should().Equal("Jane Alvarez", "Tom Reed", "Jane Alvarez");
    }

    [Theory]
    [InlineData("The Biden administration said the rules are final.", SpeakerKind.Organization)]
    [InlineData("Many experts believe the market will recover.", SpeakerKind.Group)]
    [InlineData("Officials said the bridge may collapse.", SpeakerKind.Group)]
    [InlineData("A senior official said the talks stalled.", SpeakerKind.Anonymous)]
    [InlineData("Robert Kagan said the approach is risky.", SpeakerKind.Person)]
    [InlineData("The mayor said the park will open in May.", SpeakerKind.Person)]
    public void Kinds(string text, SpeakerKind kind) =>
        Extractor.Extract(text).Claims.Should().ContainSingle().Which.Speaker!.Kind.Should().Be(kind);

    [Fact]
    public void ExtractMany_gives_one_name_to_the_same_person_across_articles()
    {
        var results = Extractor.ExtractMany(["Former President Donald Trump said the war must end.", "Trump said talks are planned."]);
        results.Should().HaveCount(2);
        results[1].Claims.Single().Speaker!.Name.Should().Be("Donald Trump");
        results[1].Speakers.Single().Aliases.Should().Contain(["Trump", "Donald Trump"]);
        results[0].Claims.Single().Speaker!.Name.Should().Be("Donald Trump");
    }

    [Fact]
    public void ExtractMany_leaves_an_ambiguous_surname_alone()
    {
        var results = Extractor.ExtractMany(["Bill Clinton said the economy grew.", "Hillary Clinton said the plan works.", "Clinton said taxes will rise."]);
        results[2].Claims.Single().Speaker!.Name.Should().Be("Clinton");
    }

    [Fact]
    public void ExtractMany_checks_its_arguments()
    {
        Extractor.Invoking(e => e.ExtractMany(null!)).Should().Throw<ArgumentNullException>();
        Extractor.Invoking(e => e.ExtractMany(["Trump said it works.", null!])).Should().Throw<ArgumentNullException>();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Extractor.Invoking(e => e.ExtractMany(["Trump said it works."], cts.Token)).Should().Throw<OperationCanceledException>();
        Extractor.Invoking(e => e.ExtractMany(["", "  "], cts.Token)).Should().Throw<OperationCanceledException>("a cancelled batch is cancelled, blank or not");
        Extractor.ExtractMany([]).Should().BeEmpty();
        Extractor.ExtractMany([""]).Single().Claims.Should().BeEmpty();
    }
}
