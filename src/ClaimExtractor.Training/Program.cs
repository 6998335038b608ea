using ClaimExtraction.Training.Attribution;
using ClaimExtraction.Training.Commands;
using ClaimExtraction.Training.Hedging;
using ClaimExtraction.Training.Lexicons;
using ClaimExtraction.Training.Parsing;
using ClaimExtraction.Training.Speakers;
using ClaimExtraction.Training.Tagging;
using ClaimExtraction.Training.Text;

namespace ClaimExtraction.Training;

/// <summary>
/// Entry point of the model-building tool:
/// <c>train --data ../shared/polnear/train [--out src/ClaimExtractor/Resources] [--only NAME]</c> and
/// <c>evaluate --data ../shared/polnear/dev [--models DIR] [--json] [--only NAME]</c>.
/// </summary>
internal static class Program
{
    /// <summary>
    /// Every component that learns a model, run in this order by <c>train</c> (later ones may use earlier products,
    /// e.g. the parser can read the tagger from <see cref="TrainingContext.Products"/>). Add one line per component.
    /// </summary>
    public static IReadOnlyList<ITrainer> Trainers { get; } =
    [
        new LexiconTrainer(),
        new WordNetClassTrainer(),
        new GivenNameTrainer(),
        new TaggingTrainer(),
        new ParserTrainingStep(),
        new AttributionTrainer(),
        new HedgeTrainer(),
    ];

    /// <summary>
    /// Every quality measurement printed by <c>evaluate</c>; their metrics are merged into one table and one JSON
    /// object (tokenizer: tokenF1/sentenceF1, parser: uas/las, speakers: speakerAgreement). Add one line per component.
    /// </summary>
    public static IReadOnlyList<IEvaluation> Evaluations { get; } =
    [
        new TextEvaluation(),
        new TaggingEvaluation(),
        new ParserEvaluation(),
        new SpeakerEvaluation(),
        new AttributionEvaluation(),
        new HedgeEvaluation(),
    ];

    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            return Usage();
        }

        if (args[0] == "analyze" && args.Length >= 2)
        {
            var lines = args.Length >= 4 && args[2] == "--lines" ? args[3].Split('-') : ["0", "1000000"];
            return AnalyzeCommand.Run(args[1], int.Parse(lines[0]), int.Parse(lines[^1]));
        }

        if (args[0] == "parser-ablate" && args.Length >= 3)
        {
            return ParserExperiments.Run(args[1], args[2], args.Length > 3 ? args[3] : null);
        }

        if (args[0] == "cluster-dump" && args.Length >= 5)
        {
            return Clustering.ClusterDumpCommand.Run(args[2], args[4]);
        }

        if (args[0] == "cluster-evaluate")
        {
            return Clustering.ClusterCommandLine.Evaluate(args[1..]);
        }

        if (args[0] == "cluster-bench")
        {
            return Clustering.ClusterCommandLine.Bench(args[1..]);
        }

        var options = CommandOptions.Parse(args[1..]);
        try
        {
            return args[0] switch
            {
                "train" => TrainCommand.Run(options, Trainers),
                "evaluate" => EvaluateCommand.Run(options, Evaluations),
                _ => Usage(),
            };
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or FileNotFoundException or ArgumentException)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: analyze FILE [--lines A-B] | train --data DIR [--out DIR] [--only NAME] | evaluate --data DIR [--models DIR] [--json] [--only NAME] [--examples N] | cluster-evaluate --data DIR[,DIR] [--gold DIR[,DIR]] [--json] [--show flags|gold-flags|errors|sweep] | cluster-bench [--claims N] [--data DIR] [--json] | cluster-dump --data DIR --out FILE");
        return 1;
    }
}
