using ClaimExtraction.Attribution;
using ClaimExtraction.Attribution.Rules;

using static ClaimExtraction.Tests.Attribution.ParsedText;

namespace ClaimExtraction.Tests.Attribution;

/// <summary>
/// The rules that decide whether a cue reports a speech event and who its speaker is, on parsed sentences: object
/// control, addressed participles, received speech nouns, absent speech and catenative verbs without speech.
/// </summary>
public class SpeechEventRuleTests
{
    private static (AttributionContext Context, CueWindow Window) Setup(string text, string cue)
    {
        var context = Analyze(text);
        var words = cue.Split(' ');
        var first = TokenOf(context, text, words[0]);
        first.Should().BeGreaterThanOrEqualTo(0, $"\"{words[0]}\" is a token of the text");
        return (context, CueWindow.Around(context, first, first + words.Length));
    }

    [Fact]
    public void The_object_of_an_object_control_verb_speaks_its_infinitive()
    {
        const string text = "The long delay prompted the engineers to complain that the bridge was unsafe.";
        var (context, window) = Setup(text, "complain");

        TextOf(context, text, SubjectAsSource.Of(context, window)).Should().Be("the engineers");
        TextOf(context, text, ControlledSubjects.Correct(context, window, (0, 0))).Should().Be("the engineers",
            "a source the labeller missed or put on the governor's subject is the controlling object");
    }

    [Fact]
    public void An_infinitive_of_an_ordinary_verb_shares_its_governor_subject()
    {
        const string text = "The minister refused to say whether the bridge was unsafe.";
        var (context, window) = Setup(text, "say");

        TextOf(context, text, SubjectAsSource.Of(context, window)).Should().Be("The minister");
    }

    [Fact]
    public void A_participle_heading_an_adverbial_clause_does_not_take_the_main_subject()
    {
        const string text = "The minister smiled when asked about the bridge.";
        var (context, window) = Setup(text, "asked");

        SubjectAsSource.Of(context, window).Should().Be((0, 0), "the minister is the one asked, not the asker");
        ControlledSubjects.Correct(context, window, (1, 2)).Should().Be((0, 0), "nor when the labeller proposes the main subject");
    }

    [Fact]
    public void The_receiver_of_a_speech_noun_is_not_its_speaker()
    {
        const string text = "The minister faced accusations of lying to parliament.";
        var (context, window) = Setup(text, "accusations");
        var minister = (1, 2);

        ControlledSubjects.Correct(context, window, minister).Should().Be((0, 0));
    }

    [Fact]
    public void The_maker_of_a_speech_noun_stays_its_speaker()
    {
        const string text = "The minister made accusations of lying against the mayor.";
        var (context, window) = Setup(text, "accusations");

        ControlledSubjects.Correct(context, window, (1, 2)).Should().Be((1, 2));
    }

    [Theory]
    [InlineData("The mayor has not responded to requests for comment.", "has")]
    [InlineData("The mayor declined to comment on the plans.", "declined")]
    [InlineData("The mayor refused to discuss the contract.", "refused")]
    [InlineData("The mayor would not confirm the figures.", "confirm")]
    public void Speech_that_did_not_happen_makes_no_claim(string text, string cue)
    {
        var (context, window) = Setup(text, cue);
        new NoAbsentSpeech().Rejects(context, window).Should().BeTrue();
    }

    [Theory]
    [InlineData("The mayor said the bridge would open in May.", "said")]
    [InlineData("The mayor declined to build the bridge, aides said.", "said")]
    [InlineData("The mayor did not say when the bridge would open.", "say")]
    [InlineData("The mayor does not think the bridge will open in May.", "think")]
    public void Speech_that_happened_or_a_negated_cue_with_a_clause_is_kept(string text, string cue)
    {
        var (context, window) = Setup(text, cue);
        new NoAbsentSpeech().Rejects(context, window).Should().BeFalse();
    }

    [Theory]
    [InlineData("In the poll, most voters backed the plan.", "In")]
    [InlineData("The council met. For the mayor, the plan is a mistake.", "For")]
    [InlineData("The senator reportedly backed the plan.", "reportedly")]
    public void A_framing_preposition_or_evidential_adverb_cue_is_left_to_the_models(string text, string cue)
    {
        var (context, window) = Setup(text, cue);
        new NoFunctionWordCue().Rejects(context, window).Should().BeFalse();
    }

    [Theory]
    [InlineData("The senator backed the plan.", "The")]
    [InlineData("The senator and the mayor backed the plan.", "and")]
    [InlineData("If re-elected, he could push for a reduction in aid.", "for")]
    public void A_determiner_or_conjunction_cue_or_a_verb_complement_preposition_is_rejected(string text, string cue)
    {
        var (context, window) = Setup(text, cue);
        new NoFunctionWordCue().Rejects(context, window).Should().BeTrue();
    }

    [Theory]
    [InlineData("His administration's policies, however, painted a more complex picture.", false)]
    [InlineData("The policy says that every driver must carry a licence.", true)]
    public void A_policy_speaks_only_through_a_speech_verb(string text, bool kept)
    {
        var context = Analyze(text);
        var document = context.Doc;
        var policy = Array.FindIndex(document.Tokens, t => text.AsSpan(t.Start, t.End - t.Start).StartsWith("polic"));
        var verb = policy + (kept ? 1 : 4);
        var claims = OneWordClaim(context, new(document.Tokens[verb + 1].Start, document.Tokens[^2].End), policy, verb, 0.6);

        new NoSpeechFromIdeas().Apply(context, claims, new bool[document.Tokens.Length]);

        claims.Should().HaveCount(kept ? 1 : 0, $"the cue is \"{context.Doc.TokenText(verb)}\"");
    }

    [Fact]
    public void A_catenative_verb_with_an_action_complement_is_no_speech_event()
    {
        const string text = "The allies continue to provide weapons to the army.";
        var (context, window) = Setup(text, "continue");
        new NoCatenativeWithoutSpeech().Rejects(context, window).Should().BeTrue("\"continue\" is first a state, whatever its other senses");
    }

    [Theory]
    [InlineData("The senator continued to insist that the vote was rigged.", "continued")]
    [InlineData("The senator wants to build a wall on the border.", "wants")]
    [InlineData("The senator tried to block the bill in committee.", "tried")]
    [InlineData("The union pushed to raise the minimum wage.", "pushed")]
    public void A_catenative_verb_of_speech_desire_or_effort_stays_a_cue(string text, string cue)
    {
        var (context, window) = Setup(text, cue);
        new NoCatenativeWithoutSpeech().Rejects(context, window).Should().BeFalse();
    }
}
