using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClaimExtraction.Training.Clustering;

/// <summary>
/// <c>cluster-bench [--claims N] [--data DIR] [--json]</c>: times <see cref="ClaimClusterer"/> on N synthetic claims
/// (default one million) and, with <c>--data</c>, on every claim of a PolNeAR split (extraction not timed; best of
/// five). Run it on one core with <c>taskset -c 0</c>; on a shared machine the CPU seconds (the process's processor
/// time over the timed part) are the steadier figure.
/// </summary>
/// <remarks>
/// The synthetic batch: 20 claims per article; 20,000 speakers and 250,000 statements, both drawn Zipf-like (the top
/// speaker makes about 9 % of the statements, the top statement is reported thousands of times); each statement 8–40
/// words from a 30,000-word Zipf vocabulary with function words between; each report is the statement as is (50 %),
/// cut at one or both ends (25 %), with one word changed (10 %) or as a paraphrase (15 %: function words dropped or
/// changed, the rest kept), 70 % as direct quotations.
/// </remarks>
internal static class ClusterBenchCommand
{
    private const int ClaimsPerArticle = 20;
    private const int Speakers = 20_000;
    private const int Statements = 250_000;
    private const int Vocabulary = 30_000;

    private static readonly string[] FunctionWords = ["the", "a", "of", "to", "and", "that", "is", "in", "we", "will", "it", "not", "for", "be", "they"];

    public static int Run(int claims, string? data, bool json)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        if (data is not null)
        {
            var corpus = ClusterCorpus.Load(data);
            var best = double.MaxValue;
            var bestCpu = double.MaxValue;
            var clusters = 0;
            var self = Process.GetCurrentProcess();
            for (var run = 0; run < 5; run++)
            {
                self.Refresh();
                var cpu = self.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                clusters = ClaimClusterer.Cluster(corpus.Results, corpus.Published).Count;
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
                self.Refresh();
                bestCpu = Math.Min(bestCpu, (self.TotalProcessorTime - cpu).TotalSeconds);
            }

            metrics["splitCpuSeconds"] = bestCpu;
            metrics["splitArticles"] = corpus.Results.Count;
            metrics["splitClaims"] = corpus.Results.Sum(r => r.Claims.Count);
            metrics["splitClusters"] = clusters;
            metrics["splitSeconds"] = best;
        }

        var generateWatch = Stopwatch.StartNew();
        var results = Generate(claims);
        metrics["syntheticGenerateSeconds"] = generateWatch.Elapsed.TotalSeconds;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watchAdd = Stopwatch.StartNew();
        var clusterer = new ClaimClusterer();
        foreach (var result in results)
        {
            clusterer.Add(result);
        }

        var addSeconds = watchAdd.Elapsed.TotalSeconds;
        var heldBytes = GC.GetTotalMemory(forceFullCollection: false) - before;
        var watchBuild = Stopwatch.StartNew();
        var found = clusterer.GetClusters();
        var buildSeconds = watchBuild.Elapsed.TotalSeconds;
        process.Refresh();
        metrics["syntheticCpuSeconds"] = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        metrics["syntheticClaims"] = claims;
        metrics["syntheticAddSeconds"] = addSeconds;
        metrics["syntheticBuildSeconds"] = buildSeconds;
        metrics["syntheticSeconds"] = addSeconds + buildSeconds;
        metrics["syntheticClaimsPerSecond"] = claims / (addSeconds + buildSeconds);
        metrics["syntheticClusters"] = found.Count;
        metrics["syntheticClusteredClaims"] = found.Sum(c => c.Members.Count);
        metrics["syntheticVariants"] = found.Sum(c => c.Variants.Count);
        metrics["syntheticHeldMegabytes"] = heldBytes / 1e6;
        metrics["peakWorkingSetMegabytes"] = Process.GetCurrentProcess().PeakWorkingSet64 / 1e6;
        foreach (var (key, value) in metrics)
        {
            Console.WriteLine($"{key,-28} {value.ToString(value % 1 == 0 ? "F0" : "F3", CultureInfo.InvariantCulture),14}");
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(metrics.ToDictionary(m => m.Key, m => Math.Round(m.Value, 4))));
        }

        return 0;
    }

    /// <summary>The synthetic batch (deterministic: one seed).</summary>
    internal static List<ExtractionResult> Generate(int claims)
    {
        var random = new Random(20160101);
        var speakerDraw = ZipfTable(Speakers, 1.0);
        var statementDraw = ZipfTable(Statements, 0.9);
        var wordDraw = ZipfTable(Vocabulary, 1.0);
        var statementSpeaker = new int[Statements];
        var statementWords = new string[Statements][];
        for (var s = 0; s < Statements; s++)
        {
            statementSpeaker[s] = Draw(speakerDraw, random);
            var length = random.Next(8, 41);
            var words = new string[length];
            for (var w = 0; w < length; w++)
            {
                words[w] = random.Next(3) == 0 ? FunctionWords[random.Next(FunctionWords.Length)] : "w" + Draw(wordDraw, random).ToString(CultureInfo.InvariantCulture);
            }

            statementWords[s] = words;
        }

        var results = new List<ExtractionResult>(claims / ClaimsPerArticle + 1);
        var articleClaims = new List<Claim>(ClaimsPerArticle);
        var text = new StringBuilder();
        for (var c = 0; c < claims; c++)
        {
            var statement = Draw(statementDraw, random);
            var words = Report(statementWords[statement], random);
            var direct = random.Next(10) < 7;
            text.Clear();
            text.Append(direct ? "“" : string.Empty).AppendJoin(' ', words).Append(direct ? "”" : string.Empty);
            var speaker = statementSpeaker[statement].ToString(CultureInfo.InvariantCulture);
            var content = text.ToString();
            articleClaims.Add(new Claim(
                "c" + (articleClaims.Count + 1).ToString(CultureInfo.InvariantCulture),
                direct ? ClaimKind.Direct : ClaimKind.Indirect,
                content,
                [new TextSpan(0, content.Length)],
                new SpeakerReference("s1", "Speaker" + speaker + " Surname" + speaker, SpeakerKind.Person, null),
                null,
                [],
                0.9,
                0.9,
                0));
            if (articleClaims.Count == ClaimsPerArticle || c == claims - 1)
            {
                results.Add(new ExtractionResult(articleClaims.ToArray(), []));
                articleClaims.Clear();
            }
        }

        return results;
    }

    private static string[] Report(string[] words, Random random)
    {
        var kind = random.Next(100);
        if (kind < 50)
        {
            return words;
        }

        if (kind < 75)
        {
            var start = random.Next(words.Length / 3);
            var end = words.Length - random.Next(words.Length / 3);
            return words[start..end];
        }

        var copy = (string[])words.Clone();
        if (kind < 85)
        {
            copy[random.Next(1, copy.Length - 1)] = "changed";
            return copy;
        }

        // A paraphrase: function words dropped or swapped, content words kept in order.
        return copy.Where(w => !w.StartsWith('w') ? random.Next(2) == 0 : true)
            .Select(w => w.StartsWith('w') ? w : FunctionWords[random.Next(FunctionWords.Length)]).ToArray();
    }

    private static double[] ZipfTable(int count, double exponent)
    {
        var cumulative = new double[count];
        var total = 0.0;
        for (var k = 0; k < count; k++)
        {
            total += 1.0 / Math.Pow(k + 1, exponent);
            cumulative[k] = total;
        }

        for (var k = 0; k < count; k++)
        {
            cumulative[k] /= total;
        }

        return cumulative;
    }

    private static int Draw(double[] cumulative, Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return index < 0 ? Math.Min(~index, cumulative.Length - 1) : index;
    }
}
