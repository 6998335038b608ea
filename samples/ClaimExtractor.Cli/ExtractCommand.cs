using ClaimExtraction.Cli.Output;

namespace ClaimExtraction.Cli;

/// <summary>The output formats of `extract`.</summary>
internal enum OutputFormat
{
    Jsonl,
    Pretty,
    Csv,
    Html,
}

/// <summary>What `extract` was asked to do, parsed and checked by <see cref="CliApp"/>.</summary>
internal sealed record ExtractSettings(
    IReadOnlyList<string> Paths,
    OutputFormat Format = OutputFormat.Jsonl,
    double? MinimumConfidence = null,
    string? Output = null,
    InputEncoding Encoding = InputEncoding.Auto,
    bool KeepGoing = false,
    bool Quiet = false,
    string? Clusters = null);

/// <summary>
/// `extract`: checks every input, then streams the articles through the library's batch API and writes JSON Lines (for
/// score.py and check_seed.py), a readable view, CSV or HTML.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>Exit code for bad arguments: an option's value, a path that names nothing, an output that cannot be written.</summary>
    public const int BadArguments = 2;

    /// <summary>Exit code for an input that cannot be read, or (with --keep-going) any input skipped.</summary>
    public const int UnreadableInput = 1;

    public static int Run(ExtractSettings settings, CliIo io, CancellationToken cancellationToken)
    {
        var options = new ClaimExtractorOptions();
        options.MinimumConfidence = settings.MinimumConfidence ?? options.MinimumConfidence;
        ClaimExtractor extractor;
        try
        {
            extractor = new ClaimExtractor(options);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // The library's own check of the options: one rule, one message.
            io.Error.WriteLine($"error: --min-confidence: {ex.Message}");
            return BadArguments;
        }

        // Every input is found and decoded before anything is written.
        var plan = ArticleSource.Plan(settings.Paths, settings.Encoding, io.OpenStdin, checkContents: true);
        foreach (var problem in plan.Problems)
        {
            io.Error.WriteLine(problem.Message);
        }

        if (plan.Problems.Count > 0 && !settings.KeepGoing)
        {
            io.Error.WriteLine("nothing written (--keep-going skips the inputs that cannot be read and goes on)");
            return plan.Problems.Max(p => p.ExitCode);
        }

        if (plan.Inputs.Count == 0)
        {
            io.Error.WriteLine("error: no article to read");
            return plan.Problems.Count > 0 ? plan.Problems.Max(p => p.ExitCode) : BadArguments;
        }

        if (CheckOutput(settings, plan.Inputs.Count) is { } outputProblem)
        {
            io.Error.WriteLine(outputProblem);
            return BadArguments;
        }

        FileStream? file = null;
        if (settings.Output is not null && !(settings.Format == OutputFormat.Html && plan.Inputs.Count > 1))
        {
            try
            {
                file = new FileStream(settings.Output, FileMode.Create, FileAccess.Write, FileShare.Read);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                io.Error.WriteLine($"error: -o {settings.Output}: cannot be written ({ex.Message})");
                return BadArguments;
            }
        }

        IResultWriter writer;
        try
        {
            writer = CreateWriter(settings, file ?? io.Stdout, plan.Inputs.Count);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            file?.Dispose();
            io.Error.WriteLine($"error: -o {settings.Output}: cannot be written ({ex.Message})");
            return BadArguments;
        }

        var skipped = plan.Problems.Count;
        var progress = new RunProgress();
        try
        {
            using var output = file;
            using var results = writer;
            var runner = new BatchRunner(extractor);
            // --clusters: the claims of all articles grouped by statement (a member's article is its place in the output).
            var clusterer = settings.Clusters is null ? null : new ClaimClusterer();
            var showBar = io.ErrorIsTerminal && !settings.Quiet && (settings.Output is not null || !io.StdoutIsTerminal);
            progress.Run(io, showBar, plan.Inputs.Count, () =>
            {
                foreach (var item in runner.Run(Articles(), cancellationToken))
                {
                    writer.Write(item);
                    clusterer?.Add(item.Result);
                    progress.Advance(item, item.Article.Bytes);
                }

                if (clusterer is not null)
                {
                    var clusters = clusterer.GetClusters();
                    File.WriteAllText(settings.Clusters!, ClaimClusterer.ToJson(clusters, indented: true));
                    (writer as HtmlReportWriter)?.SetClusters(clusters);
                }

                writer.Complete();
            });
        }
        catch (OperationCanceledException)
        {
            io.Error.WriteLine("cancelled");
            return 130;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine(ex is UnreadableInputException ? "error: " + ex.Message : $"error: {ex.Message}");
            return UnreadableInput;
        }

        if (!settings.Quiet)
        {
            io.Error.WriteLine(progress.Summary(skipped));
        }

        return skipped > 0 ? UnreadableInput : 0;

        IEnumerable<Article> Articles()
        {
            foreach (var input in plan.Inputs)
            {
                Article article;
                try
                {
                    article = ArticleSource.Read(input, settings.Encoding);
                }
                catch (IOException ex) when (settings.KeepGoing)
                {
                    // It was readable when checked and is not now (changed or removed meanwhile).
                    io.Error.WriteLine("error: " + ex.Message);
                    skipped++;
                    continue;
                }

                yield return article;
            }
        }
    }

    /// <summary>Why the output cannot be written where the options say, or null when it can.</summary>
    private static string? CheckOutput(ExtractSettings settings, int articles)
    {
        var output = settings.Output;
        if (settings.Format == OutputFormat.Html && articles > 1)
        {
            if (output is null)
            {
                return $"error: --format html with {articles} articles writes a folder (a page per article and an index.html): give it with -o FOLDER";
            }

            if (File.Exists(output))
            {
                return $"error: -o {output}: with {articles} articles --format html writes a folder, and this is a file";
            }

            var parent = Path.GetDirectoryName(Path.GetFullPath(output));
            return parent is null || Directory.Exists(parent) ? null : $"error: -o {output}: the folder {parent} does not exist";
        }

        if (output is null)
        {
            return null;
        }

        if (Directory.Exists(output))
        {
            return $"error: -o {output}: is a folder; give a file name";
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        return folder is null || Directory.Exists(folder) ? null : $"error: -o {output}: the folder {folder} does not exist";
    }

    private static IResultWriter CreateWriter(ExtractSettings settings, Stream output, int articles) => settings.Format switch
    {
        OutputFormat.Pretty => new PrettyWriter(output),
        OutputFormat.Csv => new CsvResultWriter(output),
        OutputFormat.Html when articles > 1 => HtmlReportWriter.Folder(settings.Output!, settings.Clusters is not null),
        OutputFormat.Html => HtmlReportWriter.SinglePage(output, settings.Clusters is not null),
        _ => new JsonLinesWriter(output),
    };
}
