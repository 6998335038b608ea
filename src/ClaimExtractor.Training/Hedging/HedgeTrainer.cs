using System.Globalization;
using ClaimExtraction.Hedging;
using ClaimExtraction.Models;
using ClaimExtraction.Training.Commands;

namespace ClaimExtraction.Training.Hedging;

/// <summary>
/// <c>train --only hedges</c>: learns the hedge decision (hedges.bin) from the hand-marked train attributions in
/// data/hedges/train.jsonl. It first prints the 5-fold cross-validated hedge P/R/F1 and category accuracy (folds by
/// article; scored as score_hedges.py scores dev), picks the decision threshold from the out-of-fold probabilities,
/// then trains on every marked article. It reads articles through the library's embedded models, so retrain it
/// after a change to the tagger, parser or attribution models.
/// </summary>
internal sealed class HedgeTrainer : ITrainer
{
    private static readonly float[] Thresholds = [0.2f, 0.25f, 0.3f, 0.35f, 0.4f, 0.45f, 0.5f, 0.55f, 0.6f, 0.65f, 0.7f];

    public string Name => "hedges";

    public void Train(TrainingContext context)
    {
        var marks = HedgeCorpus.FindTrainMarks() ?? throw new FileNotFoundException("train --only hedges needs data/hedges/train.jsonl (run it from the repository).");
        var extra = new List<HedgeClaim>();
        var claims = HedgeCorpus.Read(marks, context.DataDirectory, context.Log, extra);

        // Out-of-fold probabilities: each article is decided by a model that did not see it.
        var outOfFold = claims.Select(c => new (float Probability, HedgeCategory Category)[c.Candidates.Count]).ToArray();
        for (var fold = 0; fold < HedgeCorpus.Folds; fold++)
        {
            var model = HedgeClassifierTrainer.Train(claims.Concat(extra).Where(c => c.Fold != fold).SelectMany(c => c.Candidates).ToList(), 0.5f);
            for (var k = 0; k < claims.Count; k++)
            {
                if (claims[k].Fold == fold)
                {
                    for (var j = 0; j < claims[k].Candidates.Count; j++)
                    {
                        outOfFold[k][j] = model.Decide(claims[k].Candidates[j].Features);
                    }
                }
            }
        }

        var rules = Score(claims, (k, j) => (claims[k].Candidates[j].RuleAccepts, claims[k].Candidates[j].LexiconCategory));
        context.Log($"hedges: the reading rules alone on the same claims: {rules}");
        (bool, HedgeCategory) Decide(int k, int j, float threshold) =>
            (!HedgeFinder.RulesVeto(claims[k].Candidates[j].Sense, claims[k].Candidates[j].RuleAccepts, claims[k].Candidates[j].RuledOut) && outOfFold[k][j].Probability >= threshold, outOfFold[k][j].Category);

        var best = (Threshold: 0.5f, Score: Score(claims, (k, j) => Decide(k, j, 0.5f)));
        context.Log($"hedges: {HedgeCorpus.Folds}-fold cross-validation at threshold 0.50: {best.Score}");
        foreach (var threshold in Thresholds)
        {
            var score = Score(claims, (k, j) => Decide(k, j, threshold));
            if (score.F1 > best.Score.F1 + 1e-9)
            {
                best = (threshold, score);
            }
        }

        context.Log($"hedges: {HedgeCorpus.Folds}-fold cross-validation at the chosen threshold {best.Threshold:F2}: {best.Score}");
        LogErrors(claims, (k, j) => Decide(k, j, best.Threshold), context.Log);

        var final = HedgeClassifierTrainer.Train(claims.Concat(extra).SelectMany(c => c.Candidates).ToList(), best.Threshold);
        var path = context.OutputPath(HedgeModel.FileName);
        ModelFile.Write(path, HedgeModel.Kind, HedgeModel.Version, final.Write);
        context.Log($"wrote {path} ({new FileInfo(path).Length / 1024.0:F1} KB, {final.Weights.FeatureCount} features)");
    }

    /// <summary>Hedge P/R/F1 over the matched claims as score_hedges.py counts them, and category accuracy over the right ones.</summary>
    internal static HedgeScore Score(IReadOnlyList<HedgeClaim> claims, Func<int, int, (bool Hedge, HedgeCategory Category)> decide)
    {
        int tp = 0, fp = 0, fn = 0, categoryRight = 0;
        for (var k = 0; k < claims.Count; k++)
        {
            var claim = claims[k];
            var used = new bool[claim.Gold.Count];
            for (var j = 0; j < claim.Candidates.Count; j++)
            {
                var (hedge, category) = decide(k, j);
                if (!hedge)
                {
                    continue;
                }

                var c = claim.Candidates[j];
                var hit = -1;
                for (var g = 0; g < claim.Gold.Count && hit < 0; g++)
                {
                    hit = !used[g] && claim.Gold[g].Start < c.End && c.Start < claim.Gold[g].End ? g : -1;
                }

                if (hit < 0)
                {
                    fp++;
                    continue;
                }

                used[hit] = true;
                tp++;
                categoryRight += claim.Gold[hit].Category == category ? 1 : 0;
            }

            fn += used.Count(u => !u);
        }

        return new HedgeScore(tp, fp, fn, categoryRight);
    }

    private static void LogErrors(IReadOnlyList<HedgeClaim> claims, Func<int, int, (bool Hedge, HedgeCategory Category)> decide, Action<string> log)
    {
        var falsePositives = new Dictionary<string, int>();
        var falseNegatives = new Dictionary<string, int>();
        var unproposed = new Dictionary<string, int>();
        for (var k = 0; k < claims.Count; k++)
        {
            var claim = claims[k];
            var covered = new bool[claim.Gold.Count];
            for (var j = 0; j < claim.Candidates.Count; j++)
            {
                var c = claim.Candidates[j];
                var gold = -1;
                for (var g = 0; g < claim.Gold.Count && gold < 0; g++)
                {
                    gold = claim.Gold[g].Start < c.End && c.Start < claim.Gold[g].End ? g : -1;
                }

                if (gold >= 0)
                {
                    covered[gold] = true;
                }

                var (hedge, _) = decide(k, j);
                var bucket = hedge && gold < 0 ? falsePositives : !hedge && gold >= 0 ? falseNegatives : null;
                if (bucket is not null)
                {
                    bucket[c.Word] = bucket.GetValueOrDefault(c.Word) + 1;
                }
            }

            for (var g = 0; g < claim.Gold.Count; g++)
            {
                if (!covered[g])
                {
                    var word = claim.Gold[g].Text.ToLowerInvariant();
                    unproposed[word] = unproposed.GetValueOrDefault(word) + 1;
                }
            }
        }

        static string Top(Dictionary<string, int> counts) =>
            string.Join(", ", counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(12).Select(p => $"{p.Key} {p.Value}"));

        log($"hedges: out-of-fold false hedges by word: {Top(falsePositives)}");
        log($"hedges: out-of-fold missed candidates by word: {Top(falseNegatives)}");
        log($"hedges: marked hedges the lexicon never proposes: {Top(unproposed)}");
    }
}

/// <summary>Hedge counts on matched claims and what follows from them.</summary>
internal readonly record struct HedgeScore(int TruePositives, int FalsePositives, int FalseNegatives, int CategoryRight)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (double)(TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double CategoryAccuracy => TruePositives == 0 ? 0 : CategoryRight / (double)TruePositives;

    public override string ToString() => string.Format(CultureInfo.InvariantCulture,
        "P {0:F3} R {1:F3} F1 {2:F3} category accuracy {3:F3} (tp {4} fp {5} fn {6})", Precision, Recall, F1, CategoryAccuracy, TruePositives, FalsePositives, FalseNegatives);
}
