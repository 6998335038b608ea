using System.Globalization;
using ClaimExtraction.Tagging.Parsing;
using ClaimExtraction.Training.Commands;

namespace ClaimExtraction.Training.Parsing;

/// <summary>The <c>train</c> step for the dependency parser: reads the split beside the given one's parent.</summary>
internal sealed class ParserTrainingStep : ITrainer
{
    public string Name => "parser";

    public void Train(TrainingContext context)
    {
        var (root, split) = SplitOf(context.DataDirectory);
        if (split != "train")
        {
            throw new ArgumentException($"The parser trains on the 'train' split; got '{split}'.");
        }

        ParserTrainer.Train(root, context.OutputDirectory, OptionsFromEnvironment());
    }

    /// <summary>
    /// The default options, with tuning overrides from the environment: PARSER_EPOCHS (n), PARSER_CHECKPOINTS
    /// (epochs to score on dev, "8,10,12"), PARSER_SWEEP (pruning thresholds to report, "moves/labels,...", each model written to OUT/prune-M-L),
    /// PARSER_PRUNE ("moves/labels" for the written model).
    /// </summary>
    public static ParserTrainingOptions OptionsFromEnvironment()
    {
        var options = new ParserTrainingOptions();
        if (Environment.GetEnvironmentVariable("PARSER_EPOCHS") is { Length: > 0 } epochs)
        {
            options = options with { Epochs = int.Parse(epochs, CultureInfo.InvariantCulture) };
        }

        if (Environment.GetEnvironmentVariable("PARSER_CHECKPOINTS") is { Length: > 0 } checkpoints)
        {
            options = options with { CheckpointEpochs = checkpoints.Split(',').Select(e => int.Parse(e, CultureInfo.InvariantCulture)).ToArray() };
        }

        if (Environment.GetEnvironmentVariable("PARSER_SWEEP") is { Length: > 0 } sweep)
        {
            options = options with { PruneSweep = sweep.Split(',').Select(Thresholds).ToArray() };
        }

        if (Environment.GetEnvironmentVariable("PARSER_PRUNE") is { Length: > 0 } prune)
        {
            var (moves, labels) = Thresholds(prune);
            options = options with { MinimumWeight = moves, LabelMinimumWeight = labels };
        }

        return options;

        static (float, float) Thresholds(string pair)
        {
            var parts = pair.Split('/');
            return (float.Parse(parts[0], CultureInfo.InvariantCulture), float.Parse(parts[1], CultureInfo.InvariantCulture));
        }
    }

    /// <summary>"../shared/polnear/train" → ("../shared/polnear", "train").</summary>
    public static (string Root, string Split) SplitOf(string dataDirectory)
    {
        var full = Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar);
        return (Path.GetDirectoryName(full) ?? ".", Path.GetFileName(full));
    }
}

/// <summary>The <c>evaluate</c> step for the dependency parser: UAS/LAS (punctuation excluded) on CoreNLP's tags.</summary>
internal sealed class ParserEvaluation : IEvaluation
{
    public string Name => "parser";

    public IReadOnlyList<Metric> Evaluate(EvaluationContext context)
    {
        var (root, split) = ParserTrainingStep.SplitOf(context.DataDirectory);
        using var stream = context.OpenModel(ParserTrainer.ModelFileName);
        var parser = DependencyParser.Read(stream);
        var scores = ParserTrainer.Evaluate(root, parser, split);
        var tagged = ParserTrainer.Evaluate(root, parser, split, tagger: Models.ModelStore.PartOfSpeech);
        return
        [
            new Metric("uas", scores.Uas, "parser UAS (no punctuation)"),
            new Metric("las", scores.Las, "parser LAS (no punctuation)"),
            new Metric("parseTokensPerSecond", scores.TokensPerSecond, "parser tokens/s (one core)", "F0"),
            new Metric("uasPredictedTags", tagged.Uas, "parser UAS on our tagger's tags"),
            new Metric("lasPredictedTags", tagged.Las, "parser LAS on our tagger's tags"),
        ];
    }
}
