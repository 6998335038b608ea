using ClaimExtraction.Documents;
using ClaimExtraction.Tagging;

namespace ClaimExtraction.Tests.Tagging;

public class TrainingDeterminismTests
{
    private static readonly TaggerTrainingOptions Options = new() { Epochs = 3, Seed = 7 };

    [Fact]
    public void Pos_training_gives_the_same_bytes_twice_and_learns_the_data()
    {
        var first = PartOfSpeechTrainer.Train(TaggingTestSupport.SyntheticCorpus(300, 1), Options);
        var second = PartOfSpeechTrainer.Train(TaggingTestSupport.SyntheticCorpus(300, 1), Options);
        second.ToBytes().Should().Equal(first.ToBytes());

        var test = TaggingTestSupport.SyntheticCorpus(50, 2);
        long total = 0, correct = 0;
        foreach (var sentence in test)
        {
            var tags = new PosTag[sentence.Tokens.Length];
            first.Tag(sentence.Text, sentence.Tokens, tags);
            for (var i = 0; i < tags.Length; i++)
            {
                total++;
                correct += tags[i] == sentence.Tokens[i].Pos ? 1 : 0;
            }
        }

        ((double)correct / total).Should().BeGreaterThan(0.98);
    }

    [Fact]
    public void Entity_training_gives_the_same_bytes_twice_and_learns_the_data()
    {
        var first = EntityTrainer.Train(TaggingTestSupport.SyntheticCorpus(300, 1), Options);
        var second = EntityTrainer.Train(TaggingTestSupport.SyntheticCorpus(300, 1), Options);
        second.ToBytes().Should().Equal(first.ToBytes());

        foreach (var sentence in TaggingTestSupport.SyntheticCorpus(20, 3))
        {
            var tokens = (Token[])sentence.Tokens.Clone();
            first.TagInPlace(sentence.Text, tokens);
            tokens.Select(t => t.Entity).Should().Equal(sentence.Tokens.Select(t => t.Entity), sentence.Text);
        }
    }

    [Fact]
    public void Lemmatizer_training_gives_the_same_bytes_twice()
    {
        var first = LemmatizerTrainer.Train(TaggingTestSupport.SyntheticCorpus(200, 1));
        var second = LemmatizerTrainer.Train(TaggingTestSupport.SyntheticCorpus(200, 1));
        second.ToBytes().Should().Equal(first.ToBytes());
        first.Lemmatize("said", PosTag.VBD).Should().Be("say");
        first.Lemmatize("budgets", PosTag.NNS).Should().Be("budget");
        first.Lemmatize("announced", PosTag.VBD).Should().Be("announce");
    }

    [Fact]
    public void Round_trip_of_trained_models_is_exact()
    {
        var corpus = TaggingTestSupport.SyntheticCorpus(100, 4);
        var pos = PartOfSpeechTrainer.Train(corpus, Options);
        PartOfSpeechTagger.FromBytes(pos.ToBytes()).ToBytes().Should().Equal(pos.ToBytes());
        var ner = EntityTrainer.Train(corpus, Options);
        EntityRecognizer.FromBytes(ner.ToBytes()).ToBytes().Should().Equal(ner.ToBytes());
        var lemma = LemmatizerTrainer.Train(corpus);
        Lemmatizer.FromBytes(lemma.ToBytes()).ToBytes().Should().Equal(lemma.ToBytes());
    }
}
