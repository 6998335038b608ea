using ClaimExtraction.Text;
using ClaimExtraction.Training.Commands;
using ClaimExtraction.Training.Corpus;

namespace ClaimExtraction.Training.Text;

/// <summary>
/// Token-boundary and sentence-boundary F1 of the tokenizer and sentence splitter against CoreNLP's; with
/// <c>--examples N</c> it logs the first mismatches.
/// </summary>
internal sealed class TextEvaluation : IEvaluation
{
    public sealed record Scores(double TokenF1, double SentenceF1, long Tokens, IReadOnlyList<string> Examples);

    public string Name => "text";

    public IReadOnlyList<Metric> Evaluate(EvaluationContext context)
    {
        var scores = Evaluate(context.DataDirectory, context.ExampleCount);
        foreach (var example in scores.Examples)
        {
            context.Log(example);
        }

        return [new Metric("tokenF1", scores.TokenF1, "token boundary F1"), new Metric("sentenceF1", scores.SentenceF1, "sentence boundary F1")];
    }

    public static Scores Evaluate(string splitDirectory, int exampleCount = 0)
    {
        long tokenTp = 0, tokenPred = 0, tokenGold = 0, sentTp = 0, sentPred = 0, sentGold = 0;
        var examples = new List<string>();
        foreach (var article in CoreNlpCorpus.Read(splitDirectory))
        {
            if (article.Text.Length == 0)
            {
                continue;
            }

            var gold = new HashSet<(int, int)>();
            var goldSentences = new HashSet<(int, int)>();
            foreach (var sentence in article.Sentences)
            {
                foreach (var t in sentence)
                {
                    gold.Add((t.Start, t.End));
                }

                goldSentences.Add((sentence[0].Start, sentence[^1].End));
            }

            var doc = TextAnalyzer.Instance.Analyze(article.Text, CancellationToken.None);
            foreach (var t in doc.Tokens)
            {
                if (gold.Contains((t.Start, t.End)))
                {
                    tokenTp++;
                }
                else if (examples.Count < exampleCount)
                {
                    var from = Math.Max(0, t.Start - 15);
                    var to = Math.Min(article.Text.Length, t.End + 15);
                    examples.Add($"{article.Text[t.Start..t.End]}   in   {article.Text[from..to].Replace('\n', '|')}");
                }
            }

            foreach (var s in doc.Sentences)
            {
                if (goldSentences.Contains((s.Start, s.End)))
                {
                    sentTp++;
                }
                else if (examples.Count < exampleCount * 2)
                {
                    examples.Add("S: " + article.Text[s.Start..s.End].Replace('\n', '|'));
                }
            }

            tokenPred += doc.Tokens.Length;
            tokenGold += gold.Count;
            sentPred += doc.Sentences.Length;
            sentGold += goldSentences.Count;
        }

        return new Scores(F1(tokenTp, tokenPred, tokenGold), F1(sentTp, sentPred, sentGold), tokenGold, examples);
    }

    private static double F1(long tp, long pred, long gold) => pred + gold == 0 ? 0 : 2.0 * tp / (pred + gold);
}
