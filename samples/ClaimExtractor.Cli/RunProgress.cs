using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClaimExtraction.Cli;

/// <summary>Where a command reads and writes: the process's streams, or a test's.</summary>
/// <param name="OpenStdin">Opens standard input (called at most once).</param>
/// <param name="Stdout">Standard output, as bytes (every format writes UTF-8).</param>
/// <param name="Error">Standard error.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (a progress bar then, a summary line otherwise).</param>
/// <param name="StdoutIsTerminal">Whether standard output is a terminal (no progress bar then: it would cut through the output).</param>
internal sealed record CliIo(Func<Stream> OpenStdin, Stream Stdout, TextWriter Error, bool ErrorIsTerminal, bool StdoutIsTerminal)
{
    public static CliIo FromConsole() =>
        new(Console.OpenStandardInput, Console.OpenStandardOutput(), Console.Error, !Console.IsErrorRedirected, !Console.IsOutputRedirected);
}

/// <summary>Counts a run's articles, claims and bytes as they go, behind a progress bar or not.</summary>
internal sealed class RunProgress
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private ProgressTask? _bar;

    public int Articles { get; private set; }

    public int Claims { get; private set; }

    public long Bytes { get; private set; }

    public void Advance(ExtractedArticle item, long bytes)
    {
        Articles++;
        Claims += item.Result.Claims.Count;
        Bytes += bytes;
        _bar?.Increment(1);
    }

    /// <summary>
    /// Runs <paramref name="work"/>: under a Spectre.Console progress bar (articles/s and the time left) on standard
    /// error when <paramref name="showBar"/>; otherwise as is.
    /// </summary>
    public void Run(CliIo io, bool showBar, int totalArticles, Action work)
    {
        if (!showBar)
        {
            work();
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(io.Error),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ArticlesPerSecondColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                _bar = context.AddTask("extracting", maxValue: Math.Max(1, totalArticles));
                try
                {
                    work();
                }
                finally
                {
                    _bar.StopTask();
                }
            });
    }

    /// <summary>The line a run ends with: articles, claims, MB (10^6 bytes of input) and seconds.</summary>
    public string Summary(int skipped)
    {
        var seconds = _clock.Elapsed.TotalSeconds;
        var rate = seconds > 0 ? Articles / seconds : 0;
        var line = string.Format(CultureInfo.InvariantCulture, "claim-extractor: {0} articles, {1} claims, {2:0.00} MB in {3:0.0} s ({4:0} articles/s)",
            Articles, Claims, Bytes / 1e6, seconds, rate);
        return skipped > 0 ? line + string.Format(CultureInfo.InvariantCulture, "; {0} input{1} skipped", skipped, skipped == 1 ? "" : "s") : line;
    }

    /// <summary>Articles per second, from the task's recent speed.</summary>
    private sealed class ArticlesPerSecondColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text(task.Speed is { } speed ? string.Format(CultureInfo.InvariantCulture, "{0,6:0} articles/s", speed) : "     – articles/s");
    }
}
