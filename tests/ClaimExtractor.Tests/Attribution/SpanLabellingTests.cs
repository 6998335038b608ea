using ClaimExtraction.Attribution;
using ClaimExtraction.Models;
using ClaimExtraction.Pipeline;

namespace ClaimExtraction.Tests.Attribution;

/// <summary>How the shipped span labeller walks a cue's window.</summary>
public class SpanLabellingTests
{
    private const string Following =
        " The council met for three hours on Tuesday evening and then moved on to the budget for roads and parks and the schools of the town.";

    private static (AttributionContext Context, SpanPreferences Preferences, int[] Labels) Label(string text)
    {
        var document = DocumentPipeline.Default.Analyze(text, CancellationToken.None);
        var context = new AttributionContext(document);
        var cue = Array.FindIndex(document.Tokens, t => text.AsSpan(t.Start, t.End - t.Start).SequenceEqual("said"));
        var window = CueWindow.Around(context, cue, cue + 1);
        var labels = new int[document.Tokens.Length];
        var preferences = new SpanPreferences(document.Tokens.Length);
        new LearnedAttribution(ModelStore.Attribution).LabelWindow(context, window, labels, preferences);
        return (context, preferences, labels);
    }

    private static int LastWord(AttributionContext context, string text, string word) =>
        Array.FindLastIndex(context.Tokens, t => text.AsSpan(t.Start, t.End - t.Start).SequenceEqual(word));

    [Fact]
    public void A_side_of_the_window_ends_once_the_attribution_has_ended()
    {
        const string text = "The mayor said that taxes would fall." + Following;
        var (context, preferences, labels) = Label(text);

        preferences.Content[LastWord(context, text, "taxes")].Should().NotBe(LearnedAttribution.UnlabelledPreference, "the cue's sentence is always labelled");
        var town = LastWord(context, text, "town");
        labels[town].Should().Be(SpanFeatures.Outside);
        preferences.Content[town].Should().Be(LearnedAttribution.UnlabelledPreference, "past the cue's sentence, after a long run of outside words, the rest is left unlabelled");
    }

    [Fact]
    public void A_quotation_past_the_cue_sentence_is_still_labelled()
    {
        var text = "The mayor said that taxes would fall. “" + Following.Trim() + "”";
        var (context, preferences, _) = Label(text);

        preferences.Content[LastWord(context, text, "town")].Should().NotBe(LearnedAttribution.UnlabelledPreference, "a quotation may go on with what was said");
    }
}
