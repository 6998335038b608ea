using System.Globalization;
using ClaimExtractor.Tagging.Parsing;

namespace ClaimExtractor.Training.Parsing;

/// <summary>Command-line helpers for the parser: option parsing and evaluation of a model file.</summary>
internal static class ParserCommand
{
    /// <summary>Reads <c>key=value</c> overrides (epochs, explore, noise, prune, seed) onto the default options.</summary>
    public static ParserTrainingOptions Options(IEnumerable<string> arguments)
    {
        var options = new ParserTrainingOptions();
        foreach (var argument in arguments)
        {
            var parts = argument.Split('=', 2);
            if (parts.Length != 2)
            {
                throw new ArgumentException($"Expected key=value, got '{argument}'.");
            }

            var value = parts[1];
            options = parts[0] switch
            {
                "epochs" => options with { Epochs = int.Parse(value, CultureInfo.InvariantCulture) },
                "explore-from" => options with { ExploreFrom = int.Parse(value, CultureInfo.InvariantCulture) },
                "explore" => options with { ExploreProbability = double.Parse(value, CultureInfo.InvariantCulture) },
                "noise" => options with { TagNoise = double.Parse(value, CultureInfo.InvariantCulture) },
                "prune" => options with { MinimumWeight = float.Parse(value, CultureInfo.InvariantCulture) },
                "label-prune" => options with { LabelMinimumWeight = float.Parse(value, CultureInfo.InvariantCulture) },
                "sweep" => options with { PruneSweep = value.Split(',').Select(SweepPoint).ToArray() },
                "seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown parser option '{parts[0]}'."),
            };
        }

        return options;
    }

    private static (float, float) SweepPoint(string value)
    {
        var parts = value.Split(':');
        var moves = float.Parse(parts[0], CultureInfo.InvariantCulture);
        return (moves, parts.Length > 1 ? float.Parse(parts[1], CultureInfo.InvariantCulture) : moves);
    }

    public static int Evaluate(string dataDir, string? modelPath)
    {
        ParserScores scores;
        if (modelPath is null)
        {
            scores = ParserTrainer.Evaluate(dataDir);
        }
        else
        {
            using var stream = File.OpenRead(modelPath);
            scores = ParserTrainer.Evaluate(dataDir, DependencyParser.Read(stream));
        }

        Console.WriteLine($"parser dev: {scores}");
        return 0;
    }
}
