using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;

namespace ClaimExtraction.Cli;

/// <summary>
/// The command line of `claim-extractor`: verbs, options and their parsing. Every value is read culture-invariantly and
/// every error names the option and the form it expects; any error in the arguments exits with 2 before anything runs.
/// </summary>
internal static class CliApp
{
    public static int Run(string[] args, CliIo io)
    {
        var root = new RootCommand("claim-extractor: who claimed what in news articles (speaker, cue, content, hedges, with offsets).")
        {
            ExtractVerb(io, "extract", "Extract claims; writes one JSON line per article ({\"doc\", \"claims\", \"speakers\"}), or --format pretty, csv or html.", report: false),
            ExtractVerb(io, "report", "Write the HTML report: one page for an article, or a folder with a page per article and an index (extract --format html).", report: true),
            BenchVerb(io),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                io.Error.WriteLine("error: " + error.Message);
            }

            io.Error.WriteLine("(claim-extractor --help shows the commands; claim-extractor extract --help the options)");
            return ExtractCommand.BadArguments;
        }

        using var output = new StreamWriter(io.Stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 4096, leaveOpen: true) { AutoFlush = true };
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = io.Error });
    }

    private static Command ExtractVerb(CliIo io, string name, string description, bool report)
    {
        var paths = new Argument<string[]>("paths")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Article files (.txt), folders of them, or - for standard input.",
        };
        paths.Validators.Add(RejectUnknownOptions);
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "jsonl (default: one JSON line per article, what score.py reads), pretty, csv (one row per claim) or html (a report page).",
            HelpName = "jsonl|pretty|csv|html",
            CustomParser = ParseFormat,
            DefaultValueFactory = _ => OutputFormat.Jsonl,
        };
        var pretty = new Option<bool>("--pretty") { Description = "Same as --format pretty: a readable view (speaker, cue, claim, hedges)." };
        var minConfidence = new Option<double?>("--min-confidence")
        {
            Description = "Leave out claims whose confidence is under this: a number from 0 to 1 with a dot (default: the library's MinimumConfidence, 0.45).",
            HelpName = "0..1",
            CustomParser = ParseConfidence,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output; with --format html and several articles, a folder (a page per article and index.html).",
            HelpName = "PATH",
        };
        var encoding = new Option<InputEncoding>("--encoding")
        {
            Description = $"How the inputs are encoded: {TextDecoder.Names} (default auto: UTF-8 or UTF-16, with or without a BOM).",
            HelpName = "NAME",
            CustomParser = ParseEncoding,
            DefaultValueFactory = _ => InputEncoding.Auto,
        };
        var keepGoing = new Option<bool>("--keep-going") { Description = "Report an input that cannot be read on standard error and go on with the others (exit code 1 at the end)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary line on standard error." };

        var clusters = new Option<string?>("--clusters")
        {
            Description = "Also write the claims grouped by statement across the articles (JSON) to this file; the HTML report then links each claim to its cluster.",
            HelpName = "FILE",
        };
        var command = new Command(name, description) { paths, minConfidence, output, encoding, keepGoing, quiet, clusters };
        if (!report)
        {
            command.Options.Add(format);
            command.Options.Add(pretty);
            command.Validators.Add(result =>
            {
                if (result.GetValue(pretty) && result.GetResult(format) is { Implicit: false } given && result.GetValue(format) != OutputFormat.Pretty)
                {
                    result.AddError($"--pretty and --format {given.Tokens[0].Value} ask for two formats: give one");
                }
            });
        }

        command.SetAction((result, cancellationToken) =>
        {
            var chosen = report ? OutputFormat.Html : result.GetValue(pretty) ? OutputFormat.Pretty : result.GetValue(format);
            var settings = new ExtractSettings(
                result.GetValue(paths)!, chosen, result.GetValue(minConfidence), result.GetValue(output), result.GetValue(encoding),
                result.GetValue(keepGoing), result.GetValue(quiet), result.GetValue(clusters));
            return Task.FromResult(ExtractCommand.Run(settings, io, cancellationToken));
        });
        return command;
    }

    private static Command BenchVerb(CliIo io)
    {
        var benchPaths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Article .txt files or folders." };
        benchPaths.Validators.Add(RejectUnknownOptions);
        var json = new Option<bool>("--json") { Description = "End with one JSON object of the figures." };
        var passes = new Option<int>("--passes")
        {
            Description = "Timed passes after the warm-up; the best is reported (more give steadier figures on a busy machine).",
            HelpName = "1..1000",
            DefaultValueFactory = _ => BenchCommand.DefaultPasses,
            CustomParser = ParsePasses,
        };
        var scale = new Option<bool>("--scale") { Description = "Time 1-8 MB of the articles joined and pathological inputs (s/MB, allocation per MB, cancellation latency)." };
        var bench = new Command("bench", "Run the whole pipeline over the articles on one thread and print throughput.") { benchPaths, json, passes, scale };
        bench.SetAction(result =>
        {
            using var output = new StreamWriter(io.Stdout, new UTF8Encoding(false), 4096, leaveOpen: true) { AutoFlush = true };
            return result.GetValue(scale)
                ? BenchCommand.RunScale(result.GetValue(benchPaths)!, result.GetValue(json), output, io.Error)
                : BenchCommand.Run(result.GetValue(benchPaths)!, result.GetValue(json), output, io.Error, result.GetValue(passes));
        });
        return bench;
    }

    /// <summary>A path that starts with '-' (other than "-", standard input) is an option nobody defined, not a file.</summary>
    private static void RejectUnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError($"unknown option '{token.Value}' (a file whose name starts with '-' can be given as ./{token.Value})");
            }
        }
    }

    /// <summary>A number in 0..1 written with a dot: "0,1" is an error (not 1, as a thousands separator would make it).</summary>
    internal static double? ParseConfidence(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            && value is >= 0 and <= 1)
        {
            return value;
        }

        result.AddError($"--min-confidence expects a number from 0 to 1 written with a dot, such as 0.5; got '{text}'");
        return null;
    }

    private static OutputFormat ParseFormat(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        switch (text.ToLowerInvariant())
        {
            case "jsonl":
                return OutputFormat.Jsonl;
            case "pretty":
                return OutputFormat.Pretty;
            case "csv":
                return OutputFormat.Csv;
            case "html":
                return OutputFormat.Html;
            default:
                result.AddError($"--format expects one of jsonl, pretty, csv, html; got '{text}'");
                return OutputFormat.Jsonl;
        }
    }

    private static InputEncoding ParseEncoding(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (TextDecoder.TryParseName(text, out var encoding))
        {
            return encoding;
        }

        result.AddError($"--encoding expects one of {TextDecoder.Names}; got '{text}'");
        return InputEncoding.Auto;
    }

    private static int ParsePasses(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var passes) && passes is >= 1 and <= 1000)
        {
            return passes;
        }

        result.AddError($"--passes expects a whole number from 1 to 1000; got '{text}'");
        return BenchCommand.DefaultPasses;
    }
}
