using ClaimExtraction.Training.Speakers;
using FluentAssertions;
using Xunit;

namespace ClaimExtraction.Tests.Speakers;

/// <summary>Possessive sources, possessed groups, trimmed source mentions and pronouns for groups and organizations.</summary>
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
        var result = Extractor.Extract($"Governor Scott Walker spoke on Monday. {possessive} claim that the plant will close fueled the debate.");
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
}
