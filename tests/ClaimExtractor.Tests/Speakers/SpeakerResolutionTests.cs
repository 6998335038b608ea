using ClaimExtraction.Training.Speakers;
using FluentAssertions;
using Xunit;

namespace ClaimExtraction.Tests.Speakers;

/// <summary>
/// Possessive sources, possessed groups, trimmed source mentions, pronouns for groups and organizations, bare surnames
/// shared by relatives, "they" for coordinated people, and pronouns for the last speaker.
/// </summary>
public class SpeakerResolutionTests
{
    // Every candidate is kept: these tests are about naming the source, not about the extractor's confidence.
    private static readonly ClaimExtractor Extractor = new(new ClaimExtractorOptions { MinimumConfidence = 0 });

    private static Claim ClaimWith(ExtractionResult result, string contentWord) =>
        result.Claims.First(c => c.Text.Contains(contentWord, StringComparison.Ordinal));

    [Theory]
    [InlineData("Walker’s")]
    [InlineData("Walker's")]
    public void A_possessive_source_is_the_person(string possessive)
    {
        var result = Extractor.Extract($"Governor Scott Walker spoke on Monday. {possessive} warning that the plant will close fueled the debate.");
        var claim = ClaimWith(result, "plant");
        claim.Speaker!.Name.Should().Be("Scott Walker");
        claim.Speaker.Kind.Should().Be(SpeakerKind.Person);
        claim.Speaker.Mention!.Text.Should().Be("Walker");
    }

    [Theory]
    [InlineData("Trump’s")]
    [InlineData("Trump's")]
    public void A_possessed_group_is_named_by_its_head_and_affiliated_to_the_person(string possessive)
    {
        var result = Extractor.Extract($"Donald Trump said the border is secure. {possessive} supporters said the rally was a success.");
        var group = ClaimWith(result, "rally").Speaker!;
        group.Name.Should().Be("supporters");
        group.Kind.Should().Be(SpeakerKind.Group);
        result.Speakers.Single(s => s.Id == group.Id).Affiliation.Should().Be("Donald Trump");
        result.Speakers.Where(s => s.Name.Contains("Trump", StringComparison.OrdinalIgnoreCase)).Should().ContainSingle()
            .Which.Name.Should().Be("Donald Trump");
    }

    [Fact]
    public void Groups_of_different_people_stay_apart()
    {
        var result = Extractor.Extract("Hillary Clinton's allies said the plan is sound. Mitt Romney's allies said the plan is reckless.");
        var first = ClaimWith(result, "sound").Speaker!;
        var second = ClaimWith(result, "reckless").Speaker!;
        first.Name.Should().Be("allies");
        second.Name.Should().Be("allies");
        first.Id.Should().NotBe(second.Id);
        result.Speakers.Select(s => s.Affiliation).Should().Contain(["Hillary Clinton", "Mitt Romney"]);
    }

    [Fact]
    public void An_appositive_becomes_a_role_and_leaves_the_name()
    {
        var result = Extractor.Extract("Aaron Whitfield, a historian at Yale University, said the vote was close.");
        var speaker = result.Claims.Single().Speaker!;
        speaker.Name.Should().Be("Aaron Whitfield");
        speaker.Mention!.Text.Should().Be("Aaron Whitfield");
        result.Speakers.Single().Roles.Should().Contain("a historian at Yale University");
    }

    [Fact]
    public void A_relative_clause_after_the_name_is_cut_from_the_source()
    {
        var result = Extractor.Extract("Mary Lindqvist, who leads the council, said the budget is balanced.");
        result.Claims.Single().Speaker!.Name.Should().Be("Mary Lindqvist");
    }

    [Fact]
    public void A_claim_in_a_who_clause_keeps_the_pronoun_in_its_mention()
    {
        // PolNeAR marks "who" as the source of the claim inside the relative clause; the name stays the speaker's.
        var result = Extractor.Extract("The vote was close on Tuesday. Mary Lindqvist, who said the budget is balanced, left early.");
        var speaker = ClaimWith(result, "budget").Speaker!;
        speaker.Name.Should().Be("Mary Lindqvist");
        speaker.Mention!.Text.Should().EndWith("who");
    }

    [Fact]
    public void A_who_clause_after_a_name_with_a_place_runs_the_mention_through_the_pronoun()
    {
        var result = Extractor.Extract("The vote was close on Tuesday. Senator Mary Lindqvist of Riverton, who told reporters that the budget is balanced, left early.");
        var speaker = ClaimWith(result, "budget").Speaker!;
        speaker.Name.Should().Be("Mary Lindqvist");
        speaker.Mention!.Text.Should().StartWith("Senator Mary Lindqvist").And.EndWith("who");
    }

    [Fact]
    public void A_who_clause_after_a_long_appositive_runs_the_mention_through_the_pronoun()
    {
        var result = Extractor.Extract("The vote was close on Tuesday. \"We lost,\" said Mary Lindqvist, the executive director of the Riverton Harbour Partnership for Safer Ferries, who also said that the budget is balanced.");
        ClaimWith(result, "budget").Speaker!.Mention!.Text.Should().StartWith("Mary Lindqvist").And.EndWith("who");
    }

    [Fact]
    public void It_after_an_organization_is_that_organization()
    {
        var result = Extractor.Extract("The Riverton Water Authority said the pipes are safe. It added that repairs will finish in May.");
        var first = ClaimWith(result, "pipes").Speaker!;
        ClaimWith(result, "repairs").Speaker!.Id.Should().Be(first.Id);
        first.Kind.Should().Be(SpeakerKind.Organization);
    }

    [Fact]
    public void They_after_a_group_is_that_group()
    {
        var result = Extractor.Extract("Local farmers said the drought is severe. They warned that prices will rise.");
        var first = ClaimWith(result, "drought").Speaker!;
        ClaimWith(result, "prices").Speaker!.Id.Should().Be(first.Id);
        result.Speakers.Single(s => s.Id == first.Id).Aliases.Should().NotContain(a => a.Equals("they", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_batch_completes_an_affiliation_to_the_full_name()
    {
        var results = Extractor.ExtractMany(["Donald Trump said the border is secure.", "Trump's supporters said the rally was a success."]);
        results[1].Speakers.Single(s => s.Name == "supporters").Affiliation.Should().Be("Donald Trump");
    }

    [Fact]
    public void Agreement_finds_the_name_anywhere_in_a_long_representative()
    {
        SpeakerEvaluation.Agrees("Bill Clinton", "Former President Bill Clinton criticized Hillary Clinton's plan").Should().BeTrue();
        SpeakerEvaluation.Agrees("Bill Clinton", "Hillary Clinton").Should().BeFalse();
    }

    [Fact]
    public void A_bare_surname_is_the_main_bearer_not_a_relative_named_in_passing()
    {
        var result = Extractor.Extract("Sen. Ted Cruz said the tax plan is unfair. Ted Cruz said the budget is too large. "
            + "Trump retweeted a photo of Heidi Cruz on Monday. \"I will not forget the insult,\" Cruz said in July.");
        ClaimWith(result, "insult").Speaker!.Name.Should().Be("Ted Cruz");
    }

    [Fact]
    public void They_after_two_coordinated_people_is_those_people()
    {
        var result = Extractor.Extract("Mr. Grassley and Mr. Leahy say other changes are needed. The program has expanded well beyond its original intent, they say.");
        var pair = ClaimWith(result, "changes").Speaker!;
        ClaimWith(result, "program").Speaker!.Id.Should().Be(pair.Id);
    }

    [Fact]
    public void A_pronoun_goes_to_the_last_speaker_over_a_name_only_quoted()
    {
        var result = Extractor.Extract("Don Fowler said the party should set up a process for a successor. "
            + "\"Unanimity would be absolutely critical for Elaine Kamarck and the others,\" he said.");
        ClaimWith(result, "Unanimity").Speaker!.Name.Should().Be("Don Fowler");
    }
}
