namespace ClaimExtraction.Training.Clustering;

/// <summary>
/// The options of the clustering commands: <c>--data DIR --gold DIR --claims N --json --show WHAT</c>. For
/// <c>cluster-evaluate</c>, <c>--data</c> and <c>--gold</c> may be given more than once (or as a comma-separated list):
/// every split is extracted once, and each gold is scored on the clusters of the splits its documents come from.
/// </summary>
internal static class ClusterCommandLine
{
    private const string DefaultGold = "data/clusters";

    public static int Evaluate(string[] args)
    {
        var options = Parse(args);
        var data = List(options.GetValueOrDefault("--data")) ?? throw new ArgumentException("cluster-evaluate needs --data (e.g. ../shared/polnear/train).");
        var golds = List(options.GetValueOrDefault("--gold")) ?? [DefaultGold];
        return ClusterEvaluateCommand.Run(data, golds, options.ContainsKey("--json"), options.GetValueOrDefault("--show"));
    }

    public static int Bench(string[] args)
    {
        var options = Parse(args);
        var claims = int.Parse(options.GetValueOrDefault("--claims") ?? "1000000", System.Globalization.CultureInfo.InvariantCulture);
        return ClusterBenchCommand.Run(claims, options.GetValueOrDefault("--data"), options.ContainsKey("--json"));
    }

    private static string[]? List(string? value) =>
        value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Dictionary<string, string?> Parse(string[] args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--json")
            {
                options[name] = null;
            }
            else if (name is "--data" or "--gold" && i + 1 < args.Length)
            {
                // Repeatable: the values join into one comma-separated list.
                options[name] = options.TryGetValue(name, out var earlier) ? earlier + "," + args[++i] : args[++i];
            }
            else if (name is "--claims" or "--show" && i + 1 < args.Length)
            {
                options[name] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unknown option '{name}'.");
            }
        }

        return options;
    }
}
