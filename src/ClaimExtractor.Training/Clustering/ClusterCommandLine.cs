namespace ClaimExtraction.Training.Clustering;

/// <summary>The options of the clustering commands: <c>--data DIR --gold DIR --claims N --json --show WHAT</c>.</summary>
internal static class ClusterCommandLine
{
    private const string DefaultGold = "data/clusters";

    public static int Evaluate(string[] args)
    {
        var options = Parse(args);
        var data = options.GetValueOrDefault("--data") ?? throw new ArgumentException("cluster-evaluate needs --data (e.g. ../shared/polnear/train).");
        return ClusterEvaluateCommand.Run(data, options.GetValueOrDefault("--gold") ?? DefaultGold, options.ContainsKey("--json"), options.GetValueOrDefault("--show"));
    }

    public static int Bench(string[] args)
    {
        var options = Parse(args);
        var claims = int.Parse(options.GetValueOrDefault("--claims") ?? "1000000", System.Globalization.CultureInfo.InvariantCulture);
        return ClusterBenchCommand.Run(claims, options.GetValueOrDefault("--data"), options.ContainsKey("--json"));
    }

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
            else if (name is "--data" or "--gold" or "--claims" or "--show" && i + 1 < args.Length)
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
