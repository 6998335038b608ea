using ClaimExtraction.Attribution;
using FluentAssertions;
using Xunit;

namespace ClaimExtraction.Tests.Attribution;

/// <summary>Looking words up in the cue lexicon: seen forms, any letter case, and regular inflections of seen forms.</summary>
public class CueLexiconTests
{
    private static readonly CueLexicon Lexicon = new(
    [
        ["caution", "verb", "0.6", "x", "cautioned"],
        ["urge", "verb", "0.5", "x", ""],
        ["line", "verb", "0.1", "x", ""],
        ["lin", "verb", "0.9", "x", ""],
        ["claim", "noun", "0.4", "x", "claims"],
        ["go", "verb", "0.1", "x", ""],
    ]);

    private static string? VerbLemma(string word) => Lexicon.TryGetVerb(word, out var entry) ? entry.Lemma : null;

    [Fact]
    public void Finds_seen_forms_in_any_letter_case()
    {
        VerbLemma("cautioned").Should().Be("caution");
        VerbLemma("Cautioned").Should().Be("caution");
        Lexicon.TryGetNoun("CLAIMS", out var noun).Should().BeTrue();
        noun.Lemma.Should().Be("claim");
        VerbLemma("claims").Should().BeNull("a noun is not a verb");
    }

    [Fact]
    public void Recognises_regular_inflections_of_seen_forms()
    {
        VerbLemma("cautioning").Should().Be("caution");
        VerbLemma("Urges").Should().Be("urge");
        VerbLemma("urged").Should().Be("urge", "\"d\" after a form ending in e");
        VerbLemma("lines").Should().Be("lin", "the endings are tried in a fixed order, \"es\" before \"s\"");
    }

    [Fact]
    public void Leaves_short_stems_and_other_words_alone()
    {
        VerbLemma("go").Should().Be("go");
        VerbLemma("going").Should().BeNull("a stem of two letters is too short to inflect");
        VerbLemma("said").Should().BeNull();
        VerbLemma("2016").Should().BeNull();
        VerbLemma("").Should().BeNull();
    }
}
