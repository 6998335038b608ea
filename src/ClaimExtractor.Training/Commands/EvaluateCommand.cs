using System.Globalization;
using System.Text.Json;

namespace ClaimExtraction.Training.Commands;

/// <summary>
/// <c>evaluate</c>: runs every registered evaluation on a split, prints a table, and with <c>--json</c> ends with
/// one line holding all metrics as a JSON object.
/// </summary>
internal static class EvaluateCommand
{
    public static int Run(CommandOptions options, IReadOnlyList<IEvaluation> evaluations)
    {
        var data = options.Data ?? throw new ArgumentException("evaluate needs --data (e.g. ../shared/polnear/dev).");
        var context = new EvaluationContext(data, options.Models, message => Console.Error.WriteLine(message), options.Examples);
        var metrics = new List<Metric>();
        foreach (var evaluation in evaluations)
        {
            if (options.Selects(evaluation.Name))
            {
                metrics.AddRange(evaluation.Evaluate(context));
            }
        }

        var width = metrics.Count == 0 ? 10 : metrics.Max(m => m.Label.Length);
        Console.WriteLine($"{"metric".PadRight(width)}  {"value",12}  key");
        foreach (var m in metrics)
        {
            Console.WriteLine($"{m.Label.PadRight(width)}  {m.Value.ToString(m.Format, CultureInfo.InvariantCulture),12}  {m.Key}");
        }

        if (options.Json)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                foreach (var m in metrics)
                {
                    json.WriteNumber(m.Key, Math.Round(m.Value, 6));
                }

                json.WriteEndObject();
            }

            Console.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }

        return 0;
    }
}
