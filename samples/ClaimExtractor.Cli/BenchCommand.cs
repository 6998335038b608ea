using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimExtraction.Documents;
using ClaimExtraction.Models;
using ClaimExtraction.Pipeline;
using ClaimExtraction.Text;

namespace ClaimExtraction.Cli;

/// <summary>
/// `bench`: the whole pipeline over the articles on one thread, stage by stage. Loads the models cold (timed), runs one
/// warm-up pass over all articles (JIT), then the timed passes (three unless told); reports the best pass and, per stage, the best time:
/// text analysis (tokenize, split sentences, find quotations), tagging (part of speech, lemmas, entities), parsing and
/// extraction (rules, speakers, records); then the best of as many passes of the batch API, ExtractMany.
/// </summary>
internal static partial class BenchCommand
{
    /// <summary>Timed passes when the caller does not say.</summary>
    public const int DefaultPasses = 3;

    public static int Run(string[] paths, bool json, TextWriter output, TextWriter error, int passes = DefaultPasses)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        List<Article> articles;
        try
        {
            articles = ArticleSource.Expand(paths).ToList();
        }
        catch (IOException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return 1;
        }

        // Cold first use of every model, in the order the pipeline asks for them (the sum is the first-use cost an application
        // pays; the parser starts reading on the thread pool with the first tagger, so its share is what is left to wait for).
        var loads = new (string Name, double Ms)[5];
        var load = Stopwatch.StartNew();
        loads[0] = ("pos", Time(() => _ = ModelStore.PartOfSpeech));
        loads[1] = ("lemma", Time(() => _ = ModelStore.Lemmatizer));
        loads[2] = ("ner", Time(() => _ = ModelStore.Entities));
        loads[3] = ("parser", Time(() => _ = ModelStore.Parser));
        ClaimExtractor? extractor = null;
        loads[4] = ("extractor", Time(() => extractor = new ClaimExtractor())); // cue lexicon, pipeline
        var stages = ModelStore.AllStages();
        load.Stop();

        var pipeline = new StagedPipeline(extractor!, [.. ModelStore.TaggingStages()], ModelStore.Parser);
        long bytes = 0;
        foreach (var article in articles)
        {
            bytes += Encoding.UTF8.GetByteCount(article.Text);
        }

        // Warm-up: the staged run and the public Extract must agree (the stages are the pipeline's, in its order).
        var warm = pipeline.RunPass(articles);
        var publicClaims = articles.Sum(a => extractor!.Extract(a.Text).Claims.Count);
        if (warm.Claims != publicClaims || !stages.SequenceEqual([.. ModelStore.TaggingStages(), ModelStore.Parser]))
        {
            error.WriteLine($"error: the staged run found {warm.Claims} claims, Extract found {publicClaims}; the bench no longer mirrors the pipeline.");
            return 1;
        }

        var best = pipeline.RunPass(articles);
        for (var pass = 1; pass < passes; pass++)
        {
            best = best.BestWith(pipeline.RunPass(articles));
        }

        // The batch API over the same articles: a chunk at a time, stage by stage, so each model stays in the caches.
        var texts = articles.Select(a => a.Text).ToList();
        var batchClaims = extractor!.ExtractMany(texts).Sum(r => r.Claims.Count);
        if (batchClaims != best.Claims)
        {
            error.WriteLine($"error: ExtractMany found {batchClaims} claims, the staged run {best.Claims}.");
            return 1;
        }

        var batchTicks = long.MaxValue;
        var batchCpu = TimeSpan.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            var start = Stopwatch.GetTimestamp();
            var cpuStart = ProcessCpu();
            _ = extractor.ExtractMany(texts);
            batchTicks = Math.Min(batchTicks, Stopwatch.GetTimestamp() - start);
            batchCpu = Min(batchCpu, ProcessCpu() - cpuStart);
        }

        // The stream on every processor the process may use against the stream on one thread, the articles read lazily.
        var cores = Environment.ProcessorCount;
        var (oneCoreTicks, allCoresTicks) = cores > 1 ? (StreamTicks(extractor, texts, 1, passes), StreamTicks(extractor, texts, cores, passes)) : (0, 0);
        var report = new Report(articles.Count, bytes, best, passes, load.Elapsed.TotalMilliseconds, loads, pipeline.StageNames, batchTicks)
        {
            CpuSeconds = best.Cpu.TotalSeconds,
            BatchCpuSeconds = batchCpu.TotalSeconds,
            StreamOneCoreTicks = oneCoreTicks,
            StreamAllCoresTicks = allCoresTicks,
        };
        output.WriteLine(ProcessorLine());
        report.WriteTable(output);
        if (json)
        {
            output.WriteLine(report.ToJson());
        }

        return 0;
    }

    /// <summary>The best of <paramref name="passes"/> wall times of <see cref="ClaimExtractor.ExtractStream"/> at a degree of parallelism.</summary>
    private static long StreamTicks(ClaimExtractor extractor, List<string> texts, int degree, int passes)
    {
        var options = new BatchOptions { MaxDegreeOfParallelism = degree };
        var best = long.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            var start = Stopwatch.GetTimestamp();
            foreach (var _ in extractor.ExtractStream(texts, options))
            {
            }

            best = Math.Min(best, Stopwatch.GetTimestamp() - start);
        }

        return best;
    }

    /// <summary>
    /// CPU time of the whole process (every thread: the work, the JIT's background compiles, the GC). On a shared
    /// machine the wall clock also counts the time other processes held the core; this does not.
    /// </summary>
    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The pipeline of <see cref="ClaimExtractor.Extract"/>, one stage at a time with a clock around each.</summary>
    private sealed class StagedPipeline(ClaimExtractor extractor, IDocumentStage[] tagging, IDocumentStage parser)
    {
        public int StageCount => tagging.Length + 3;

        /// <summary>text, each tagging stage, parse, extract.</summary>
        public string[] StageNames => ["text", .. tagging.Select(s => s.GetType().Name), "parse", "extract"];

        public PassResult RunPass(List<Article> articles)
        {
            var ticks = new long[StageCount];
            long tokens = 0;
            var claims = 0;
            var passStart = Stopwatch.GetTimestamp();
            var cpuStart = ProcessCpu();
            foreach (var article in articles)
            {
                if (string.IsNullOrWhiteSpace(article.Text))
                {
                    continue; // Extract returns the empty result without analysis
                }

                var t0 = Stopwatch.GetTimestamp();
                var doc = TextAnalyzer.Instance.Analyze(article.Text, CancellationToken.None);
                var t1 = Stopwatch.GetTimestamp();
                ticks[0] += t1 - t0;
                for (var s = 0; s < tagging.Length; s++)
                {
                    tagging[s].Process(doc, CancellationToken.None);
                    var t2 = Stopwatch.GetTimestamp();
                    ticks[s + 1] += t2 - t1;
                    t1 = t2;
                }

                parser.Process(doc, CancellationToken.None);
                var t3 = Stopwatch.GetTimestamp();
                ticks[^2] += t3 - t1;
                claims += extractor.ExtractFrom(doc, CancellationToken.None).Claims.Count;
                ticks[^1] += Stopwatch.GetTimestamp() - t3;
                tokens += doc.Tokens.Length;
            }

            return new PassResult(Stopwatch.GetTimestamp() - passStart, ticks, tokens, claims) { Cpu = ProcessCpu() - cpuStart };
        }
    }

    private sealed record PassResult(long Ticks, long[] StageTicks, long Tokens, int Claims)
    {
        /// <summary>The process's CPU time over the pass.</summary>
        public TimeSpan Cpu { get; init; }

        /// <summary>The faster pass, and for each stage its fastest time over both.</summary>
        public PassResult BestWith(PassResult other) => this with
        {
            Ticks = Math.Min(Ticks, other.Ticks),
            Cpu = Min(Cpu, other.Cpu),
            StageTicks = StageTicks.Zip(other.StageTicks, Math.Min).ToArray(),
        };
    }

    private sealed class Report(int articles, long bytes, PassResult best, int passes, double modelLoadMs, (string Name, double Ms)[] loads, string[] stageNames, long batchTicks)
    {
        /// <summary>The best pass's process CPU time (see <see cref="ProcessCpu"/>).</summary>
        public double CpuSeconds { get; init; }

        public double BatchCpuSeconds { get; init; }

        /// <summary>The best wall time of ExtractStream on one thread, and on every processor; 0 on one processor.</summary>
        public long StreamOneCoreTicks { get; init; }

        public long StreamAllCoresTicks { get; init; }

        private double ParallelSpeedup => StreamAllCoresTicks > 0 ? StreamOneCoreTicks / (double)StreamAllCoresTicks : 1;

        private double Seconds => Math.Max(best.Ticks / (double)Stopwatch.Frequency, 1e-9);

        private double BatchSeconds => Math.Max(batchTicks / (double)Stopwatch.Frequency, 1e-9);

        private double StageSeconds(int stage) => Math.Max(best.StageTicks[stage] / (double)Stopwatch.Frequency, 1e-9);

        private double TagSeconds => Enumerable.Range(1, stageNames.Length - 3).Sum(StageSeconds);

        private double TokensPerSecond(double seconds) => best.Tokens / seconds;

        public void WriteTable(TextWriter output)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{articles} articles, {bytes / 1e6:F2} MB, {best.Tokens:N0} tokens, {best.Claims} claims; best of {passes} passes after a warm-up; one thread"));
            output.WriteLine($"{"stage",-30} {"seconds",9} {"tokens/s",13} {"share",6}");
            for (var s = 0; s < stageNames.Length; s++)
            {
                var name = s is > 0 && s < stageNames.Length - 2 ? "  tag: " + stageNames[s] : stageNames[s];
                Row(output, name, StageSeconds(s));
                if (s == stageNames.Length - 3)
                {
                    Row(output, "tag (all)", TagSeconds);
                }
            }

            Row(output, "whole pipeline", Seconds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{bytes / 1e6 / Seconds:F2} MB/s, {articles / Seconds:F1} articles/s; first-use model load {modelLoadMs:F0} ms ({string.Join(", ", loads.Select(l => $"{l.Name} {l.Ms:F0}"))})"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ExtractMany (a chunk of articles at a time, stage by stage): {BatchSeconds:F4} s, {bytes / 1e6 / BatchSeconds:F2} MB/s, {articles / BatchSeconds:F1} articles/s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"by process CPU time (what a core of its own would give): Extract {bytes / 1e6 / Math.Max(CpuSeconds, 1e-9):F2} MB/s, ExtractMany {bytes / 1e6 / Math.Max(BatchCpuSeconds, 1e-9):F2} MB/s"));
            if (StreamAllCoresTicks > 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"ExtractStream on {Environment.ProcessorCount} processors: {StreamAllCoresTicks / (double)Stopwatch.Frequency:F4} s, {ParallelSpeedup:F2} x its {StreamOneCoreTicks / (double)Stopwatch.Frequency:F4} s on one"));
            }
        }

        public string ToJson()
        {
            var inv = CultureInfo.InvariantCulture;
            var tagStages = string.Join(',', Enumerable.Range(1, stageNames.Length - 3)
                .Select(s => string.Create(inv, $"\"{stageNames[s]}\":{TokensPerSecond(StageSeconds(s)):F0}")));
            var loadParts = string.Join(',', loads.Select(l => string.Create(inv, $"\"{l.Name}\":{l.Ms:F1}")));
            return string.Create(inv,
                $"{{\"processorCount\":{Environment.ProcessorCount},\"affinityMask\":\"{AffinityMask()}\",\"bytes\":{bytes},\"articles\":{articles},\"tokens\":{best.Tokens},\"claims\":{best.Claims},\"seconds\":{Seconds:F4},"
                + $"\"mbPerSecond\":{bytes / 1e6 / Seconds:F3},\"articlesPerSecond\":{articles / Seconds:F2},"
                + $"\"batchSeconds\":{BatchSeconds:F4},\"batchMbPerSecond\":{bytes / 1e6 / BatchSeconds:F3},\"batchArticlesPerSecond\":{articles / BatchSeconds:F2},"
                + $"\"cpuSeconds\":{CpuSeconds:F4},\"cpuMbPerSecond\":{bytes / 1e6 / Math.Max(CpuSeconds, 1e-9):F3},\"batchCpuSeconds\":{BatchCpuSeconds:F4},\"batchCpuMbPerSecond\":{bytes / 1e6 / Math.Max(BatchCpuSeconds, 1e-9):F3},\"modelLoadMs\":{modelLoadMs:F1},\"parallelSpeedup\":{ParallelSpeedup:F3},"
                + $"\"tokensPerSecond\":{{\"tokenize\":{TokensPerSecond(StageSeconds(0)):F0},\"tag\":{TokensPerSecond(TagSeconds):F0},"
                + $"\"parse\":{TokensPerSecond(StageSeconds(stageNames.Length - 2)):F0},\"extract\":{TokensPerSecond(StageSeconds(stageNames.Length - 1)):F0},"
                + $"\"whole\":{TokensPerSecond(Seconds):F0}}},\"tagStagesTokensPerSecond\":{{{tagStages}}},\"modelLoadBreakdownMs\":{{{loadParts}}}}}");
        }

        private void Row(TextWriter output, string name, double seconds) =>
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-30} {seconds,9:F4} {TokensPerSecond(seconds),13:N0} {seconds / Seconds,6:P0}"));
    }
}
