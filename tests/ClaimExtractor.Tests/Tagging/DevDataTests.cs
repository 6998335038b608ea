using ClaimExtraction.Tests.Support;
using ClaimExtraction.Documents;
using ClaimExtraction.Models;

namespace ClaimExtraction.Tests.Tagging;

/// <summary>Quality checks of the shipped models on a slice of the dev split (skipped without ../shared).</summary>
public class DevDataTests
{
    [SharedDataFact]
    public void Shipped_models_reach_their_targets_on_dev_articles()
    {
        var sentences = DevCorpus.DevSentences(20);
        long tokens = 0, posCorrect = 0, lemmaTotal = 0, lemmaCorrect = 0;
        foreach (var sentence in sentences)
        {
            var predicted = (Token[])sentence.Tokens.Clone();
            ModelStore.PartOfSpeech.TagInPlace(sentence.Text, predicted);
            for (var i = 0; i < predicted.Length; i++)
            {
                tokens++;
                posCorrect += predicted[i].Pos == sentence.Tokens[i].Pos ? 1 : 0;
                if (!sentence.Tokens[i].Pos.IsPunctuation())
                {
                    lemmaTotal++;
                    var lemma = ModelStore.Lemmatizer.Lemmatize(sentence.Text.AsSpan(predicted[i].Start, predicted[i].Length), predicted[i].Pos);
                    lemmaCorrect += lemma == sentence.Tokens[i].Lemma ? 1 : 0;
                }
            }
        }

        tokens.Should().BeGreaterThan(10_000);
        ((double)posCorrect / tokens).Should().BeGreaterThan(0.965);
        ((double)lemmaCorrect / lemmaTotal).Should().BeGreaterThan(0.98);
    }

    [SharedDataFact]
    public void Entity_recognizer_reaches_its_target_on_dev_articles()
    {
        long gold = 0, predicted = 0, correct = 0;
        foreach (var sentence in DevCorpus.DevSentences(20))
        {
            var tokens = (Token[])sentence.Tokens.Clone();
            ModelStore.PartOfSpeech.TagInPlace(sentence.Text, tokens);
            ModelStore.Entities.TagInPlace(sentence.Text, tokens);
            var goldSpans = Spans(sentence.Tokens);
            var predictedSpans = Spans(tokens);
            gold += goldSpans.Count;
            predicted += predictedSpans.Count;
            correct += predictedSpans.Count(goldSpans.Contains);
        }

        (2.0 * correct / (gold + predicted)).Should().BeGreaterThan(0.8);
    }

    private static HashSet<(int, int, EntityType)> Spans(Token[] tokens)
    {
        var spans = new HashSet<(int, int, EntityType)>();
        for (var i = 0; i < tokens.Length;)
        {
            var end = i + 1;
            while (end < tokens.Length && tokens[end].Entity == tokens[i].Entity)
            {
                end++;
            }

            if (tokens[i].Entity != EntityType.None)
            {
                spans.Add((i, end, tokens[i].Entity));
            }

            i = end;
        }

        return spans;
    }
}
