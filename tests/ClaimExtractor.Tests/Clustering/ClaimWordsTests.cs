using ClaimExtraction.Clustering;

namespace ClaimExtraction.Tests.Clustering;

public class ClaimWordsTests
{
    private static string Show(string text, params TextSpan[] spans) =>
        string.Join(" ", ClaimWords.QuotedWords(text, spans.Length == 0 ? [new TextSpan(0, text.Length)] : spans).Select(w => w.Text ?? "|"));

    [Fact]
    public void Quoted_words_leave_out_the_unquoted_ones_and_mark_each_new_quotation_and_ellipsis()
    {
        Show("he said “We will win,” and then “we will win big … very big”").Should().Be("we will win | we will win big | very big");
    }

    [Fact]
    public void Two_apostrophes_quote_as_a_double_quotation_mark_does_and_possessives_are_one_word()
    {
        Show("that ''NASA's best engineer'' is ''NASA’ best''").Should().Be("nasa best engineer | nasa best");
    }

    [Fact]
    public void Text_without_quotation_marks_is_all_quoted_and_a_gap_between_spans_is_a_break()
    {
        // Claim.Text joins the spans [0, 11) and [20, 28) with one space.
        Show("We will win big now", new TextSpan(0, 11), new TextSpan(20, 28)).Should().Be("we will win | big now");
    }

    [Fact]
    public void Content_words_drop_function_words_case_and_a_plural_s()
    {
        var a = new List<ulong>();
        var b = new List<ulong>();
        ClaimWords.ContentHashes("The Walls that we will build", a);
        ClaimWords.ContentHashes("build a wall", b);

        a.Should().Equal(b);
        a.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Donald Trump", SpeakerKind.Person, "p:trump")]
    [InlineData("Mr. Trump", SpeakerKind.Person, "p:trump")]
    [InlineData("Martin Luther King Jr.", SpeakerKind.Person, "p:king")]
    [InlineData("he", SpeakerKind.Person, null)]
    [InlineData("The New York Times", SpeakerKind.Organization, "o:new york times")]
    [InlineData("Senate Republicans", SpeakerKind.Group, "g:senate republicans")]
    [InlineData("a senior official", SpeakerKind.Anonymous, null)]
    public void Speakers_are_compared_by_surname_or_by_name(string name, SpeakerKind kind, string? key)
    {
        ClaimClusterer.SpeakerKey(new SpeakerReference("s1", name, kind, null), groups: true).Should().Be(key);
    }
}
