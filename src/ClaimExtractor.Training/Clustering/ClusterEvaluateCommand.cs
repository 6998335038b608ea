using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClaimExtraction.Clustering;
using ClaimExtraction.Training.Attribution;

namespace ClaimExtraction.Training.Clustering;

/// <summary>
/// <c>cluster-evaluate --data ../shared/polnear/train[,../shared/polnear/dev] [--gold data/clusters[,data/clusters/heldout]]
/// [--json] [--show flags|gold-flags|errors|sweep]</c>: clusters the library's claims of the splits and scores them against
/// each hand-checked gold (the tuned-on train gold, the held-out train + dev gold). A gold member is the predicted
/// claim of its article whose content letters overlap it best with Dice ≥ 0.5 (the scorer's rule); a member with no
/// such claim, or whose claim is in no cluster, is a singleton. Prints pairwise and B-cubed precision, recall and F1
/// over all gold members and over the mapped ones, and the precision of the misquote flags on the flagged pairs
/// judged by hand (<c>misquotes.tsv</c>).
/// </summary>
internal static class ClusterEvaluateCommand
{
    public static int Run(IReadOnlyList<string> data, IReadOnlyList<string> goldFolders, bool json, string? show)
    {
        var corpus = ClusterCorpus.Load(data);
        if (show == "sweep")
        {
            Sweep(ForGold(corpus, data, goldFolders[0]), goldFolders[0]);
            return 0;
        }

        foreach (var gold in goldFolders)
        {
            if (goldFolders.Count > 1)
            {
                Console.WriteLine($"== {gold}");
            }

            Run(ForGold(corpus, data, gold), gold, json, show, ClusterSettings.Default);
        }

        return 0;
    }

    /// <summary>
    /// The articles a gold is scored on: the splits its documents come from (the train gold's figure is the same whether
    /// or not dev is loaded beside it; the held-out gold, with dev and train claims, is clustered over both).
    /// </summary>
    private static ClusterCorpus ForGold(ClusterCorpus corpus, IReadOnlyList<string> data, string goldFolder)
    {
        var splitOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < corpus.Documents.Length; i++)
        {
            splitOf[corpus.Documents[i]] = corpus.Splits[i];
        }

        var needed = new HashSet<int>();
        foreach (var member in ClusterGold.ReadMembers(goldFolder))
        {
            needed.Add(splitOf.TryGetValue(member.Document, out var split) ? split
                : throw new ArgumentException($"{goldFolder}: document {member.Document} is in none of --data {string.Join(',', data)}."));
        }

        return corpus.OfSplits(needed);
    }

    private static void Sweep(ClusterCorpus corpus, string goldFolder)
    {
        var output = Console.Out;
        foreach (var weight in new[] { false, true })
        {
            foreach (var groups in new[] { false, true })
            {
                foreach (var shared in new[] { 2, 3, 4 })
                {
                    foreach (var containment in new[] { 0.5, 0.6, 0.7, 0.8 })
                    {
                        var settings = new ClusterSettings(MinimumContentWords: Math.Max(3, shared), MinimumSharedWords: shared, MinimumContainment: containment, WeightByRarity: weight, ClusterGroups: groups);
                        var text = new StringWriter();
                        Console.SetOut(text);
                        Run(corpus, goldFolder, json: true, show: "no-timing", settings);
                        Console.SetOut(output);
                        var metrics = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(text.ToString().Trim().Split('\n')[^1])!
                            .Where(p => p.Value.ValueKind == JsonValueKind.Number).ToDictionary(p => p.Key, p => p.Value.GetDouble());
                        output.WriteLine($"{settings}: B3 P {metrics["bcubedPrecision"]:F3} R {metrics["bcubedRecall"]:F3} F1 {metrics["bcubedF1"]:F3} | pair P {metrics["pairwisePrecision"]:F3} R {metrics["pairwiseRecall"]:F3} F1 {metrics["pairwiseF1"]:F3} | all B3 F1 {metrics["allBcubedF1"]:F3}");
                    }
                }
            }
        }
    }

    private static int Run(ClusterCorpus corpus, string goldFolder, bool json, string? show, ClusterSettings settings)
    {
        var clusterSeconds = show == "no-timing" ? 0 : TimeClustering(corpus);
        var clusters = ClaimClusterer.ClusterWith(corpus.Results, corpus.Published, settings, CancellationToken.None);
        var clusterOf = new Dictionary<(int, string), int>();
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var member in clusters[c].Members)
            {
                clusterOf[(member.Article, member.ClaimId)] = c;
            }
        }

        var articleOf = corpus.Documents.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i, StringComparer.Ordinal);
        var members = ClusterGold.ReadMembers(goldFolder);
        var gold = new List<string>();
        var predicted = new List<string>();
        var mapped = new List<bool>();
        var claimOf = new List<Claim?>();
        for (var m = 0; m < members.Count; m++)
        {
            var member = members[m];
            var article = articleOf[member.Document];
            var claim = BestClaim(corpus.Texts[article], corpus.Results[article], member.Spans);
            gold.Add(member.Cluster);
            mapped.Add(claim is not null);
            claimOf.Add(claim);
            predicted.Add(claim is null ? "unmapped " + m
                : clusterOf.TryGetValue((article, claim.Id), out var c) ? "cluster " + c : $"claim {article} {claim.Id}");
        }

        var mappedIndices = Enumerable.Range(0, members.Count).Where(i => mapped[i]).ToList();
        var all = (Pair: ClusterScores.Pairwise(gold, predicted), B3: ClusterScores.BCubed(gold, predicted));
        var goldMapped = mappedIndices.Select(i => gold[i]).ToList();
        var predictedMapped = mappedIndices.Select(i => predicted[i]).ToList();
        var onMapped = (Pair: ClusterScores.Pairwise(goldMapped, predictedMapped), B3: ClusterScores.BCubed(goldMapped, predictedMapped));
        var verdicts = ClusterGold.ReadMisquotes(goldFolder);
        var tunedOn = ClusterGold.ReadTunedOnMisquotes(goldFolder);
        var (flagged, judged, right, skipped) = ScoreMisquotes(corpus, clusters, verdicts, tunedOn, show == "flags");
        var (goldFlagged, goldJudged, goldRight) = ScoreGoldPairFlags(corpus, members, verdicts, show == "gold-flags");
        if (show == "errors")
        {
            ShowErrors(corpus, members, gold, predicted, claimOf);
        }

        var metrics = new (string Key, double Value)[]
        {
            ("goldClaims", members.Count), ("goldClusters", gold.Distinct().Count()), ("mappedClaims", mappedIndices.Count),
            ("predictedClusters", clusters.Count),
            ("bcubedPrecision", onMapped.B3.Precision), ("bcubedRecall", onMapped.B3.Recall), ("bcubedF1", onMapped.B3.F1),
            ("pairwisePrecision", onMapped.Pair.Precision), ("pairwiseRecall", onMapped.Pair.Recall), ("pairwiseF1", onMapped.Pair.F1),
            ("allBcubedPrecision", all.B3.Precision), ("allBcubedRecall", all.B3.Recall), ("allBcubedF1", all.B3.F1),
            ("allPairwisePrecision", all.Pair.Precision), ("allPairwiseRecall", all.Pair.Recall), ("allPairwiseF1", all.Pair.F1),
            ("misquoteFlags", flagged), ("misquoteFlagsJudged", judged), ("misquoteFlagsTunedOn", skipped),
            ("misquotePrecision", judged == 0 ? 0 : (double)right / judged),
            ("goldPairFlags", goldFlagged), ("goldPairFlagsJudged", goldJudged),
            ("goldPairMisquotePrecision", goldJudged == 0 ? 0 : (double)goldRight / goldJudged),
            ("clusterMs", clusterSeconds * 1000),
        };
        foreach (var (key, value) in metrics)
        {
            Console.WriteLine($"{key,-22} {value.ToString(value % 1 == 0 ? "F0" : "F4", CultureInfo.InvariantCulture),10}");
        }

        if (json)
        {
            var line = new Dictionary<string, object> { ["gold"] = goldFolder.Replace('\\', '/').TrimEnd('/') };
            foreach (var (key, value) in metrics)
            {
                line[key] = Math.Round(value, 6);
            }

            Console.WriteLine(JsonSerializer.Serialize(line));
        }

        return 0;
    }

    /// <summary>Best of five runs of clustering every claim of the split (the extraction is not timed).</summary>
    private static double TimeClustering(ClusterCorpus corpus)
    {
        var best = double.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            ClaimClusterer.Cluster(corpus.Results, corpus.Published);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }

    private static Claim? BestClaim(string text, ExtractionResult result, IReadOnlyList<(int Start, int End)> spans)
    {
        var gold = ClaimMatcher.Letters(text, spans);
        Claim? best = null;
        var bestDice = ClaimMatcher.MinimumDice;
        foreach (var claim in result.Claims)
        {
            var dice = ClaimMatcher.Dice(gold, ClaimMatcher.Letters(text, claim.Spans.Select(s => (s.Start, s.End)).ToList()));
            if (dice >= bestDice)
            {
                (best, bestDice) = (claim, dice);
            }
        }

        return best;
    }

    /// <summary>
    /// The clusterer's flags judged in <paramref name="verdicts"/>; a flag judged for the gold the thresholds were tuned
    /// on (<paramref name="tunedOn"/>, for a held-out gold) is not held out, so it is counted apart and not scored.
    /// </summary>
    private static (int Flagged, int Judged, int Right, int TunedOn) ScoreMisquotes(ClusterCorpus corpus, IReadOnlyList<ClaimCluster> clusters, Dictionary<string, bool> verdicts, Dictionary<string, bool> tunedOn, bool show)
    {
        int flagged = 0, judged = 0, right = 0, skipped = 0;
        foreach (var cluster in clusters)
        {
            var representative = Key(corpus, cluster.Representative);
            foreach (var variant in cluster.Variants)
            {
                if (!variant.PossibleMisquote)
                {
                    if (show)
                    {
                        Console.Error.WriteLine("  (variant, not flagged) " + string.Join(" ", variant.Diff.Select(d => d.Kind == WordChangeKind.Same ? d.Words : $"[{d.Kind}: {d.Words}]")));
                    }

                    continue;
                }

                foreach (var member in variant.Members)
                {
                    var other = Key(corpus, member);
                    var key = ClusterGold.PairKey(representative.Document, representative.Spans, other.Document, other.Spans);
                    if (tunedOn.ContainsKey(key))
                    {
                        skipped++;
                        continue;
                    }

                    flagged++;
                    if (verdicts.TryGetValue(key, out var verdict))
                    {
                        judged++;
                        right += verdict ? 1 : 0;
                    }

                    if (show)
                    {
                        // One line to judge: the pair's key fields, then the representative and the variant's diff.
                        Console.Error.WriteLine($"{representative.Document}\t{representative.Spans}\t{other.Document}\t{other.Spans}\t{(verdicts.TryGetValue(key, out var v) ? (v ? "misquote" : "not") : "?")}");
                        Console.Error.WriteLine($"    {cluster.Speaker}: {cluster.Text}");
                        Console.Error.WriteLine("    " + string.Join(" ", variant.Diff.Select(d => d.Kind == WordChangeKind.Same ? d.Words : $"[{d.Kind}: {d.Words}]")));
                    }
                }
            }
        }

        return (flagged, judged, right, skipped);
    }

    /// <summary>
    /// The misquote flags on the gold's own pairs: every two members of a gold cluster whose gold contents both quote
    /// (have a quotation mark), compared as the clusterer compares a variant with its representative.
    /// </summary>
    private static (int Flagged, int Judged, int Right) ScoreGoldPairFlags(ClusterCorpus corpus, IReadOnlyList<GoldMember> members, Dictionary<string, bool> verdicts, bool show)
    {
        var articleOf = corpus.Documents.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i, StringComparer.Ordinal);
        int flagged = 0, judged = 0, right = 0;
        foreach (var cluster in members.GroupBy(m => m.Cluster).Where(g => g.Count() > 1))
        {
            var quoted = cluster.Select(m => (Member: m, Words: GoldQuoteWords(corpus.Texts[articleOf[m.Document]], m.Spans)))
                .Where(q => q.Words is not null).ToList();
            for (var i = 0; i < quoted.Count; i++)
            {
                for (var j = i + 1; j < quoted.Count; j++)
                {
                    if (ClaimExtraction.Clustering.QuoteComparer.Compare(quoted[i].Words!, quoted[j].Words!) is not { PossibleMisquote: true } comparison)
                    {
                        continue;
                    }

                    flagged++;
                    var (a, b) = (quoted[i].Member, quoted[j].Member);
                    var key = ClusterGold.PairKey(a.Document, FormatSpans(a.Spans), b.Document, FormatSpans(b.Spans));
                    var known = verdicts.TryGetValue(key, out var verdict);
                    judged += known ? 1 : 0;
                    right += known && verdict ? 1 : 0;
                    if (show)
                    {
                        Console.Error.WriteLine($"{a.Document}\t{FormatSpans(a.Spans)}\t{b.Document}\t{FormatSpans(b.Spans)}\t{(known ? (verdict ? "misquote" : "not") : "?")}");
                        Console.Error.WriteLine("    " + string.Join(" ", comparison.Diff.Select(d => d.Kind == WordChangeKind.Same ? d.Words : $"[{d.Kind}: {d.Words}]")));
                    }
                }
            }
        }

        return (flagged, judged, right);
    }

    private static List<ClaimExtraction.Clustering.QuoteWord>? GoldQuoteWords(string text, IReadOnlyList<(int Start, int End)> spans)
    {
        var content = string.Join(' ', spans.Select(s => text[s.Start..s.End]));
        if (content.AsSpan().IndexOfAny("“”\"") < 0 && !content.Contains("''", StringComparison.Ordinal))
        {
            return null;
        }

        var words = ClaimExtraction.Clustering.ClaimWords.QuotedWords(content, spans.Select(s => new TextSpan(s.Start, s.End)).ToList());
        return words.Count(w => !w.IsBreak) >= ClaimExtraction.Clustering.QuoteComparer.MinimumSharedWords ? words : null;
    }

    private static string FormatSpans(IReadOnlyList<(int Start, int End)> spans) =>
        string.Join(';', spans.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Start}-{s.End}")));

    private static (string Document, string Spans) Key(ClusterCorpus corpus, ClusterMember member)
    {
        var claim = corpus.Results[member.Article].Claims.First(c => c.Id == member.ClaimId);
        return (corpus.Documents[member.Article], ClusterGold.FormatSpans(claim.Spans));
    }

    private static void ShowErrors(ClusterCorpus corpus, IReadOnlyList<GoldMember> members, List<string> gold, List<string> predicted, List<Claim?> claims)
    {
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                var sameGold = gold[i] == gold[j];
                var samePredicted = predicted[i] == predicted[j];
                if (sameGold != samePredicted && claims[i] is { } a && claims[j] is { } b)
                {
                    Console.Error.WriteLine(sameGold ? "MISSED" : "MERGED");
                    Console.Error.WriteLine($"  {members[i].Document} [{a.Speaker?.Name}/{a.Kind}] {a.Text}");
                    Console.Error.WriteLine($"  {members[j].Document} [{b.Speaker?.Name}/{b.Kind}] {b.Text}");
                }
            }
        }
    }
}
