using System.Diagnostics;
using ClaimExtraction.Documents;
using ClaimExtraction.Models;
using ClaimExtraction.Tagging;
using ClaimExtraction.Training.Commands;

namespace ClaimExtraction.Training.Tagging;

/// <summary>
/// Scores the tagger, lemmatizer and entity recognizer on the reference tokens of a split against CoreNLP's
/// annotations. Lemmas and entities are scored on predicted tags, as in the pipeline.
/// </summary>
internal sealed class TaggingEvaluation : IEvaluation
{
    public string Name => "tagging";

    public IReadOnlyList<Metric> Evaluate(EvaluationContext context)
    {
        var sentences = context.CopySentences();
        // Cold loads (first use in the process, JIT included), as a library user would see them.
        var load = Stopwatch.StartNew();
        var tagger = context.LoadModel(ModelStore.PartOfSpeechFile, PartOfSpeechTagger.Kind, PartOfSpeechTagger.Version, PartOfSpeechTagger.Read);
        var posMs = load.Elapsed.TotalMilliseconds;
        var lemmatizer = context.LoadModel(ModelStore.LemmatizerFile, Lemmatizer.Kind, Lemmatizer.Version, Lemmatizer.Read);
        var lemmaMs = load.Elapsed.TotalMilliseconds - posMs;
        var recognizer = context.LoadModel(ModelStore.EntityFile, EntityRecognizer.Kind, EntityRecognizer.Version, EntityRecognizer.Read);
        var loadMs = load.Elapsed.TotalMilliseconds;
        context.Log($"tagging: loaded pos in {posMs:F0} ms, lemma in {lemmaMs:F0} ms, ner in {loadMs - posMs - lemmaMs:F0} ms");

        var tokenCount = sentences.Sum(s => s.Tokens.Length);
        var gold = sentences.Select(s => (Token[])s.Tokens.Clone()).ToArray();

        var posSeconds = BestPass(() =>
        {
            foreach (var sentence in sentences)
            {
                tagger.TagInPlace(sentence.Text, sentence.Tokens);
            }
        });

        long posTotal = 0, posCorrect = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var i = 0; i < gold[s].Length; i++)
            {
                if (gold[s][i].Pos == PosTag.None)
                {
                    continue;
                }

                posTotal++;
                posCorrect += gold[s][i].Pos == sentences[s].Tokens[i].Pos ? 1 : 0;
            }
        }

        // Lemmas, on predicted and on reference tags.
        long lemmaTotal = 0, lemmaCorrect = 0, lemmaGoldPosCorrect = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var text = sentences[s].Text;
            for (var i = 0; i < gold[s].Length; i++)
            {
                var reference = gold[s][i];
                if (reference.Lemma is null)
                {
                    continue;
                }

                var raw = text.AsSpan(reference.Start, reference.Length);
                lemmaTotal++;
                lemmaCorrect += LemmaMatches(lemmatizer.Lemmatize(raw, sentences[s].Tokens[i].Pos), reference, raw) ? 1 : 0;
                lemmaGoldPosCorrect += LemmaMatches(lemmatizer.Lemmatize(raw, reference.Pos), reference, raw) ? 1 : 0;
            }
        }

        var lemmaSeconds = BestPass(() =>
        {
            foreach (var sentence in sentences)
            {
                foreach (ref var token in sentence.Tokens.AsSpan())
                {
                    token.Lemma = lemmatizer.Lemmatize(sentence.Text.AsSpan(token.Start, token.Length), token.Pos);
                }
            }
        });

        // Entities, on predicted tags.
        var nerSeconds = BestPass(() =>
        {
            foreach (var sentence in sentences)
            {
                recognizer.TagInPlace(sentence.Text, sentence.Tokens);
            }
        });

        var perType = new (long Gold, long Predicted, long Correct)[5];
        for (var s = 0; s < sentences.Count; s++)
        {
            var goldSpans = EntitySpans(gold[s]);
            var predicted = EntitySpans(sentences[s].Tokens);
            foreach (var span in goldSpans)
            {
                perType[(int)span.Type].Gold++;
            }

            foreach (var span in predicted)
            {
                perType[(int)span.Type].Predicted++;
                if (goldSpans.Contains(span))
                {
                    perType[(int)span.Type].Correct++;
                }
            }
        }

        var all = (Gold: perType.Sum(t => t.Gold), Predicted: perType.Sum(t => t.Predicted), Correct: perType.Sum(t => t.Correct));
        var metrics = new List<Metric>
        {
            new("pos", Ratio(posCorrect, posTotal), "POS accuracy"),
            new("lemma", Ratio(lemmaCorrect, lemmaTotal), "Lemma accuracy (predicted POS)"),
            new("lemmaGoldPos", Ratio(lemmaGoldPosCorrect, lemmaTotal), "Lemma accuracy (reference POS)"),
            new("nerPrecision", Ratio(all.Correct, all.Predicted), "NER precision"),
            new("nerRecall", Ratio(all.Correct, all.Gold), "NER recall"),
            new("nerF1", F1(all.Correct, all.Predicted, all.Gold), "NER F1 (exact span and type)"),
        };
        foreach (var type in new[] { EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Misc })
        {
            var t = perType[(int)type];
            metrics.Add(new Metric("nerF1" + type, F1(t.Correct, t.Predicted, t.Gold), $"  NER F1 {type} ({t.Gold} entities)"));
        }

        metrics.Add(new Metric("tokens", tokenCount, "Tokens", "F0"));
        metrics.Add(new Metric("posTokensPerSecond", tokenCount / posSeconds, "POS tagging tokens/s (one thread)", "F0"));
        metrics.Add(new Metric("lemmaTokensPerSecond", tokenCount / lemmaSeconds, "Lemmatizer tokens/s (one thread)", "F0"));
        metrics.Add(new Metric("nerTokensPerSecond", tokenCount / nerSeconds, "NER tokens/s (one thread)", "F0"));
        metrics.Add(new Metric("taggingTokensPerSecond", tokenCount / (posSeconds + lemmaSeconds + nerSeconds), "All three stages tokens/s (one thread)", "F0"));
        metrics.Add(new Metric("taggingLoadMs", loadMs, "Model load ms (pos, lemma, ner)", "F0"));
        return metrics;
    }

    // Speed on one thread: the fastest of several passes (at least three, at least two seconds in all), which keeps
    // JIT warm-up and other processes on a shared machine out of the figure.
    private static double BestPass(Action pass)
    {
        var best = double.MaxValue;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < 3 || (total.Elapsed.TotalSeconds < 2 && i < 50); i++)
        {
            var clock = Stopwatch.StartNew();
            pass();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return best;
    }

    // CoreNLP writes brackets and quotes in Penn Treebank escapes ("-lrb-", "``"); the lemma of punctuation is its text.
    private static bool LemmaMatches(string predicted, in Token reference, ReadOnlySpan<char> raw) =>
        predicted == reference.Lemma || (reference.Pos.IsPunctuation() && raw.SequenceEqual(predicted));

    private static HashSet<(int Start, int End, EntityType Type)> EntitySpans(Token[] tokens) => [.. EntityRecognizer.Runs(tokens)];

    private static double Ratio(long a, long b) => b == 0 ? 0 : (double)a / b;

    private static double F1(long correct, long predicted, long gold) =>
        correct == 0 ? 0 : 2.0 * correct / (predicted + gold);
}
