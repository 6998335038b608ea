namespace ClaimExtraction.Tests.Attribution;

public class ExtractionTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static ExtractionResult Run(string text) => Extractor.Extract(text);

    [Fact]
    public void Finds_a_that_clause_with_its_subject_and_cue()
    {
        const string text = "Former President Donald Trump has recently claimed that he held a conversation with Putin.";
        var claim = Run(text).Claims.Should().ContainSingle().Subject;
        // PolNeAR's annotators keep the complementizer in the content; so does the model learned from them.
        claim.Text.Should().EndWith("he held a conversation with Putin");
        claim.Kind.Should().Be(ClaimKind.Indirect);
        claim.Cue!.Text.Should().EndWith("claimed");
        claim.Cue.Lemma.Should().Be("claim");
        claim.Speaker!.Name.Should().Be("Donald Trump");
        text[claim.Spans[0].Start..claim.Spans[0].End].Should().Be(claim.Text);
    }

    [Theory]
    [InlineData("“The wealthy pay almost nothing in taxes, and that has to change.” ― Maria Lopez\nThe forum ended at nine.")]
    [InlineData("\"The wealthy pay almost nothing in taxes, and that has to change.\" - Maria Lopez.\nThe forum ended at nine.")]
    public void A_quote_signed_with_a_dash_and_a_name_is_that_persons_claim(string text)
    {
        var claim = Run(text).Claims.Should().ContainSingle().Subject;
        claim.Kind.Should().Be(ClaimKind.Direct);
        claim.Text.Should().StartWith("The wealthy pay").And.EndWith("has to change.");
        claim.Cue.Should().BeNull();
        claim.Speaker!.Name.Should().Be("Maria Lopez");
        claim.Speaker.Mention!.Text.Should().Be("Maria Lopez");
    }

    [Fact]
    public void A_dash_inside_a_paragraph_signs_no_quote()
    {
        Run("“The wealthy pay almost nothing in taxes,” - Maria Lopez and others laughed at the idea.").Claims
            .Should().NotContain(c => c.Speaker != null && c.Speaker.Name == "Maria Lopez" && c.Cue == null);
    }

    [Theory]
    [InlineData("Senator Maria Lopez made a startling claim: the state budget has been balanced for three years.", "claim")]
    [InlineData("The Lopez campaign released a short statement: the senator will not attend the debate next week.", "statement")]
    public void A_speech_noun_before_a_colon_cues_the_clause_after_it(string text, string noun)
    {
        var claim = Run(text).Claims.Should().ContainSingle(c => c.Cue != null && c.Cue.Text == noun).Subject;
        claim.Text.Should().StartWith("the ").And.NotContain(":");
        claim.Speaker.Should().NotBeNull();
        claim.Speaker!.Mention!.Text.Should().Contain("Lopez");
    }

    [Fact]
    public void A_colon_after_a_noun_that_is_no_speech_act_cues_nothing()
    {
        Run("The town bought a new truck: the old one had broken down twice this winter.").Claims.Should().BeEmpty();
    }

    [Fact]
    public void A_verb_inside_another_claims_content_is_no_claim_of_its_own()
    {
        const string text = "Some believe the mayor's speech was a strategy designed to portray him as a strong leader.";
        var claims = Run(text).Claims;
        claims.Should().ContainSingle(c => c.Cue != null && c.Cue.Text == "believe")
            .Which.Text.Should().Contain("designed to portray him as a strong leader");
        claims.Should().NotContain(c => c.Cue != null && c.Cue.Text == "portray");
    }

    [Fact]
    public void Finds_a_quote_before_an_inverted_attribution()
    {
        var claim = Run("“We are not going anywhere,” said Senator Elizabeth Warren.").Claims.Should().ContainSingle().Subject;
        claim.Kind.Should().Be(ClaimKind.Direct);
        claim.Text.Should().Contain("We are not going anywhere");
        claim.Speaker!.Name.Should().Be("Elizabeth Warren");
    }

    [Fact]
    public void Finds_according_to_with_a_role()
    {
        var result = Run("According to political analyst Robert Kagan, the talks are unlikely to succeed.");
        var claim = result.Claims.Should().ContainSingle().Subject;
        claim.Cue!.Lemma.Should().Be("according to");
        claim.Text.Should().Be("the talks are unlikely to succeed");
        result.Speakers.Single().Roles.Should().Contain("political analyst");
        result.Speakers.Single().Kind.Should().Be(SpeakerKind.Person);
    }

    [Fact]
    public void Groups_are_sources_through_relative_clauses_and_parentheticals()
    {
        var result = Run("Concerns grew among critics who argue that the deal might fail. Others, however, caution that it could work.");
        result.Claims.Should().HaveCount(2);
        // The mention keeps the relative pronoun PolNeAR marks as the source, and starts at its antecedent.
        result.Claims[0].Speaker!.Mention!.Text.Should().Be("critics who");
        result.Claims[0].Speaker!.Name.Should().Be("critics");
        result.Claims[0].Speaker!.Kind.Should().Be(SpeakerKind.Group);
        result.Claims[1].Speaker!.Mention!.Text.Should().Be("Others");
    }

    [Fact]
    public void Cuts_an_unclosed_quote_at_its_attribution()
    {
        var claim = Run("“I expect to have many more conversations. This war needs to end, Trump stated when asked about it.")
            .Claims.Should().ContainSingle(c => c.Cue!.Text == "stated").Subject;
        claim.Text.Should().Contain("I expect to have many more conversations. This war needs to end").And.NotContain("Trump").And.NotContain("asked");
        claim.Kind.Should().Be(ClaimKind.Direct);
    }

    [Fact]
    public void Leaves_out_scare_quotes_and_negated_speech()
    {
        var result = Run("His broader “America First” doctrine is popular. The White House has not officially responded to the claims.");
        result.Claims.Should().BeEmpty();
    }

    [Fact]
    public void Resolves_pronouns_and_short_names_to_one_speaker()
    {
        const string text = "Donald Trump said the economy is strong. Trump added that taxes would fall. He argued that Europe should pay.";
        var result = Run(text);
        result.Claims.Should().HaveCount(3);
        result.Claims.Select(c => c.Speaker!.Id).Distinct().Should().ContainSingle();
        var speaker = result.Speakers.Should().ContainSingle().Subject;
        speaker.Name.Should().Be("Donald Trump");
        speaker.Aliases.Should().Contain(["Donald Trump", "Trump"]);
        speaker.Mentions.Should().HaveCount(3);
    }

    [Fact]
    public void Finds_hedges_in_content_and_cue_and_lowers_certainty()
    {
        var result = Run("Trump said that he will win. Experts believe that the deal could possibly collapse.");
        var firm = result.Claims[0];
        var hedged = result.Claims[1];
        firm.Hedges.Should().BeEmpty();
        hedged.Hedges.Select(h => (h.Text, h.Category)).Should().Contain([
            ("believe", HedgeCategory.EpistemicVerb), ("could", HedgeCategory.Modal), ("possibly", HedgeCategory.Adverb)]);
        hedged.Certainty.Should().BeLessThan(firm.Certainty).And.BeInRange(0, 1);
    }

    [Fact]
    public void A_paragraph_that_is_a_whole_quotation_continues_the_previous_quote()
    {
        var result = Run("“We will fight this in court,” the mayor said.\n“There is no question that the law is on our side and we will win.”");
        var claim = result.Claims.Should().ContainSingle().Subject;
        claim.Text.Should().Contain("fight this in court").And.Contain("the law is on our side");
        claim.Spans.Should().HaveCount(2);
        claim.Kind.Should().Be(ClaimKind.Direct);
    }

    [Fact]
    public void A_content_stops_at_the_next_attribution()
    {
        var result = Run("Critics argue that the plan could cost far more than the council expects. According to civil engineer Tom Reyes, the current estimate is “optimistic at best.”");
        var critics = result.Claims.Should().ContainSingle(c => c.Cue!.Lemma == "argue").Subject;
        critics.Text.Should().Contain("the plan could cost far more").And.NotContain("optimistic");
        result.Claims.Should().Contain(c => c.Cue!.Lemma == "according to" && c.Text.Contains("optimistic at best"));
    }
}
