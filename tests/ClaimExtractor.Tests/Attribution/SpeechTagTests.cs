using ClaimExtraction.Attribution;
using ClaimExtraction.Attribution.Rules;
using ClaimExtraction.Documents;

namespace ClaimExtraction.Tests.Attribution;

/// <summary>A name and a reporting verb beside a quotation credit it, whatever the cue tagger found.</summary>
public class SpeechTagTests
{
    private static (AttributionContext Context, List<AttributionCandidate> Found) Apply(string text, params AttributionCandidate[] found)
    {
        var context = ParsedText.Analyze(text);
        var list = found.ToList();
        new SpeechTags().Apply(context, list, new bool[context.Tokens.Length]);
        return (context, list);
    }

    private static string Source(AttributionContext context, string text, AttributionCandidate claim) =>
        ParsedText.TextOf(context, text, claim.SourceTokens);

    private static string Content(string text, AttributionCandidate claim) => string.Join(" ", claim.Content.Select(r => text[r.Start..r.End]));

    [Theory]
    [InlineData("“The wells have run dry,” Oskar Lind grumbled.", "Oskar Lind", "grumbled")]
    [InlineData("“The wells have run dry,” grumbled Oskar Lind, a farmer.", "Oskar Lind", "grumbled")]
    [InlineData("“The wells have run dry”—shrieked Oskar Lind.", "Oskar Lind", "shrieked")]
    [InlineData("“The wells have run dry,” Oskar Lind sobbed.", "Oskar Lind", "sobbed")]
    public void A_quotation_with_a_speech_tag_is_its_speaker_claim(string text, string speaker, string cue)
    {
        var (context, found) = Apply(text);

        var claim = found.Should().ContainSingle().Subject;
        Source(context, text, claim).Should().Be(speaker);
        ParsedText.TextOf(context, text, claim.CueTokens).Should().Be(cue);
        Content(text, claim).Should().StartWith("“The wells have run dry");
    }

    [Theory]
    [InlineData("Hy Cld \u2643 o. Ty\u0000says\u201D")] // found by the property tests: a tag at the very start of the text
    [InlineData("Kim said, Lee Park")]
    public void A_trailing_tag_at_the_edge_of_the_text_is_read_without_a_crash(string text)
    {
        var context = ParsedText.Analyze(text);
        var found = new List<AttributionCandidate>();

        var apply = () => new TrailingSpeechTags().Apply(context, found, new bool[context.Tokens.Length]);

        apply.Should().NotThrow();
    }

    [Fact]
    public void A_quotation_of_several_sentences_is_tagged_in_its_last()
    {
        const string text = "Oskar Lind came back from the hills. “It was a long week. The wells have run dry,” he grumbled.";
        var (context, found) = Apply(text);

        var claim = found.Should().ContainSingle().Subject;
        Content(text, claim).Should().Be("“It was a long week. The wells have run dry,”");
        Source(context, text, claim).Should().Be("he");
    }

    [Fact]
    public void A_name_and_colon_before_a_quotation_that_is_the_whole_paragraph_credit_it()
    {
        const string text = "Lind: “The wells have run dry”\n\nOskar Lind spoke to reporters on Monday.";
        var (context, found) = Apply(text);

        var claim = found.Should().ContainSingle().Subject;
        Source(context, text, claim).Should().Be("Lind");
        Content(text, claim).Should().Be("“The wells have run dry”");
    }

    [Theory]
    [InlineData("Oskar Lind said the wells had run dry. “They are empty.” He added that rain was due.")]
    [InlineData("The mayor called the plan “a disgrace,” blaming the council.")]
    [InlineData("“The wells have run dry,” Oskar Lind ate.")]
    public void A_quotation_without_a_speech_tag_beside_it_is_left_alone(string text)
    {
        var (_, found) = Apply(text);

        found.Should().BeEmpty();
    }

    [Fact]
    public void The_claim_of_the_tag_verb_takes_the_quotation_and_the_name()
    {
        const string text = "Oskar Lind – the valley's oldest farmer – grumbled: “The wells have run dry.”";
        var context = ParsedText.Analyze(text);
        int TokenOf(string word) => ParsedText.TokenOf(context, text, word);
        var quote = context.Doc.Quotations.Should().ContainSingle().Subject;
        var claim = new AttributionCandidate
        {
            Content = [new TextRange(quote.OpenMark, quote.OuterEnd)],
            SourceTokens = (TokenOf("oldest"), TokenOf("farmer") + 1),
            CueTokens = (TokenOf("grumbled"), TokenOf("grumbled") + 1),
            CueLemma = "grumble",
            Sentence = 0,
            Pattern = AttributionPattern.Learned,
            Confidence = 0.9,
        };
        var found = new List<AttributionCandidate> { claim };

        new SpeechTags().Apply(context, found, new bool[context.Tokens.Length]);

        found.Should().ContainSingle();
        Source(context, text, claim).Should().Be("Oskar Lind", "the apposition between the dashes is a role, not the speaker");
    }
}

/// <summary>A name and a reporting verb ending the sentence after a comma credit the clause before it.</summary>
public class TrailingSpeechTagTests
{
    private static (AttributionContext Context, List<AttributionCandidate> Found) Apply(string text)
    {
        var context = ParsedText.Analyze(text);
        var found = new List<AttributionCandidate>();
        new TrailingSpeechTags().Apply(context, found, new bool[context.Tokens.Length]);
        return (context, found);
    }

    [Theory]
    [InlineData("The wells will run dry by the summer, Oskar Lind warned.", "The wells will run dry by the summer", "Oskar Lind")]
    [InlineData("The wells will run dry by the summer, warned Oskar Lind, a farmer.", "The wells will run dry by the summer", "Oskar Lind")]
    [InlineData("The bridge needed urgent repairs, Jonas Lindqvist said.", "The bridge needed urgent repairs", "Jonas Lindqvist")] // "needed" tagged VBN
    [InlineData("The wells will run dry by the summer, Oskar Lind said on Monday.", "The wells will run dry by the summer", "Oskar Lind")]
    [InlineData("The wells will run dry by the summer, Oskar Lind said Tuesday.", "The wells will run dry by the summer", "Oskar Lind")]
    public void The_clause_before_a_trailing_tag_is_the_speaker_claim(string text, string content, string speaker)
    {
        var (context, found) = Apply(text);

        var claim = found.Should().ContainSingle().Subject;
        text[claim.Content[0].Start..claim.Content[0].End].Should().Be(content);
        ParsedText.TextOf(context, text, claim.SourceTokens).Should().Be(speaker);
    }

    [Theory]
    [InlineData("Asked whether the wells would run dry by the summer, Oskar Lind demurred.")]
    [InlineData("The council bought several farms near the river, including Oskar Lind.")]
    public void Circumstances_and_lists_before_a_trailing_name_are_no_claim(string text) =>
        Apply(text).Found.Should().BeEmpty();
}

/// <summary>The phrase after "according to" is the source, none of it content.</summary>
public class AccordingToSourceTests
{
    [Fact]
    public void A_document_after_according_to_is_the_source_and_leaves_the_content()
    {
        const string text = "According to the ministry's annual review, fares will stay the same.";
        var context = ParsedText.Analyze(text);
        int TokenOf(string word) => ParsedText.TokenOf(context, text, word);
        var claim = new AttributionCandidate
        {
            Content = [new TextRange(text.IndexOf("annual", StringComparison.Ordinal), text.Length - 1)],
            SourceTokens = (TokenOf("the"), TokenOf("ministry") + 1),
            CueTokens = (TokenOf("According"), TokenOf("to") + 1),
            CueLemma = "according to",
            Sentence = 0,
            Pattern = AttributionPattern.Learned,
            Confidence = 0.9,
        };

        new AccordingToSource().Apply(context, [claim], new bool[context.Tokens.Length]);

        text[claim.Content[0].Start..claim.Content[^1].End].Should().Be("fares will stay the same");
        ParsedText.TextOf(context, text, claim.SourceTokens).Should().Be("the ministry's annual review");
    }
}

/// <summary>A speech noun with a "by" agent and a "that" clause is the agent's claim.</summary>
public class SpeechNounAgentTests
{
    [Fact]
    public void The_agent_of_a_speech_noun_claims_its_that_clause()
    {
        const string text = "The claim by Oskar Lind that the wells were empty surprised the council.";
        var context = ParsedText.Analyze(text);
        var found = new List<AttributionCandidate>();

        new SpeechNounAgent().Apply(context, found, new bool[context.Tokens.Length]);

        var claim = found.Should().ContainSingle().Subject;
        text[claim.Content[0].Start..claim.Content[0].End].Should().Be("that the wells were empty");
        ParsedText.TextOf(context, text, claim.SourceTokens).Should().Be("Oskar Lind");
    }

    [Fact]
    public void A_noun_without_speech_senses_makes_no_claim()
    {
        const string text = "The bridge by Oskar Lind that the council paid for alarmed the residents.";
        var context = ParsedText.Analyze(text);
        var found = new List<AttributionCandidate>();

        new SpeechNounAgent().Apply(context, found, new bool[context.Tokens.Length]);

        found.Should().BeEmpty();
    }
}

/// <summary>A pronoun inside a quotation is a word of that quotation, not a source for a cue outside it.</summary>
public class QuotationSourceTests
{
    [Theory]
    [InlineData("The exhibition “We Were Never Here” opens on Friday at the city museum.", "We", "opens", false)]
    [InlineData("The exhibition “We Were Never Here” opens on Friday, the curator said.", "curator", "said", true)]
    public void A_pronoun_source_inside_a_quotation_without_the_cue_makes_no_claim(string text, string source, string cue, bool kept)
    {
        var context = ParsedText.Analyze(text);
        int TokenOf(string word) => ParsedText.TokenOf(context, text, word);
        var found = ParsedText.OneWordClaim(context, new(0, text.Length - 1), TokenOf(source), TokenOf(cue), 0.8);

        new NoSourceInsideQuotation().Apply(context, found, new bool[context.Tokens.Length]);

        found.Should().HaveCount(kept ? 1 : 0);
    }
}
