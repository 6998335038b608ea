using ClaimExtraction.Speakers;

namespace ClaimExtraction.Tests.Speakers;

/// <summary>Given names carry a gender prior beyond the short US list, from the derived table.</summary>
public class GivenNameTests
{
    [Theory]
    [InlineData("Tomasz", 1)]
    [InlineData("Kwame", 1)]
    [InlineData("Fatima", -1)]
    [InlineData("hillary", -1)]
    [InlineData("Donald", 1)]
    [InlineData("Jordan", 0)] // the lists disagree
    [InlineData("Xyzzy", 0)]
    public void A_given_name_has_the_gender_every_list_agrees_on(string given, int gender) =>
        GivenNames.GenderOf(given).Should().Be(gender);

    [Fact]
    public void After_two_people_he_is_the_man()
    {
        const string text = "Fatima Haddad and Tomasz Wojcik toured the site together. “The plant will run on solar power by next spring,” he noted.";

        var claim = new ClaimExtraction.ClaimExtractor().Extract(text).Claims.Should().ContainSingle().Subject;

        claim.Speaker!.Name.Should().Be("Tomasz Wojcik");
    }
}
