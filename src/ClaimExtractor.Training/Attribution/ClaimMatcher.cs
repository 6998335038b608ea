using ClaimExtraction.Training.Corpus;

namespace ClaimExtraction.Training.Attribution;

/// <summary>
/// Matches predicted contents to gold ones as the scorer does: on the letters and digits they cover, Dice >= 0.5,
/// one-to-one, greedily by best overlap.
/// </summary>
internal static class ClaimMatcher
{
    public const double MinimumDice = 0.5;

    /// <summary>For each predicted content, the index of the gold attribution it matches, or -1.</summary>
    public static int[] Match(string text, IReadOnlyList<IReadOnlyList<(int Start, int End)>> predicted, IReadOnlyList<GoldAttribution> gold)
    {
        var predictedSets = predicted.Select(p => Letters(text, p)).ToList();
        var goldSets = gold.Select(g => Letters(text, g.Content)).ToList();
        var pairs = new List<(double Dice, int P, int G)>();
        for (var p = 0; p < predictedSets.Count; p++)
        {
            for (var g = 0; g < goldSets.Count; g++)
            {
                var dice = Dice(predictedSets[p], goldSets[g]);
                if (dice >= MinimumDice)
                {
                    pairs.Add((dice, p, g));
                }
            }
        }

        pairs.Sort((a, b) => b.Dice.CompareTo(a.Dice));
        var result = Enumerable.Repeat(-1, predicted.Count).ToArray();
        var used = new bool[gold.Count];
        foreach (var (_, p, g) in pairs)
        {
            if (result[p] < 0 && !used[g])
            {
                result[p] = g;
                used[g] = true;
            }
        }

        return result;
    }

    public static HashSet<int> Letters(string text, IReadOnlyList<(int Start, int End)> ranges)
    {
        var set = new HashSet<int>();
        foreach (var (start, end) in ranges)
        {
            for (var i = Math.Max(0, start); i < Math.Min(end, text.Length); i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    set.Add(i);
                }
            }
        }

        return set;
    }

    public static double Dice(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = 0;
        foreach (var x in small)
        {
            common += large.Contains(x) ? 1 : 0;
        }

        return 2.0 * common / (a.Count + b.Count);
    }
}
