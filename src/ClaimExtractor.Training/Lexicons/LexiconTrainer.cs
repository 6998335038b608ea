using ClaimExtraction.Training.Commands;

namespace ClaimExtraction.Training.Lexicons;

/// <summary>Counts the cue lexicon (cues.tsv) from the training attributions.</summary>
internal sealed class LexiconTrainer : ITrainer
{
    public string Name => "lexicon";

    public void Train(TrainingContext context)
    {
        var path = context.OutputPath("cues.tsv");
        File.WriteAllText(path, CueLexiconBuilder.Build(context.DataDirectory));
        context.Log($"wrote {path}");
    }
}
