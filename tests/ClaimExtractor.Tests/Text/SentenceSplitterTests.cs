using ClaimExtraction.Documents;
using ClaimExtraction.Text;

namespace ClaimExtraction.Tests.Text;

public class SentenceSplitterTests
{
    private static (string[] Sentences, Sentence[] Raw, Paragraph[] Paragraphs) Split(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var (sentences, paragraphs) = SentenceSplitter.Split(text, tokens);
        return (sentences.Select(s => text[s.Start..s.End]).ToArray(), sentences, paragraphs);
    }

    [Theory]
    [InlineData("7 p.m.\nGovernor Smith said taxes would rise.", "7 p.m.\nGovernor Smith said taxes would rise.")]
    [InlineData("The mayor added:\n\n“We will rebuild the bridge.”", "The mayor added:\n\n“We will rebuild the bridge.”")]
    [InlineData("The council\nvoted on Tuesday.", "The council\nvoted on Tuesday.")]
    [InlineData("Budget Fight\n\nThe council voted on Tuesday.", "Budget Fight|The council voted on Tuesday.")]
    [InlineData("Mayor Vows ‘No Retreat’\nThe council voted.", "Mayor Vows ‘No Retreat’|The council voted.")]
    [InlineData("It rained.\nThe council met anyway.", "It rained.|The council met anyway.")]
    public void A_line_break_ends_a_sentence_only_after_final_punctuation_or_a_heading(string text, string expected) =>
        string.Join('|', Split(text).Sentences).Should().Be(expected);

    [Theory]
    [InlineData("She moved to Springfield, Ill. Then she ran.", "She moved to Springfield, Ill.|Then she ran.")]
    [InlineData("She works at Acme Inc. in Ohio now.", "She works at Acme Inc. in Ohio now.")]
    [InlineData("The vote is set for Jan. 5 in the hall.", "The vote is set for Jan. 5 in the hall.")]
    [InlineData("He won in the U.S. The rest of the world shrugged.", "He won in the U.S.|The rest of the world shrugged.")]
    [InlineData("He met the U.S. Senate and Gov. Smith.", "He met the U.S. Senate and Gov. Smith.")]
    [InlineData("The meeting ended at 9 a.m. Tuesday.", "The meeting ended at 9 a.m. Tuesday.")]
    [InlineData("He said no. Then he left.", "He said no.|Then he left.")]
    [InlineData("Item No. 5 is gone.", "Item No. 5 is gone.")]
    public void Abbreviations_end_a_sentence_where_what_follows_says_so(string text, string expected) =>
        string.Join('|', Split(text).Sentences).Should().Be(expected);

    [Theory]
    [InlineData("He left. (Nobody stayed.) Then it rained.", "He left.|(Nobody stayed.)|Then it rained.")]
    [InlineData("Really?! Yes. Wow!!! Fine.", "Really?!|Yes.|Wow!!!|Fine.")]
    [InlineData("“Go home!” she said.", "“Go home!” she said.")]
    [InlineData("“Go home!” She left.", "“Go home!”|She left.")]
    [InlineData("It ended. “Then what?” Nothing.", "It ended.|“Then what?”|Nothing.")]
    public void Closing_marks_follow_the_sentence_end(string text, string expected) =>
        string.Join('|', Split(text).Sentences).Should().Be(expected);

    [Fact]
    public void Doubled_apostrophes_follow_a_sentence_end_as_in_corenlp()
    {
        const string text = "He said it was done. ''We will win,'' he said.";
        Split(text).Sentences.Should().Equal("He said it was done. ''", "We will win,'' he said.");
    }

    [Fact]
    public void Paragraphs_stay_lines_when_a_sentence_runs_across_them()
    {
        const string text = "Title Line\n\nThe mayor added:\n\n“We will rebuild.” It rained.\n\nThe end.";
        var (sentences, raw, paragraphs) = Split(text);
        sentences.Should().Equal("Title Line", "The mayor added:\n\n“We will rebuild.”", "It rained.", "The end.");
        paragraphs.Select(p => text[p.Start..p.End]).Should().Equal("Title Line", "The mayor added:", "“We will rebuild.” It rained.", "The end.");
        paragraphs.Select(p => (p.FirstSentence, p.EndSentence)).Should().Equal((0, 1), (1, 2), (1, 3), (3, 4));
        raw.Select(s => s.Paragraph).Should().Equal(0, 1, 2, 3);
    }

    [Fact]
    public void Empty_input_has_no_sentences()
    {
        var (sentences, paragraphs) = SentenceSplitter.Split("", []);
        sentences.Should().BeEmpty();
        paragraphs.Should().BeEmpty();
    }
}
