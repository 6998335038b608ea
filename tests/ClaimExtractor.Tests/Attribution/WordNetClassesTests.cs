using ClaimExtraction.Attribution;
using FluentAssertions;
using Xunit;
using static ClaimExtraction.Attribution.WordNetClasses;

namespace ClaimExtraction.Tests.Attribution;

/// <summary>The embedded WordNet class table: speech and cognition senses of words PolNeAR train never showed as cues.</summary>
public class WordNetClassesTests
{
    [Theory]
    [InlineData("grumble")]
    [InlineData("shriek")]
    [InlineData("mutter")]
    [InlineData("quip")]
    public void Manner_of_speaking_verbs_have_a_communication_sense(string lemma) =>
        Instance.Of(lemma, asVerb: true).Speech.Should().HaveFlag(SpeechSense.Communication);

    [Fact]
    public void Belief_verbs_have_a_cognition_sense() =>
        Instance.Of("believe", asVerb: true).Speech.Should().HaveFlag(SpeechSense.Cognition);

    [Theory]
    [InlineData("arrest")]
    [InlineData("paint")]
    public void Action_verbs_have_no_speech_sense(string lemma)
    {
        var senses = Instance.Of(lemma, asVerb: true);
        senses.Should().NotBe(Senses.Unknown, "WordNet knows the verb");
        senses.Speech.Should().Be(SpeechSense.None);
    }

    [Fact]
    public void Speech_nouns_are_kept_and_other_nouns_are_not()
    {
        Instance.Of("accusation", asVerb: false).Speech.Should().HaveFlag(SpeechSense.Communication);
        Instance.Of("bicycle", asVerb: false).Should().Be(Senses.Unknown, "only nouns with a speech or cognition sense ship");
    }

    [Fact]
    public void The_first_sense_class_separates_words_with_the_same_flags()
    {
        var say = Instance.Of("say", asVerb: true);
        var require = Instance.Of("require", asVerb: true);
        say.FirstClass.Should().Be(VerbCommunication);
        require.FirstClass.Should().NotBe(VerbCommunication, "\"require\" is first a stative verb");
        say.Code.Should().NotBe(require.Code);
    }

    [Fact]
    public void Rows_are_read_case_insensitively_and_malformed_rows_skipped()
    {
        var table = new WordNetClasses([["Grumble", "v", "32"], ["broken"], ["think", "v", "31,32"]]);
        table.Of("grumble", asVerb: true).FirstClass.Should().Be(VerbCommunication);
        table.Of("think", asVerb: true).Speech.Should().Be(SpeechSense.Cognition | SpeechSense.Communication);
        table.Of("think", asVerb: false).Should().Be(Senses.Unknown);
    }
}
