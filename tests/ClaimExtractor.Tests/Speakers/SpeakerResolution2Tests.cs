using FluentAssertions;
using Xunit;

namespace ClaimExtraction.Tests.Speakers;

/// <summary>Bare surnames shared by relatives, "they" for coordinated people, and pronouns for the last speaker.</summary>
public class SpeakerResolution2Tests
{
    private static readonly ClaimExtractor Extractor = new(new ClaimExtractorOptions { MinimumConfidence = 0 });

    private static Claim ClaimWith(ExtractionResult result, string contentWord) =>
        result.Claims.First(c => c.Text.Contains(contentWord, StringComparison.Ordinal));

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
