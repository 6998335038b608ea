using ClaimExtraction.Documents;
using ClaimExtraction.Models;
using ClaimExtraction.Tagging.Parsing;
using ClaimExtraction.Text;

namespace ClaimExtraction.Tests.Tagging;

/// <summary>
/// Text without sentence punctuation is one "sentence" however long it is, so the taggers and the parser check the
/// token inside a sentence too, not only between sentences.
/// </summary>
public class LongSentenceCancellationTests
{
    private static readonly CancellationToken Cancelled = new(canceled: true);

    /// <summary>About 3,000 tokens and no sentence punctuation.</summary>
    private static AnnotatedDocument LongSentence()
    {
        var text = string.Join(' ', Enumerable.Repeat("officials said the plan could cost more than they thought", 300));
        var document = TextAnalyzer.Instance.Analyze(text, CancellationToken.None);
        document.Sentences.Should().ContainSingle();
        ModelStore.PartOfSpeech.Process(document, CancellationToken.None);
        return document;
    }

    [Fact]
    public void The_tagger_stops_inside_a_long_sentence()
    {
        var document = LongSentence();
        var tags = new PosTag[document.Tokens.Length];
        var tag = () => ModelStore.PartOfSpeech.Tag(document.Text, document.Tokens, tags, Cancelled);
        tag.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void The_entity_recognizer_stops_inside_a_long_sentence()
    {
        var document = LongSentence();
        var labels = new byte[document.Tokens.Length];
        var label = () => ModelStore.Entities.Label(document.Text, document.Tokens, labels, Cancelled);
        label.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void The_parser_stops_inside_a_long_sentence()
    {
        var document = LongSentence();
        var n = document.Tokens.Length;
        var state = new ParseState(n);
        state.Reset(n);
        for (var i = 0; i < n; i++)
        {
            var word = document.TokenText(i);
            state.Words[i] = ParserFeatures.WordId(word);
            state.Shapes[i] = ParserFeatures.ShapeId(word);
            state.Tags[i] = (byte)document.Tokens[i].Pos;
        }

        var parse = () => ModelStore.Parser.Parse(state, Cancelled);
        parse.Should().Throw<OperationCanceledException>();
    }
}
