using System.Globalization;
using System.Text.Json;
using ClaimExtraction.Training.Attribution;
using ClaimExtraction.Training.Commands;
using ClaimExtraction.Training.Corpus;

namespace ClaimExtraction.Training.Hedging;

/// <summary>
/// <c>evaluate --only hedges</c>: how certainty is distributed on the split's claims, by the categories of their hedges
/// (a claim with two categories counts in both; "unhedged" is the claims with none), and, where the split has hand-marked
/// hedges (../shared/eval/hedges/&lt;split&gt;.jsonl), hedge P/R/F1 and category accuracy on the claims that match a
/// marked attribution, counted as score_hedges.py counts them.
/// </summary>
internal sealed class HedgeEvaluation : IEvaluation
{
    public string Name => "hedges";

    public IReadOnlyList<Metric> Evaluate(EvaluationContext context)
    {
        var extractor = new ClaimExtractor();
        var marks = MarksFor(context.DataDirectory);
        var byCategory = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        int tp = 0, fp = 0, fn = 0, categoryRight = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(context.DataDirectory, "text"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var text = File.ReadAllText(path);
            var claims = extractor.Extract(text).Claims;
            foreach (var claim in claims)
            {
                var categories = claim.Hedges.Select(h => h.Category.ToString()).Distinct().DefaultIfEmpty("unhedged");
                foreach (var category in categories)
                {
                    if (!byCategory.TryGetValue(category, out var list))
                    {
                        byCategory[category] = list = [];
                    }

                    list.Add(claim.Certainty);
                }
            }

            if (marks is null || !marks.TryGetValue(name, out var marked))
            {
                continue;
            }

            var contents = claims.Select(c => (IReadOnlyList<(int, int)>)c.Spans.Select(s => (s.Start, s.End)).ToList()).ToList();
            var matched = ClaimMatcher.Match(text, contents, marked.Select(m => m.Attribution).ToList());
            for (var i = 0; i < claims.Count; i++)
            {
                if (matched[i] < 0)
                {
                    continue;
                }

                var gold = marked[matched[i]].Hedges;
                var used = new bool[gold.Count];
                foreach (var hedge in claims[i].Hedges)
                {
                    var hit = Enumerable.Range(0, gold.Count).FirstOrDefault(g => !used[g] && gold[g].Start < hedge.End && hedge.Start < gold[g].End, -1);
                    if (hit < 0)
                    {
                        fp++;
                        continue;
                    }

                    used[hit] = true;
                    tp++;
                    categoryRight += gold[hit].Category == hedge.Category ? 1 : 0;
                }

                fn += used.Count(u => !u);
            }
        }

        context.Log("hedges: certainty of claims by hedge category (a claim counts once per category it holds)");
        context.Log("  category          claims   mean    p10    p50    p90");
        var metrics = new List<Metric>();
        foreach (var (category, values) in byCategory)
        {
            values.Sort();
            double At(double q) => values[Math.Min(values.Count - 1, (int)(q * values.Count))];
            context.Log(string.Format(CultureInfo.InvariantCulture, "  {0,-16} {1,7} {2,6:F3} {3,6:F3} {4,6:F3} {5,6:F3}", category, values.Count, values.Average(), At(0.1), At(0.5), At(0.9)));
            metrics.Add(new Metric("certainty" + char.ToUpperInvariant(category[0]) + category[1..], values.Average(), $"mean certainty, {category}", "F3"));
        }

        if (marks is not null)
        {
            var score = new HedgeScore(tp, fp, fn, categoryRight);
            context.Log($"hedges: on claims matching a marked attribution: {score}");
            metrics.Insert(0, new Metric("hedgeF1", score.F1, "hedge F1 (marked attributions)"));
            metrics.Insert(1, new Metric("hedgeCategoryAccuracy", score.CategoryAccuracy, "hedge category accuracy"));
        }

        return metrics;
    }

    /// <summary>The split's marked hedges (../shared/eval/hedges/dev.jsonl for ../shared/polnear/dev), by article; null if none.</summary>
    private static Dictionary<string, List<(GoldAttribution Attribution, List<(int Start, int End, HedgeCategory Category)> Hedges)>>? MarksFor(string splitDirectory)
    {
        var split = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(splitDirectory)));
        var path = Path.Combine(splitDirectory, "..", "..", "eval", "hedges", split + ".jsonl");
        if (!File.Exists(path))
        {
            return null;
        }

        var result = new Dictionary<string, List<(GoldAttribution, List<(int, int, HedgeCategory)>)>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var doc = root.GetProperty("doc").GetString()!;
            static List<(int, int)> Spans(JsonElement a) => a.EnumerateArray().Select(s => (s[0].GetInt32(), s[1].GetInt32())).ToList();
            var hedges = root.GetProperty("hedges").EnumerateArray()
                .Select(h => (h.GetProperty("start").GetInt32(), h.GetProperty("end").GetInt32(), HedgeCorpus.ParseCategory(h.GetProperty("category").GetString()!))).ToList();
            if (!result.TryGetValue(doc, out var list))
            {
                result[doc] = list = [];
            }

            list.Add((new GoldAttribution(Spans(root.GetProperty("content")), [], Spans(root.GetProperty("cue"))), hedges));
        }

        return result;
    }
}
