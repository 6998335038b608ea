using System.CommandLine;
using ClaimExtraction.Cli;

var paths = new Argument<string[]>("paths")
{
    Arity = ArgumentArity.OneOrMore,
    Description = "Article .txt files, folders of them, or - for standard input.",
};
var pretty = new Option<bool>("--pretty") { Description = "Print a readable view (speaker, cue, claim, hedges) instead of JSON Lines." };
var minConfidence = new Option<double?>("--min-confidence")
{
    Description = "Leave out claims whose confidence is under this (0..1; default: the library's MinimumConfidence).",
};
var clusters = new Option<string?>("--clusters") { Description = "Also write the claims grouped by statement across the articles (JSON) to this file." };
var extract = new Command("extract", "Extract claims; writes one JSON line per article: {\"doc\", \"claims\", \"speakers\"}.") { paths, pretty, minConfidence, clusters };
extract.SetAction(result => ExtractCommand.Run(result.GetValue(paths)!, result.GetValue(pretty), result.GetValue(minConfidence), Console.Out, Console.Error, result.GetValue(clusters)));

var benchPaths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Article .txt files or folders." };
var json = new Option<bool>("--json") { Description = "End with one JSON object of the figures." };
var passes = new Option<int>("--passes")
{
    Description = "Timed passes after the warm-up; the best is reported (more give steadier figures on a busy machine).",
    DefaultValueFactory = _ => BenchCommand.DefaultPasses,
};
passes.Validators.Add(result =>
{
    if (result.GetValueOrDefault<int>() is < 1 or > 1000)
    {
        result.AddError("--passes must be between 1 and 1000.");
    }
});
var bench = new Command("bench", "Run the whole pipeline over the articles on one thread and print throughput.") { benchPaths, json, passes };
bench.SetAction(result => BenchCommand.Run(result.GetValue(benchPaths)!, result.GetValue(json), Console.Out, Console.Error, result.GetValue(passes)));

var root = new RootCommand("ClaimExtractor: who claimed what in news articles.") { extract, bench };
return root.Parse(args).Invoke();
