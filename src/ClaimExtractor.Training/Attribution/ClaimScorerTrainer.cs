using ClaimExtraction.Tagging;

namespace ClaimExtraction.Training.Attribution;

/// <summary>A candidate claim found in an article its models were not trained on: its scorer features and whether it matched gold.</summary>
internal readonly record struct ScoredExample(ulong[] Features, bool Right, int Fold);

/// <summary>
/// Fits the claim scorer: L2-regularised logistic regression over <see cref="ClaimExtraction.Attribution.ClaimFeatures"/>
/// by AdaGrad in a fixed shuffled order, so the same examples always give the same weights. The weights are stored
/// as a two-class <see cref="PerceptronModel"/> whose "right" class carries the log-odds.
/// </summary>
internal static class ClaimScorerTrainer
{
    private const int Epochs = 12;
    private const double LearningRate = 0.2;
    private const double L2 = 1e-4;
    private const float MinimumWeight = 1e-3f;

    public static PerceptronModel Train(IReadOnlyList<ScoredExample> examples, ulong seed)
    {
        var index = new Dictionary<ulong, int>();
        foreach (var example in examples)
        {
            foreach (var feature in example.Features)
            {
                index.TryAdd(feature, index.Count);
            }
        }

        var weights = new double[index.Count];
        var squares = new double[index.Count];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new DeterministicRandom(seed);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var example = examples[i];
                double score = 0;
                foreach (var feature in example.Features)
                {
                    score += weights[index[feature]];
                }

                var gradient = (1 / (1 + Math.Exp(-score))) - (example.Right ? 1 : 0);
                foreach (var feature in example.Features)
                {
                    var k = index[feature];
                    var g = gradient + (L2 * weights[k]);
                    squares[k] += g * g;
                    weights[k] -= LearningRate * g / Math.Sqrt(squares[k] + 1e-8);
                }
            }
        }

        var keys = index.Keys.Where(k => Math.Abs(weights[index[k]]) >= MinimumWeight).Order().ToArray();
        var rowStarts = Enumerable.Range(0, keys.Length + 1).ToArray();
        var classes = Enumerable.Repeat((byte)1, keys.Length).ToArray();
        var values = keys.Select(k => (float)weights[index[k]]).ToArray();
        return new PerceptronModel(2, keys, rowStarts, classes, values);
    }
}
