using ClaimExtraction.Documents;
using ClaimExtraction.Text;

namespace ClaimExtraction.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Theory]
    [InlineData("Mr. Smith went to the U.S. Senate.", "Mr.|Smith|went|to|the|U.S.|Senate|.")]
    [InlineData("He didn't say, but Trump's aides can't.", "He|did|n't|say|,|but|Trump|'s|aides|ca|n't|.")]
    [InlineData("“It’s over,” she said—again.", "“|It|’s|over|,|”|she|said|—|again|.")]
    [InlineData("Sen. Warren spent $1,000.50 on 3.5% of it...", "Sen.|Warren|spent|$|1,000.50|on|3.5|%|of|it|...")]
    [InlineData("The Russia-Ukraine war (again) -- \"really\"?", "The|Russia-Ukraine|war|(|again|)|--|\"|really|\"|?")]
    [InlineData("See https://example.com/a?b=1.", "See|https://example.com/a?b=1|.")]
    [InlineData("voters' choice in the '90s", "voters|'|choice|in|the|'90s")]
    [InlineData("He called it ''a hoax,'' she said.", "He|called|it|''|a|hoax|,|''|she|said|.")]
    [InlineData("``Fine,'' he said. ‘Sorry.’” Then", "``|Fine|,|''|he|said|.|‘|Sorry|.|’”|Then")]
    [InlineData("It ended in the U.S. The end.", "It|ended|in|the|U.S|.|The|end|.")]
    [InlineData("Rep. Lee (D-N.Y.) and Washington D.C.'s mayor, Acme Inc., spoke.", "Rep.|Lee|(|D-N.Y.|)|and|Washington|D.C.|'s|mayor|,|Acme|Inc.|,|spoke|.")]
    [InlineData("He cannot go?! Yahoo! said no.", "He|can|not|go|?!|Yahoo!|said|no|.")]
    public void Splits_like_the_treebank(string text, string expected) =>
        string.Join('|', Words(text)).Should().Be(expected);

    [Fact]
    public void Offsets_are_half_open_indices_into_the_input()
    {
        const string text = "  Trump said:\n“Yes.”";
        foreach (var token in Tokenizer.Tokenize(text))
        {
            token.End.Should().BeGreaterThan(token.Start);
            text[token.Start..token.End].Should().NotContainAny(" ", "\n");
        }

        Tokenizer.Tokenize(text)[0].Start.Should().Be(2);
    }

    [Fact]
    public void Marks_paragraph_starts_and_quote_directions()
    {
        var tokens = Tokenizer.Tokenize("A bc.\n\"C d,\" e.");
        tokens[0].Has(TokenShape.ParagraphStart).Should().BeTrue();
        tokens[3].Has(TokenShape.ParagraphStart).Should().BeTrue();
        tokens[3].Has(TokenShape.OpeningQuote).Should().BeTrue();
        tokens[7].Has(TokenShape.ClosingQuote).Should().BeTrue();
    }

    [Fact]
    public void Splits_sentences_but_not_after_abbreviations()
    {
        const string text = "Sen. Warren spoke in the U.S. on Monday. She left! “Is it over?” he asked.\nNew line";
        var tokens = Tokenizer.Tokenize(text);
        var (sentences, paragraphs) = SentenceSplitter.Split(text, tokens);
        sentences.Select(s => text[s.Start..s.End]).Should().Equal(
            "Sen. Warren spoke in the U.S. on Monday.", "She left!", "“Is it over?” he asked.", "New line");
        paragraphs.Should().HaveCount(2);
        sentences[^1].Paragraph.Should().Be(1);
    }

    [Fact]
    public void A_bracketed_abbreviation_before_a_lower_case_word_ends_no_sentence()
    {
        const string text = "Sen. David Perdue (R-Ga.) said he agreed. Others (see above.) Not this one.";
        var tokens = Tokenizer.Tokenize(text);
        var (sentences, _) = SentenceSplitter.Split(text, tokens);
        sentences.Select(s => text[s.Start..s.End]).Should().Equal(
            "Sen. David Perdue (R-Ga.) said he agreed.", "Others (see above.)", "Not this one.");
    }

    [Fact]
    public void Survives_odd_input()
    {
        var odd = "\uD800 lone \uDC00 surrogates \u0000\u0007 controls \"\"\" “ ” ‘ ’ ... -- — " + new string('x', 10000);
        var act = () => Tokenizer.Tokenize(odd);
        act.Should().NotThrow();
    }
}
