using System.Diagnostics;

namespace ClaimExtraction.Training.Commands;

/// <summary><c>train</c>: runs every registered trainer on the training split and writes the model files.</summary>
internal static class TrainCommand
{
    public const string DefaultOutput = "src/ClaimExtractor/Resources";

    public static int Run(CommandOptions options, IReadOnlyList<ITrainer> trainers)
    {
        var data = options.Data ?? throw new ArgumentException("train needs --data (e.g. ../shared/polnear/train).");
        var output = options.Out ?? DefaultOutput;
        Directory.CreateDirectory(output);
        var context = new TrainingContext(data, output, message => Console.Error.WriteLine(message));
        var clock = Stopwatch.StartNew();
        foreach (var trainer in trainers)
        {
            if (!options.Selects(trainer.Name))
            {
                continue;
            }

            var started = clock.Elapsed;
            trainer.Train(context);
            Console.Error.WriteLine($"{trainer.Name}: trained in {(clock.Elapsed - started).TotalSeconds:F1} s");
        }

        Console.Error.WriteLine($"done in {clock.Elapsed.TotalSeconds:F1} s; models in {Path.GetFullPath(output)}");
        return 0;
    }
}
