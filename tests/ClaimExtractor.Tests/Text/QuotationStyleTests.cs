using ClaimExtraction.Documents;
using ClaimExtraction.Text;

namespace ClaimExtraction.Tests.Text;

/// <summary>
/// The text stage's handling of quotation styles beyond PolNeAR's: single marks, attributions after quoted questions
/// and dashes, names ending in an initial before the next quote, unclosed quotes with their attribution inside, and
/// floods of marks. Each test fails without the mechanism it names.
/// </summary>
public class QuotationStyleTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static AnnotatedDocument Analyze(string text) => TextAnalyzer.Instance.Analyze(text, CancellationToken.None);

    private static string[] Quoted(string text) =>
        Analyze(text).Quotations.Select(q => string.Join("|", q.Parts.Select(p => text[p.Start..p.End]))).ToArray();

    private static string Sentences(string text)
    {
        var doc = Analyze(text);
        return string.Join("|", doc.Sentences.Select(s => text[s.Start..s.End]));
    }

    [Theory]
    [InlineData("‘The bridge needs repairs,’ she said.", "The bridge needs repairs,")]
    [InlineData("He said: 'Fares will stay the same'.", "Fares will stay the same")]
    [InlineData("‘Fares will stay the same’ — said Dr. Lin.", "Fares will stay the same")]
    public void Credited_single_marks_outside_double_quotes_make_a_quotation(string text, string quoted) =>
        Quoted(text).Should().Equal(quoted);

    [Theory]
    [InlineData("The farmers' union said it didn't know.")]
    [InlineData("Prices in the '90s were lower, she said.")]
    [InlineData("He left 'without a word and never came back.")]
    [InlineData("Okafor Calls Fare Plan ‘A Disgrace’")]
    [InlineData("He called it a 'crazy system' on Monday.")]
    public void Apostrophes_unclosed_single_marks_and_uncredited_single_quotes_quote_nothing(string text) =>
        Quoted(text).Should().BeEmpty();

    [Fact]
    public void A_single_mark_inside_a_double_quote_stays_part_of_it()
    {
        Quoted("“They call it ‘fake’ news,” he said.").Should().Equal("They call it ‘fake’ news,");
    }

    [Fact]
    public void Single_quoted_speech_is_a_direct_claim()
    {
        var claim = Extractor.Extract("‘The bridge needs urgent repairs before winter,’ Maria Okafor said.").Claims.Should().ContainSingle().Subject;
        claim.Kind.Should().Be(ClaimKind.Direct);
        claim.Speaker!.Name.Should().Contain("Okafor");
    }

    [Theory]
    [InlineData("“Who will pay for the repairs?” Maria Okafor asked.", "“Who will pay for the repairs?” Maria Okafor asked.")]
    [InlineData("“Close the road!” yelled Dr. Lin.", "“Close the road!” yelled Dr. Lin.")]
    [InlineData("“Who will pay?” Nobody knows yet.", "“Who will pay?”|Nobody knows yet.")]
    public void A_quoted_question_runs_on_into_its_attribution(string text, string expected) =>
        Sentences(text).Should().Be(expected);

    [Fact]
    public void A_quoted_question_with_its_named_speaker_after_it_is_found_at_the_default_threshold()
    {
        var claim = Extractor.Extract("“Who is going to pay for the repairs?” Maria Okafor asked.").Claims.Should().ContainSingle().Subject;
        claim.Kind.Should().Be(ClaimKind.Direct);
        claim.Speaker!.Name.Should().Contain("Okafor");
        claim.Cue!.Text.Should().Be("asked");
    }

    [Theory]
    [InlineData("“We found nothing.” — Capt. D. Moreau said on Friday.", "“We found nothing.” — Capt. D. Moreau said on Friday.")]
    [InlineData("“Wait!”—said Mrs. Lowell.", "“Wait!”—said Mrs. Lowell.")]
    [InlineData("It rained. — Then it stopped.", "It rained.|— Then it stopped.")]
    public void A_dash_after_a_closing_mark_joins_the_quote_to_its_attribution(string text, string expected) =>
        Sentences(text).Should().Be(expected);

    [Theory]
    [InlineData("“The bridge is safe,” said Anna K. “The tram is late,” said Dr. Lin.", "“The bridge is safe,” said Anna K.|“The tram is late,” said Dr. Lin.")]
    [InlineData("“We lost,” said Carl Benning Jr. “Badly.”", "“We lost,” said Carl Benning Jr.|“Badly.”")]
    [InlineData("He met Dr. Lin and Anna K. Smith today.", "He met Dr. Lin and Anna K. Smith today.")]
    public void A_name_ending_in_an_initial_ends_the_sentence_before_a_quotation(string text, string expected) =>
        Sentences(text).Should().Be(expected);

    [Theory]
    [InlineData("“It is safe,” said Anna K. Rev. P. Nkemelu disagreed: “It is not.”", "“It is safe,” said Anna K.|Rev. P. Nkemelu disagreed: “It is not.”")]
    [InlineData("“It is safe,” said Martin L. Elena Petrescu disagreed: “It is not.”", "“It is safe,” said Martin L.|Elena Petrescu disagreed: “It is not.”")]
    [InlineData("“It is safe,” said Omar T. Daniel Brandt said later.", "“It is safe,” said Omar T.|Daniel Brandt said later.")]
    [InlineData("President John F. Kennedy said it was safe.", "President John F. Kennedy said it was safe.")]
    [InlineData("They met John F. Kennedy Jr. in Boston.", "They met John F. Kennedy Jr. in Boston.")]
    [InlineData("He thanked U.S. Sen. Bob Casey.", "He thanked U.S. Sen. Bob Casey.")]
    public void A_name_ending_in_an_initial_ends_the_sentence_before_the_next_speaker(string text, string expected) =>
        Sentences(text).Should().Be(expected);

    [Theory]
    [InlineData("Oskar Lind exclaimed: ‘Close the gates!’")]
    [InlineData("‘Close the gates!’ shrieked Oskar Lind.")]
    [InlineData("Lind: ‘Close the gates before the flood’\n\nOskar Lind spoke on Monday.")]
    public void A_single_quotation_credited_by_a_manner_of_speaking_verb_is_a_quotation(string text) =>
        Analyze(text).Quotations.Should().ContainSingle();

    [Fact]
    public void An_unclosed_quote_ends_where_its_attribution_begins_and_does_not_swallow_the_next_paragraph()
    {
        var text = "“Rents have doubled in five years, Maria Okafor said.\n\n“The bridge is safe,” said Dr. Lin.";
        var quotes = Analyze(text).Quotations;
        quotes.Should().HaveCount(2);
        quotes[0].IsClosed.Should().BeFalse();
        text[quotes[0].ContentStart..quotes[0].ContentEnd].Should().Be("Rents have doubled in five years");
        text[quotes[1].ContentStart..quotes[1].ContentEnd].Should().Be("The bridge is safe,");
    }

    [Theory]
    [InlineData("“I expect more talks. This must end, he said when asked.", "I expect more talks. This must end")]
    [InlineData("“The harbour reopens in March, said the harbour master.", "The harbour reopens in March")]
    [InlineData("“We need buses, trams, and trains, all of them.", "We need buses, trams, and trains, all of them.")]
    public void An_unclosed_quote_stops_only_at_an_attribution(string text, string quoted) =>
        Quoted(text).Should().Equal(quoted);

    [Theory]
    [InlineData('"')]
    [InlineData('\u201C')]
    [InlineData('\u2018')]
    public void A_flood_of_one_mark_is_one_token_and_no_quotation(char mark)
    {
        var text = new string(mark, 100_000);
        var doc = Analyze(text);
        doc.Tokens.Should().ContainSingle();
        doc.Quotations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("“Wait!”—said Mrs. Lowell.", "“ Wait ! ” — said Mrs. Lowell .")]
    [InlineData("\"The bridge is safe\"--claimed Hugo.", "\" The bridge is safe \" -- claimed Hugo .")]
    [InlineData("the war—and the peace", "the war — and the peace")]
    public void A_dash_inside_a_chunk_leaves_each_side_its_own_marks(string text, string expected) =>
        string.Join(' ', Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End])).Should().Be(expected);

    [Fact]
    public void A_run_of_marks_after_a_word_is_one_token()
    {
        var text = "Stop\"\"\"\"\" now";
        Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).Should().Equal("Stop", "\"\"\"\"\"", "now");
    }
}
