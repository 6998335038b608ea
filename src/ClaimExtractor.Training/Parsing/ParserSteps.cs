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

        ParserTrainer.Train(root, context.OutputDirectory);
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
        return
        [
            new Metric("uas", scores.Uas, "parser UAS (no punctuation)"),
            new Metric("las", scores.Las, "parser LAS (no punctuation)"),
            new Metric("parseTokensPerSecond", scores.TokensPerSecond, "parser tokens/s (one core)", "F0"),
        ];
    }
}
