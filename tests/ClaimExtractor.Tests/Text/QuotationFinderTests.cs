using ClaimExtraction.Text;

namespace ClaimExtraction.Tests.Text;

public class QuotationFinderTests
{
    private static (string Text, ClaimExtraction.Documents.Quotation[] Quotes) Find(string text)
    {
        var doc = TextAnalyzer.Instance.Analyze(text, CancellationToken.None);
        return (text, doc.Quotations);
    }

    private static string[] Contents(string text, ClaimExtraction.Documents.Quotation q) => q.Parts.Select(p => text[p.Start..p.End]).ToArray();

    [Fact]
    public void Pairs_curly_quotes_and_keeps_nested_single_quotes()
    {
        var (text, quotes) = Find("He said, “They call it ‘fake’ news,” and left.");
        quotes.Should().ContainSingle();
        Contents(text, quotes[0]).Should().Equal("They call it ‘fake’ news,");
        quotes[0].IsClosed.Should().BeTrue();
    }

    [Fact]
    public void Pairs_straight_quotes()
    {
        var (text, quotes) = Find("\"We will win,\" she said. Then \"America First\" again.");
        quotes.Should().HaveCount(2);
        Contents(text, quotes[0]).Should().Equal("We will win,");
        Contents(text, quotes[1]).Should().Equal("America First");
    }

    [Fact]
    public void Ends_an_unclosed_quote_at_the_end_of_its_paragraph()
    {
        var (text, quotes) = Find("“I expect more talks. This must end, and soon.\nNext paragraph here.");
        quotes.Should().ContainSingle();
        quotes[0].IsClosed.Should().BeFalse();
        Contents(text, quotes[0]).Should().Equal("I expect more talks. This must end, and soon.");
    }

    [Fact]
    public void Continues_across_paragraphs_when_the_next_one_reopens_the_quote()
    {
        var (text, quotes) = Find("“First part of the speech.\n“Second part,” she said.");
        quotes.Should().ContainSingle();
        Contents(text, quotes[0]).Should().Equal("First part of the speech.", "Second part,");
        quotes[0].IsClosed.Should().BeTrue();
    }

    [Fact]
    public void Doubled_apostrophes_pair_up_as_a_double_quote()
    {
        var (text, quotes) = Find("He called it ''a total hoax,'' she said, and ''twice'' more.");
        quotes.Should().HaveCount(2);
        Contents(text, quotes[0]).Should().Equal("a total hoax,");
        quotes[0].OpenMark.Should().Be(text.IndexOf("''", StringComparison.Ordinal));
        quotes[0].CloseMark.Should().Be(text.IndexOf(",''", StringComparison.Ordinal) + 1);
        quotes[0].OuterEnd.Should().Be(text.IndexOf(" she", StringComparison.Ordinal));
        Contents(text, quotes[1]).Should().Equal("twice");
    }

    [Fact]
    public void Doubled_apostrophes_continue_a_quote_into_the_next_paragraph()
    {
        var (text, quotes) = Find("''First part of the speech.\n''Second part,'' she said.");
        quotes.Should().ContainSingle();
        Contents(text, quotes[0]).Should().Equal("First part of the speech.", "Second part,");
        quotes[0].IsClosed.Should().BeTrue();
    }

    [Fact]
    public void Nested_double_quotes_stay_inside()
    {
        var (text, quotes) = Find("“He called it “a hoax” twice,” she said.");
        quotes.Should().ContainSingle();
        Contents(text, quotes[0]).Should().Equal("He called it “a hoax” twice,");
    }
}
