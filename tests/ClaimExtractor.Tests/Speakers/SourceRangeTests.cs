using FluentAssertions;
using Xunit;

namespace ClaimExtraction.Tests.Speakers;

/// <summary>
/// Which words name a claim's source: never a word of its own quotation, the name beside the cue when the parse gave
/// the cue no subject, and the name an appositive source ("the port's harbour master", "Chairman") belongs to.
/// </summary>
public class SourceRangeTests
{
    private static readonly ClaimExtractor Extractor = new(new ClaimExtractorOptions { MinimumConfidence = 0 });

    private static Claim ClaimWith(ExtractionResult result, string contentWord) =>
        result.Claims.First(c => c.Text.Contains(contentWord, StringComparison.Ordinal));

    [Fact]
    public void A_capitalised_word_inside_the_quotation_is_never_its_speaker()
    {
        var result = Extractor.Extract("Ilona Varga arrived after Pavel Hrubý had left. Ms. Varga noted that the count had been slow. "
            + "\"The harbour stays closed until Friday,\" noted Ms. Varga.");
        var speaker = ClaimWith(result, "harbour").Speaker!;
        speaker.Name.Should().Be("Ilona Varga");
        speaker.Mention!.Text.Should().Be("Ms. Varga");
    }

    [Theory]
    [InlineData("Oskar Lind seemed to reap the benefits of the ferry strike.", "benefits")]
    [InlineData("But the mayor appears ready to use tariffs against the port.", "tariffs")]
    public void A_raising_verb_reports_the_writers_judgement_with_no_source(string text, string contentWord)
    {
        var claim = ClaimWith(Extractor.Extract(text), contentWord);
        claim.Cue!.Text.Should().MatchRegex("seem|appear");
        claim.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_name_set_off_by_an_aside_before_its_cue_is_the_source()
    {
        var result = Extractor.Extract("The council met on Monday. Gordon Whitaker, for example, said he is hopeful that the effort succeeds.");
        ClaimWith(result, "hopeful").Speaker!.Name.Should().Be("Gordon Whitaker");
    }

    [Fact]
    public void A_long_relative_clause_between_the_name_and_its_cue_is_not_the_source()
    {
        var result = Extractor.Extract("Councillor Vega spoke on Monday. Vega, who has campaigned hard for the harbour plan since the mayor dropped his own proposal in February, said the ferries will run again in May.");
        ClaimWith(result, "ferries").Speaker!.Mention!.Text.Should().Be("Vega");
    }

    [Theory]
    [InlineData("Councillor Vega spoke on Monday. Vega - who previously said he would close the harbour to all freight traffic for a year - said the ferries will run again in May.", "Vega")]
    [InlineData("The council met on Monday. A city official, who spoke on the condition of anonymity to discuss internal deliberations, said the ferries will run again in May.", "A city official")]
    public void A_dash_aside_or_a_common_noun_subject_before_the_cue_is_the_source(string text, string mention)
    {
        // The claim of the main clause, not one of the aside's own.
        var claim = Extractor.Extract(text).Claims.Single(c => c.Text.StartsWith("the ferries", StringComparison.Ordinal));
        claim.Speaker!.Mention!.Text.Should().Be(mention);
    }

    [Theory]
    [InlineData("The council met on Monday. The harbour board, for example, said the ferries will run again in May.", "board")]
    [InlineData("The council met on Monday. The mayor, still stinging over the ruling, grudgingly agreed that the ferries will run again in May.", "mayor")]
    public void A_common_noun_subject_of_the_cue_is_the_source(string text, string head)
    {
        ClaimWith(Extractor.Extract(text), "ferries").Speaker!.Mention!.Text.Should().EndWith(head);
    }

    [Theory]
    [InlineData("At this juncture, it's obvious that the council is wasting its breath on the ferries.")]
    [InlineData("By now it should be obvious that voters want to know more about the ferries.")]
    public void An_expletive_it_before_an_adjective_is_no_source(string text)
    {
        var claim = ClaimWith(Extractor.Extract(text), "ferries");
        claim.Speaker.Should().BeNull();
    }

    [Fact]
    public void The_by_agent_of_a_passive_cue_is_the_source()
    {
        var result = Extractor.Extract("The council met on Monday. Mayor Vega was asked by a caller why the ferries are late again. \"We are working on it,\" she said.");
        ClaimWith(result, "ferries").Speaker!.Mention!.Text.Should().Be("a caller");
    }

    [Fact]
    public void An_appositive_source_stands_for_the_name_before_it()
    {
        var result = Extractor.Extract("Speaking to reporters, Oskar Lind, the port's harbour master, said: \"The ferries will run again on Monday.\"");
        ClaimWith(result, "ferries").Speaker!.Name.Should().Be("Oskar Lind");
    }

    [Theory]
    [InlineData("Oskar Lind – the port's harbour master – warned: “The ferries will run again on Monday.”")]
    [InlineData("Oskar Lind—the port's harbour master—warned: “The ferries will run again on Monday.”")]
    public void An_appositive_set_off_by_dashes_is_a_role_not_the_name(string text)
    {
        var result = Extractor.Extract(text);
        ClaimWith(result, "ferries").Speaker!.Name.Should().Be("Oskar Lind");
    }

    [Fact]
    public void A_party_and_state_in_brackets_after_a_name_are_not_the_name()
    {
        var result = Extractor.Extract("“The ferries will run again on Monday,” Rep. Oskar Lind (D-Minn.) said on Friday.");
        ClaimWith(result, "ferries").Speaker!.Name.Should().Be("Oskar Lind");
    }

    [Fact]
    public void A_title_after_a_name_and_a_comma_is_a_role_not_the_name()
    {
        var result = Extractor.Extract("Tomas Reyes, Chairman: “The budget leaves nothing for the libraries.”");
        var speaker = ClaimWith(result, "libraries").Speaker!;
        speaker.Name.Should().Be("Tomas Reyes");
        result.Speakers.Single(s => s.Id == speaker.Id).Roles.Should().Contain("Chairman");
    }

    [Fact]
    public void A_name_before_an_appositive_and_the_cue_is_the_speaker_when_the_parse_gives_no_subject()
    {
        var result = Extractor.Extract("After the vote, Greta Holm, a local teacher, insisted: \"The school cannot lose another classroom.\"");
        var speaker = ClaimWith(result, "classroom").Speaker!;
        speaker.Name.Should().Be("Greta Holm");
        result.Speakers.Single(s => s.Id == speaker.Id).Roles.Should().Contain("a local teacher");
    }

    [Fact]
    public void A_name_after_a_preposition_is_not_taken_for_the_organisation_after_it()
    {
        var result = Extractor.Extract("After her meeting with Obama, the White House announced that the sanctions would end.");
        ClaimWith(result, "sanctions").Speaker!.Name.Should().Be("White House");
    }

    [Fact]
    public void A_pronoun_goes_to_the_possessor_of_the_subject_before_a_nearer_person_in_passing()
    {
        var result = Extractor.Extract("Olaf Berg met Ivan Petrov in Oslo.\n\nBerg's friendship with Petrov has long been discussed. "
            + "Later that year, he said that the treaty was fair.");
        ClaimWith(result, "treaty").Speaker!.Name.Should().Be("Olaf Berg");
    }

    [Fact]
    public void A_pronoun_never_resolves_to_a_name_inside_its_own_quotation()
    {
        var result = Extractor.Extract("Lars Holm and Anna Berg sat down. \"Thank you, Mister Chairman,\" she said. \"The bridge is closed again.\"");
        ClaimWith(result, "bridge").Speaker!.Name.Should().NotContain("Chairman");
    }

    [Fact]
    public void A_finite_verb_after_the_name_is_left_out_of_the_source()
    {
        var result = Extractor.Extract("Ruth Adeyemi snapped: “The ceasefire is holding in the north.”");
        var speaker = ClaimWith(result, "ceasefire").Speaker!;
        speaker.Name.Should().Be("Ruth Adeyemi");
        speaker.Kind.Should().Be(SpeakerKind.Person);
    }

    [Fact]
    public void An_appositive_set_off_by_dashes_stands_for_the_name_before_it()
    {
        var result = Extractor.Extract("Karl Ekberg — the county's water engineer — stated: \"The reservoir is half empty.\"");
        ClaimWith(result, "reservoir").Speaker!.Name.Should().Be("Karl Ekberg");
    }
}
