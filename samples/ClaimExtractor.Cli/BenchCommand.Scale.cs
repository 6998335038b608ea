using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ClaimExtraction.Cli;

/// <summary>
/// `bench --scale`: whether time and memory stay linear in the input. Times <see cref="ClaimExtractor.Extract"/> on
/// 1, 2, 4 and 8 MB of the given articles joined, and on inputs that once made a stage blow up (one line with no
/// punctuation; straight, then curly, opening quotation marks only) at 1 and 5 MB; prints seconds per MB and
/// allocated MB per input MB. Then cancels a 5 MB extraction at several points of its run and prints how long the
/// extraction took to throw after the token was cancelled. Sizes are in millions of characters (UTF-16 code units).
/// </summary>
internal static partial class BenchCommand
{
    private const int Million = 1_000_000;

    /// <summary>Points of a 5 MB run, as shares of its expected time, at which the cancellation check cancels.</summary>
    private static readonly double[] CancelPoints = [0.1, 0.3, 0.5, 0.7, 0.9];

    public static int RunScale(string[] paths, bool json, TextWriter output, TextWriter error)
    {
        List<string> texts;
        try
        {
            texts = ArticleSource.Expand(paths).Select(a => a.Text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        }
        catch (IOException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return 1;
        }

        if (texts.Count == 0)
        {
            error.WriteLine("error: no articles to join.");
            return 1;
        }

        var extractor = new ClaimExtractor();
        foreach (var text in texts)
        {
            _ = extractor.Extract(text); // warm-up: models loaded, code compiled
        }

        output.WriteLine(ProcessorLine());
        var joined = string.Join('\n', texts);
        var inputs = new List<(string Family, int Megabytes, Func<int, string> Make)>();
        foreach (var mb in (int[])[1, 2, 4, 8])
        {
            inputs.Add(("joined articles", mb, n => Repeat(joined, n, '\n')));
        }

        var unpunctuated = WithoutPunctuation(joined);
        foreach (var mb in (int[])[1, 5])
        {
            inputs.Add(("one line, no punctuation", mb, n => Repeat(unpunctuated, n, ' ')));
            inputs.Add(("straight quotes \"", mb, n => new string('"', n)));
            inputs.Add(("curly quotes \u201C", mb, n => new string('\u201C', n)));
        }

        output.WriteLine($"{"input",-26} {"MB",3} {"seconds",9} {"s/MB",8} {"x 1 MB",7} {"alloc MB/MB",12}");
        var rows = new List<ScaleRow>();
        foreach (var (family, mb, make) in inputs.OrderBy(i => i.Family, StringComparer.Ordinal).ThenBy(i => i.Megabytes))
        {
            var row = Measure(extractor, family, mb, make(mb * Million));
            var perMbAtOne = rows.FirstOrDefault(r => r.Family == family && r.Megabytes == 1)?.SecondsPerMb ?? row.SecondsPerMb;
            row = row with { Growth = row.SecondsPerMb / Math.Max(perMbAtOne, 1e-9) };
            rows.Add(row);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{family,-26} {mb,3} {row.Seconds,9:F3} {row.SecondsPerMb,8:F3} {row.Growth,7:F2} {row.AllocatedMbPerMb,12:F1}"));
        }

        // Cancel a 5 MB run at points spread over its expected time: every stage gets cancelled somewhere.
        var fiveMb = Repeat(joined, 5 * Million, '\n');
        var expected = 5 * rows.Where(r => r.Family == "joined articles").Max(r => r.SecondsPerMb);
        var latencies = new List<double>();
        foreach (var point in CancelPoints)
        {
            latencies.Add(CancellationLatencyMs(extractor, fiveMb, TimeSpan.FromSeconds(point * expected)));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cancellation of a 5 MB extraction at {string.Join(", ", CancelPoints.Select(p => $"{p:P0}"))} of its run: thrown after "
            + $"{string.Join(", ", latencies.Select(l => double.IsNaN(l) ? "never (finished first)" : $"{l:F1} ms"))}; worst {latencies.Where(l => !double.IsNaN(l)).DefaultIfEmpty(double.NaN).Max():F1} ms"));
        if (json)
        {
            var inv = CultureInfo.InvariantCulture;
            var items = string.Join(',', rows.Select(r => string.Create(inv,
                $"{{\"input\":\"{r.Family.Replace("\"", "\\\"", StringComparison.Ordinal)}\",\"mb\":{r.Megabytes},\"seconds\":{r.Seconds:F4},\"secondsPerMb\":{r.SecondsPerMb:F4},\"growth\":{r.Growth:F3},\"allocatedMbPerMb\":{r.AllocatedMbPerMb:F2}}}")));
            var cancels = string.Join(',', latencies.Select(l => double.IsNaN(l) ? "null" : l.ToString("F2", inv)));
            output.WriteLine(string.Create(inv,
                $"{{\"processorCount\":{Environment.ProcessorCount},\"affinityMask\":\"{AffinityMask()}\",\"inputs\":[{items}],\"cancelLatencyMs\":[{cancels}]}}"));
        }

        return 0;
    }

    /// <summary>How many processors this process may run on: the runtime's count and the OS affinity mask (the bench sets neither).</summary>
    internal static string ProcessorLine() =>
        $"process may use {Environment.ProcessorCount} processor(s) (Environment.ProcessorCount); affinity mask {AffinityMask()}";

    private static string AffinityMask()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            using var process = Process.GetCurrentProcess();
            return "0x" + ((long)process.ProcessorAffinity).ToString("X", CultureInfo.InvariantCulture);
        }

        return "unknown";
    }

    private static ScaleRow Measure(ClaimExtractor extractor, string family, int megabytes, string text)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var start = Stopwatch.GetTimestamp();
        _ = extractor.Extract(text);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6;
        var inputMb = text.Length / (double)Million;
        return new ScaleRow(family, megabytes, seconds, seconds / inputMb, 1, allocatedMb / inputMb);
    }

    /// <summary>Milliseconds from the token's cancellation to the extraction's throw; NaN if it finished first.</summary>
    private static double CancellationLatencyMs(ClaimExtractor extractor, string text, TimeSpan after)
    {
        using var source = new CancellationTokenSource();
        long cancelledAt = 0;
        using var registration = source.Token.Register(() => Volatile.Write(ref cancelledAt, Stopwatch.GetTimestamp()));
        GC.Collect();
        source.CancelAfter(after);
        try
        {
            _ = extractor.Extract(text, source.Token);
            return double.NaN;
        }
        catch (OperationCanceledException)
        {
            return Stopwatch.GetElapsedTime(Volatile.Read(ref cancelledAt)).TotalMilliseconds;
        }
    }

    /// <summary>The text repeated, copies apart by <paramref name="separator"/>, and cut to exactly <paramref name="length"/> characters.</summary>
    private static string Repeat(string text, int length, char separator)
    {
        var builder = new StringBuilder(length + text.Length + 1);
        while (builder.Length < length)
        {
            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(text);
        }

        builder.Length = length;
        return builder.ToString();
    }

    /// <summary>Letters, digits and spaces only: every other character (punctuation, line breaks) becomes a space.</summary>
    private static string WithoutPunctuation(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsLetterOrDigit(source[i]) ? source[i] : ' ';
            }
        });

    private sealed record ScaleRow(string Family, int Megabytes, double Seconds, double SecondsPerMb, double Growth, double AllocatedMbPerMb);
}
