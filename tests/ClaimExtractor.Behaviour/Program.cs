using System.Globalization;
using ClaimExtraction;
using ClaimExtraction.Behaviour;

// dotnet run --project tests/ClaimExtractor.Behaviour -c Release [-- --failures] [--capability NAME] [--seed N]
var showFailures = args.Contains("--failures");
var capability = OptionValue("--capability");
var seed = int.TryParse(OptionValue("--seed"), CultureInfo.InvariantCulture, out var s) ? s : BehaviourSuite.DefaultSeed;

var cases = BehaviourSuite.Generate(seed).Where(c => capability is null || c.Capability == capability).ToArray();
var results = BehaviourSuite.Run(new ClaimExtractor(), cases);
Console.WriteLine($"{"capability",-30} {"passed",7} {"total",6} {"rate",7}");
foreach (var score in BehaviourSuite.Score(results).Where(sc => sc.Total > 0))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Capability,-30} {score.Passed,7} {score.Total,6} {score.Rate,7:P1}"));
}

if (showFailures)
{
    foreach (var result in results.Where(r => !r.Passed))
    {
        Console.WriteLine();
        Console.WriteLine($"FAIL {result.Case.Id}: {result.Reason}");
        Console.WriteLine($"  text: {result.Case.Text.Replace("\n", "\\n")}");
        foreach (var claim in result.Found)
        {
            Console.WriteLine($"  found: {BehaviourSuite.Describe(claim)}");
        }
    }
}

string? OptionValue(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
