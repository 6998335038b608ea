using ClaimExtraction.Documents;
using ClaimExtraction.Attribution;
using ClaimExtraction.Attribution.Rules;

using static ClaimExtraction.Tests.Attribution.ParsedText;

namespace ClaimExtraction.Tests.Attribution;

/// <summary>The rules that set where a content begins and ends, on labels set by hand over a parsed sentence.</summary>
public class ContentBoundaryTests
{
    private static (AttributionContext Context, CueWindow Window, int[] Labels) Setup(string text, string cue)
    {
        var context = Analyze(text);
        var cueToken = TokenOf(context, text, cue);
        var window = CueWindow.Around(context, cueToken, cueToken + 1);
        return (context, window, new int[context.Tokens.Length]);
    }

    private static void MarkContent(int[] labels, int first, int end) => labels.AsSpan(first, end - first).Fill(SpanFeatures.Content);

    [Fact]
    public void Reported_speech_after_the_cue_ends_with_the_cue_sentence()
    {
        const string text = "The mayor said that taxes would fall. Critics disagree with the plan.";
        var (context, window, labels) = Setup(text, "said");
        var critics = TokenOf(context, text, "Critics");
        MarkContent(labels, window.CueEnd, window.End);

        KeepReportedSpeechInCueSentence.Apply(context, window, labels);

        labels[TokenOf(context, text, "fall")].Should().Be(SpanFeatures.Content);
        labels[critics].Should().Be(SpanFeatures.Outside);
        labels[TokenOf(context, text, "plan")].Should().Be(SpanFeatures.Outside);
    }

    [Fact]
    public void After_an_opening_quotation_only_quotations_continue_the_content()
    {
        const string text = "“Taxes will fall next year,” the mayor said as she left the hall. “Schools will get more money.”";
        var (context, window, labels) = Setup(text, "said");
        MarkContent(labels, window.First, TokenOf(context, text, "the"));
        MarkContent(labels, window.CueEnd, TokenOf(context, text, "."));

        ContinueOpeningQuotation.Apply(context, window, labels, new bool[labels.Length]);

        labels[TokenOf(context, text, "Taxes")].Should().Be(SpanFeatures.Content);
        labels[TokenOf(context, text, "left")].Should().Be(SpanFeatures.Outside, "the circumstances of the saying are not what was said");
        labels[TokenOf(context, text, "hall")].Should().Be(SpanFeatures.Outside);
        labels[TokenOf(context, text, "Schools")].Should().Be(SpanFeatures.Content, "the quotation opening the next sentence goes on with what was said");
        labels[TokenOf(context, text, "money")].Should().Be(SpanFeatures.Content);
    }

    [Fact]
    public void A_later_quotation_with_a_cue_of_its_own_leaves_the_content()
    {
        const string text = "“Taxes will fall next year,” the mayor said. “Schools will get more money,” the treasurer noted.";
        var (context, window, labels) = Setup(text, "said");
        MarkContent(labels, window.First, TokenOf(context, text, "the"));
        MarkContent(labels, TokenOf(context, text, "Schools") - 1, TokenOf(context, text, "the", TokenOf(context, text, "Schools")));
        var inCue = new bool[labels.Length];
        inCue[TokenOf(context, text, "noted")] = true;

        LeaveQuotationsCreditedElsewhere.Apply(context, window, labels, inCue);

        labels[TokenOf(context, text, "Taxes")].Should().Be(SpanFeatures.Content);
        labels[TokenOf(context, text, "Schools")].Should().Be(SpanFeatures.Outside, "the treasurer is credited with that quotation");
        labels[TokenOf(context, text, "money")].Should().Be(SpanFeatures.Outside);

        inCue[TokenOf(context, text, "noted")] = false;
        MarkContent(labels, TokenOf(context, text, "Schools") - 1, TokenOf(context, text, "the", TokenOf(context, text, "Schools")));
        LeaveQuotationsCreditedElsewhere.Apply(context, window, labels, inCue);
        labels[TokenOf(context, text, "Schools")].Should().Be(SpanFeatures.Content, "without a cue of its own the quotation goes on with what was said");
    }

    [Fact]
    public void A_quotation_over_several_paragraphs_is_said_whole_when_its_first_paragraph_is()
    {
        const string text = "The mayor said: “Taxes will fall next year.\n\n“Schools will get more money and the buses will run all night long from the spring.\n\n“And the parks will stay open until late in the evening.”";
        var (context, window, labels) = Setup(text, "said");
        MarkContent(labels, TokenOf(context, text, "Taxes"), TokenOf(context, text, "year") + 1);

        CompleteQuotations.Apply(context, window, labels);

        labels[TokenOf(context, text, "Schools")].Should().Be(SpanFeatures.Content, "the quotation goes on over the paragraphs");
        labels[TokenOf(context, text, "evening")].Should().Be(SpanFeatures.Content);
    }

    [Fact]
    public void A_cue_that_says_nothing_in_its_sentence_takes_the_next_quotation()
    {
        const string text = "The mayor, a former teacher, spoke at length. “Taxes will fall next year.” Critics disagree.";
        var (context, window, labels) = Setup(text, "spoke");
        labels[TokenOf(context, text, "length")] = SpanFeatures.Content;

        QuotationAfterBareCue.Apply(context, window, labels, new bool[labels.Length]);

        labels[TokenOf(context, text, "length")].Should().Be(SpanFeatures.Outside, "the circumstances of the saying are not what was said");
        labels[TokenOf(context, text, "Taxes")].Should().Be(SpanFeatures.Content);
        labels[TokenOf(context, text, "Critics")].Should().Be(SpanFeatures.Outside);
    }

    [Fact]
    public void A_cue_with_a_clause_of_its_own_keeps_its_content()
    {
        const string text = "The mayor said that taxes would fall. “Schools will get more money.”";
        var (context, window, labels) = Setup(text, "said");
        MarkContent(labels, TokenOf(context, text, "that"), TokenOf(context, text, "fall") + 1);

        QuotationAfterBareCue.Apply(context, window, labels, new bool[labels.Length]);

        labels[TokenOf(context, text, "fall")].Should().Be(SpanFeatures.Content);
        labels[TokenOf(context, text, "Schools")].Should().Be(SpanFeatures.Outside);
    }

    [Fact]
    public void A_quotation_opening_the_cue_paragraph_starts_the_content()
    {
        const string text = "The mayor spoke to the crowd for an hour.\n“Taxes will fall next year,” she said.";
        var (context, window, labels) = Setup(text, "said");
        MarkContent(labels, window.First, TokenOf(context, text, "she"));

        StartAtOpeningQuotationOfParagraph.Apply(context, window, labels);

        labels[TokenOf(context, text, "crowd")].Should().Be(SpanFeatures.Outside, "the earlier paragraph is not part of the quotation");
        labels[TokenOf(context, text, "Taxes")].Should().Be(SpanFeatures.Content);
    }

    [Fact]
    public void The_opening_words_before_an_inserted_source_and_cue_are_content()
    {
        const string text = "Too often, the mayor said, the debate over taxes is a shouting match.";
        var (context, window, labels) = Setup(text, "said");
        var debate = TokenOf(context, text, "the", window.CueEnd);
        var content = new List<TextRange> { new(context.Tokens[debate].Start, context.Tokens[TokenOf(context, text, "match")].End) };
        var source = (TokenOf(context, text, "the"), TokenOf(context, text, "mayor") + 1);

        var opening = InsertedAttributionOpening.Of(context, window, content, source);

        opening.Should().NotBeNull();
        text[opening!.Value.Start..opening.Value.End].Should().Be("Too often");
        InsertedAttributionOpening.Of(context, window, content, (0, 0)).Should().BeNull("without a source set off by a comma there is no inserted attribution");
    }

    [Fact]
    public void Unquoted_words_before_the_cue_keep_the_content_as_labelled()
    {
        const string text = "Taxes will fall next year, the mayor said as she left the hall. “Schools will get more money.”";
        var (context, window, labels) = Setup(text, "said");
        MarkContent(labels, window.First, TokenOf(context, text, "the"));
        MarkContent(labels, window.CueEnd, TokenOf(context, text, "."));

        ContinueOpeningQuotation.Apply(context, window, labels, new bool[labels.Length]);

        labels[TokenOf(context, text, "left")].Should().Be(SpanFeatures.Content);
        labels[TokenOf(context, text, "Schools")].Should().Be(SpanFeatures.Outside);
    }

    [Fact]
    public void A_leading_preposition_after_the_cue_is_left_out()
    {
        const string text = "The senator warned of a crisis in the budget.";
        var (context, window, labels) = Setup(text, "warned");
        MarkContent(labels, window.CueEnd, TokenOf(context, text, "."));

        DropLeadingPreposition.Apply(context, window, labels);

        labels[TokenOf(context, text, "of")].Should().Be(SpanFeatures.Outside);
        labels[TokenOf(context, text, "a")].Should().Be(SpanFeatures.Content);
    }

    [Fact]
    public void Adverbial_phrases_between_the_cue_and_its_that_clause_are_left_out()
    {
        const string text = "The senator said on Tuesday that the budget would be balanced.";
        var (context, window, labels) = Setup(text, "said");
        MarkContent(labels, window.CueEnd, TokenOf(context, text, "."));

        StartAtThatClauseAfterAdjuncts.Apply(context, window, labels);

        labels[TokenOf(context, text, "on")].Should().Be(SpanFeatures.Outside);
        labels[TokenOf(context, text, "Tuesday")].Should().Be(SpanFeatures.Outside);
        labels[TokenOf(context, text, "that")].Should().Be(SpanFeatures.Content);
        labels[TokenOf(context, text, "balanced")].Should().Be(SpanFeatures.Content);
    }

    [Fact]
    public void An_object_between_the_cue_and_its_that_clause_keeps_the_labels()
    {
        const string text = "The senator told the reporters that the budget would be balanced.";
        var (context, window, labels) = Setup(text, "told");
        MarkContent(labels, window.CueEnd, TokenOf(context, text, "."));

        StartAtThatClauseAfterAdjuncts.Apply(context, window, labels);

        labels[TokenOf(context, text, "reporters")].Should().Be(SpanFeatures.Content, "an object is left to the labeller: train annotators split on it");
    }

    [Fact]
    public void A_complement_clause_cut_short_is_completed_to_its_end()
    {
        const string text = "Officials said that the militia was behind the attack on the consulate.";
        var (context, window, labels) = Setup(text, "said");
        MarkContent(labels, window.CueEnd, TokenOf(context, text, "was") + 1);

        CompleteComplementClause.Apply(context, window, labels, new bool[labels.Length]);

        labels[TokenOf(context, text, "consulate")].Should().Be(SpanFeatures.Content);
        labels[TokenOf(context, text, ".")].Should().Be(SpanFeatures.Outside);
    }

    [Fact]
    public void A_coordination_the_content_resumes_after_is_kept()
    {
        const string text = "The mayor said taxes would fall and added “the budget is balanced” in the same breath.";
        var (context, window, labels) = Setup(text, "said");
        context.Tokens[TokenOf(context, text, "added")].Head.Should().Be(window.CueHead, "the sentence is chosen for a parse that coordinates with the cue");
        MarkContent(labels, window.CueEnd, TokenOf(context, text, "."));

        DropCoordinatedPredicates.Apply(context, window, labels);

        labels[TokenOf(context, text, "fall")].Should().Be(SpanFeatures.Content);
        labels[TokenOf(context, text, "added")].Should().Be(SpanFeatures.Content, "the quotation after it is still content: dropping it would leave a hole");
        labels[TokenOf(context, text, "balanced")].Should().Be(SpanFeatures.Content);
    }

    [Fact]
    public void A_coordinated_verb_in_the_form_of_the_content_stays_content()
    {
        const string text = "The mayor said she was tired and wanted a new deputy.";
        var (context, window, labels) = Setup(text, "said");
        MarkContent(labels, window.CueEnd, TokenOf(context, text, "."));

        DropCoordinatedPredicates.Apply(context, window, labels);

        labels[TokenOf(context, text, "wanted")].Should().Be(SpanFeatures.Content, "\"wanted\" has the form of \"was\" as much as of \"said\"");
        labels[TokenOf(context, text, "deputy")].Should().Be(SpanFeatures.Content);
    }

    [Fact]
    public void A_coordinated_verb_in_the_form_of_the_cue_alone_is_dropped()
    {
        const string text = "The mayor says taxes will fall but avoids details.";
        var (context, window, labels) = Setup(text, "says");
        context.Tokens[TokenOf(context, text, "avoids")].Head.Should().Be(window.CueHead, "the sentence is chosen for a parse that coordinates with the cue");
        MarkContent(labels, window.CueEnd, TokenOf(context, text, "."));

        DropCoordinatedPredicates.Apply(context, window, labels);

        labels[TokenOf(context, text, "fall")].Should().Be(SpanFeatures.Content);
        labels[TokenOf(context, text, "avoids")].Should().Be(SpanFeatures.Outside);
        labels[TokenOf(context, text, "details")].Should().Be(SpanFeatures.Outside);
    }

    [Fact]
    public void A_nested_claim_with_its_own_source_inside_the_covering_content_is_kept()
    {
        const string text = "The report rekindled concerns among critics who argue that the plan might fail.";
        var context = Analyze(text);
        var document = context.Doc;
        int Token(string word) => TokenOf(context, text, word);
        AttributionCandidate Claim(int cue, (int, int) source, int contentFirst, double confidence) => new()
        {
            Content = [new(document.Tokens[contentFirst].Start, document.Tokens[Token("fail")].End)],
            SourceTokens = source,
            CueTokens = (cue, cue + 1),
            CueLemma = text[document.Tokens[cue].Start..document.Tokens[cue].End],
            Sentence = 0,
            Confidence = confidence,
            Pattern = AttributionPattern.Learned,
        };
        var outer = Claim(Token("concerns"), (0, 0), Token("critics"), 0.8);
        var withSource = Claim(Token("argue"), (Token("critics"), Token("who") + 1), Token("that"), 0.6);
        var found = new List<AttributionCandidate> { outer, withSource };

        DropNestedInMoreConfident.Apply(context, found);

        found.Should().Equal(outer, withSource);

        withSource.SourceTokens = (0, 0);
        DropNestedInMoreConfident.Apply(context, found);
        found.Should().Equal(outer);
    }
}
