using ClaimExtraction.Documents;
using ClaimExtraction.Models;
using ClaimExtraction.Tagging;
using static ClaimExtraction.Tests.Tagging.TaggingTestSupport;

namespace ClaimExtraction.Tests.Tagging;

public class ShippedTaggerTests
{
    private static AnnotatedDocument Analyze(string text)
    {
        var document = Document(text);
        ModelStore.PartOfSpeech.Process(document, CancellationToken.None);
        ModelStore.Lemmatizer.Process(document, CancellationToken.None);
        ModelStore.Entities.Process(document, CancellationToken.None);
        return document;
    }

    [Fact]
    public void Tags_a_reporting_sentence()
    {
        var document = Analyze("The senator said on Tuesday that he would resign.");
        document.Tokens.Select(t => t.Pos.ToPtb()).Should().Equal("DT", "NN", "VBD", "IN", "NNP", "IN", "PRP", "MD", "VB", ".");
        document.Layers.Should().HaveFlag(AnnotationLayers.PartOfSpeech | AnnotationLayers.Lemmas | AnnotationLayers.Entities);
    }

    [Theory]
    [InlineData("Officials have denied the reports, according to a spokesman.", "denied", "VBN")]
    [InlineData("Officials have denied the reports, according to a spokesman.", "reports", "NNS")]
    [InlineData("She told reporters that the campaign was running out of money.", "running", "VBG")]
    [InlineData("She told reporters that the campaign was running out of money.", "told", "VBD")]
    [InlineData("The governor's plan would cut taxes for the richest Americans.", "'s", "POS")]
    [InlineData("The governor's plan would cut taxes for the richest Americans.", "richest", "JJS")]
    [InlineData("The governor's plan would cut taxes for the richest Americans.", "Americans", "NNPS")]
    [InlineData("He doesn't think the deal is fair.", "n't", "RB")]
    [InlineData("He doesn't think the deal is fair.", "is", "VBZ")]
    [InlineData("\"We will win,\" Trump said.", "\"", "``")]
    [InlineData("Many voters, who were angry, stayed home (as expected).", "who", "WP")]
    [InlineData("Many voters, who were angry, stayed home (as expected).", "(", "-LRB-")]
    public void Tags_words_in_context(string text, string word, string expected)
    {
        PosOf(Analyze(text), word).ToPtb().Should().Be(expected);
    }

    [Fact]
    public void Distinguishes_opening_and_closing_quotes()
    {
        var document = Analyze("\"We will win,\" Trump said.");
        document.Tokens[0].Pos.Should().Be(PosTag.OpenQuote);
        document.Tokens[5].Pos.Should().Be(PosTag.CloseQuote);
    }

    [Theory]
    [InlineData("said", "VBD", "say")]
    [InlineData("was", "VBD", "be")]
    [InlineData("'s", "VBZ", "be")]
    [InlineData("\u2019s", "VBZ", "be")]
    [InlineData("n't", "RB", "not")]
    [InlineData("told", "VBN", "tell")]
    [InlineData("denied", "VBD", "deny")]
    [InlineData("running", "VBG", "run")]
    [InlineData("hoped", "VBD", "hope")]
    [InlineData("stopped", "VBD", "stop")]
    [InlineData("walked", "VBD", "walk")]
    [InlineData("children", "NNS", "child")]
    [InlineData("countries", "NNS", "country")]
    [InlineData("taxes", "NNS", "tax")]
    [InlineData("senators", "NNS", "senator")]
    [InlineData("women", "NNS", "woman")]
    [InlineData("Americans", "NNPS", "Americans")]
    [InlineData("Clinton", "NNP", "Clinton")]
    [InlineData("The", "DT", "the")]
    [InlineData("Economy", "NN", "economy")]
    [InlineData("bigger", "JJR", "bigger")]
    [InlineData("him", "PRP", "he")]
    // Words not in the training data go through the rules alone.
    [InlineData("blorfed", "VBD", "blorf")]
    [InlineData("zindles", "NNS", "zindle")]
    [InlineData("quizzifying", "VBG", "quizzify")]
    public void Lemmatizes(string word, string pos, string expected)
    {
        ModelStore.Lemmatizer.Lemmatize(word, PosTags.Parse(pos)).Should().Be(expected);
    }

    [Fact]
    public void Lemmatizes_a_document()
    {
        var document = Analyze("The senators said they were hoping for better days.");
        document.Tokens.Select(t => t.Lemma).Should().Equal("the", "senator", "say", "they", "be", "hope", "for", "better", "day", ".");
    }

    [Fact]
    public void Finds_people_places_and_organizations()
    {
        var entities = Entities(Analyze("Hillary Clinton met with officials from the State Department in Washington on Tuesday."));
        entities.Should().Contain(("Hillary Clinton", EntityType.Person));
        entities.Should().Contain(("Washington", EntityType.Location));
        entities.Should().Contain(e => e.Text.Contains("State Department") && e.Type == EntityType.Organization);
        entities.Should().NotContain(e => e.Text == "Tuesday");
    }

    [Fact]
    public void Finds_entities_in_a_quote_attribution()
    {
        var entities = Entities(Analyze("\"This is a disaster,\" said Senator Bernie Sanders of Vermont, speaking to CNN."));
        entities.Should().Contain(e => e.Text.EndsWith("Bernie Sanders") && e.Type == EntityType.Person);
        entities.Should().Contain(("Vermont", EntityType.Location));
        entities.Should().Contain(("CNN", EntityType.Organization));
    }

    [Fact]
    public void Leaves_plain_sentences_without_entities()
    {
        Entities(Analyze("The weather was cold and the roads were empty.")).Should().BeEmpty();
    }

    [Fact]
    public void Stages_declare_their_layers()
    {
        ModelStore.PartOfSpeech.Assigns.Should().Be(AnnotationLayers.PartOfSpeech);
        ModelStore.Lemmatizer.Requires.Should().HaveFlag(AnnotationLayers.PartOfSpeech);
        ModelStore.Entities.Requires.Should().HaveFlag(AnnotationLayers.PartOfSpeech);
        ModelStore.Entities.Assigns.Should().Be(AnnotationLayers.Entities);
    }

    [Fact]
    public void Handles_empty_and_very_long_sentences()
    {
        var empty = new AnnotatedDocument("", [], [], [], []);
        ModelStore.PartOfSpeech.Process(empty, CancellationToken.None);
        ModelStore.Entities.Process(empty, CancellationToken.None);

        var text = string.Join(' ', Enumerable.Repeat("Senator Smith said the plan was good ,", 80));
        var document = Analyze(text);
        document.Tokens.Should().HaveCountGreaterThan(TokenHasher.StackLimit);
        document.Tokens.Should().OnlyContain(t => t.Pos != PosTag.None && t.Lemma != null);
        document.Tokens.Count(t => t.Entity == EntityType.Person).Should().BeGreaterThanOrEqualTo(60);
    }

    [Fact]
    public void Is_safe_to_share_between_threads()
    {
        const string text = "The senator said on Tuesday that Hillary Clinton would visit Ohio.";
        var expected = Analyze(text).Tokens;
        var results = new Token[16][];
        Parallel.For(0, results.Length, i =>
        {
            for (var k = 0; k < 50; k++)
            {
                results[i] = Analyze(text).Tokens;
            }
        });

        foreach (var tokens in results)
        {
            tokens.Should().Equal(expected, (a, b) => a.Pos == b.Pos && a.Lemma == b.Lemma && a.Entity == b.Entity);
        }
    }

    [Fact]
    public void Honours_cancellation()
    {
        var act = () => ModelStore.PartOfSpeech.Process(Document("Hello there."), new CancellationToken(canceled: true));
        act.Should().Throw<OperationCanceledException>();
    }
}
