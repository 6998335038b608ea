using System.Globalization;
using ClaimExtraction.Training.Commands;
using ClaimExtraction.Training.Corpus;

namespace ClaimExtraction.Training.Attribution;

/// <summary>
/// <c>evaluate --only attribution</c>: runs the library's extraction on a split and reports, next to a content F1
/// measured as score.py does, the reliability of <c>confidence</c> (10 bins: claims, share right) and an error
/// analysis: the worst articles and how the misses split into missed cue, wrong span boundary and wrong source.
/// </summary>
internal sealed class AttributionEvaluation : IEvaluation
{
    private const int Bins = 10;
    private const int WorstArticles = 8;

    public string Name => "attribution";

    public IReadOnlyList<Metric> Evaluate(EvaluationContext context)
    {
        var extractor = new ClaimExtractor(new ClaimExtractorOptions { MinimumConfidence = 0 });
        var shipped = new ClaimExtractorOptions().MinimumConfidence;
        var binClaims = new int[Bins];
        var binRight = new int[Bins];
        long truePositives = 0, predicted = 0, goldCount = 0, highClaims = 0, highRight = 0;
        int missedCue = 0, wrongBoundary = 0, wrongSource = 0, spurious = 0;
        var perArticle = new List<(string Name, double F1, int Gold)>();
        foreach (var path in Directory.GetFiles(Path.Combine(context.DataDirectory, "text"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var text = File.ReadAllText(path);
            var gold = BratAnnotations.ReadFirst(context.DataDirectory, name);
            var claims = extractor.Extract(text).Claims;
            var contents = claims.Select(c => (IReadOnlyList<(int, int)>)c.Spans.Select(s => (s.Start, s.End)).ToList()).ToList();
            var matched = ClaimMatcher.Match(text, contents, gold);
            var goldLetters = gold.Select(g => ClaimMatcher.Letters(text, g.Content)).ToList();
            var goldMatched = new bool[gold.Count];
            int articleRight = 0, articlePredicted = 0;
            for (var i = 0; i < claims.Count; i++)
            {
                var claim = claims[i];
                var right = matched[i] >= 0;
                var bin = Math.Min(Bins - 1, (int)(claim.Confidence * Bins));
                binClaims[bin]++;
                binRight[bin] += right ? 1 : 0;
                if (claim.Confidence < shipped)
                {
                    continue;
                }

                articlePredicted++;
                if (claim.Confidence >= 0.8)
                {
                    highClaims++;
                    highRight += right ? 1 : 0;
                }

                if (!right)
                {
                    // Overlapping some gold content without reaching Dice 0.5: a boundary error; else spurious.
                    var letters = ClaimMatcher.Letters(text, contents[i]);
                    var overlapsGold = goldLetters.Any(g => g.Overlaps(letters));
                    wrongBoundary += overlapsGold ? 1 : 0;
                    spurious += overlapsGold ? 0 : 1;
                    continue;
                }

                articleRight++;
                goldMatched[matched[i]] = true;
                var source = gold[matched[i]].Source;
                var mention = claim.Speaker?.Mention;
                var sourceRight = source.Count == 0 ? mention is null
                    : mention is not null && source.Any(s => s.Start < mention.End && s.End > mention.Start);
                wrongSource += sourceRight ? 0 : 1;
            }

            missedCue += goldMatched.Count(m => !m);
            truePositives += articleRight;
            predicted += articlePredicted;
            goldCount += gold.Count;
            var f1 = articlePredicted + gold.Count == 0 ? 1 : 2.0 * articleRight / (articlePredicted + gold.Count);
            perArticle.Add((name, f1, gold.Count));
        }

        context.Log($"attribution: reliability of confidence (all candidates; the shipped threshold is {shipped:F2})");
        context.Log("  bin        claims  right");
        for (var b = 0; b < Bins; b++)
        {
            var share = binClaims[b] == 0 ? "   -" : (binRight[b] / (double)binClaims[b]).ToString("F2", CultureInfo.InvariantCulture);
            context.Log($"  {b / (double)Bins:F1}-{(b + 1) / (double)Bins:F1}  {binClaims[b],7}  {share}");
        }

        context.Log("attribution: worst articles by content F1 (at least 5 gold attributions)");
        foreach (var (name, f1, count) in perArticle.Where(a => a.Gold >= 5).OrderBy(a => a.F1).Take(WorstArticles))
        {
            context.Log($"  {f1:F3}  {count,3} gold  {name}");
        }

        context.Log($"attribution: misses — gold with no matching claim {missedCue}, predicted claims overlapping gold but off in boundary {wrongBoundary}, " +
                    $"predicted with no gold at all {spurious}, matched with the wrong source {wrongSource}");
        var precision = predicted == 0 ? 0 : truePositives / (double)predicted;
        var recall = goldCount == 0 ? 0 : truePositives / (double)goldCount;
        return
        [
            new Metric("contentF1", precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), "content F1 (Dice >= 0.5)"),
            new Metric("highConfidencePrecision", highClaims == 0 ? 0 : highRight / (double)highClaims, "share right among confidence >= 0.8"),
        ];
    }
}
