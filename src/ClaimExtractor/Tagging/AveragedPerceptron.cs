using System.Runtime.InteropServices;

namespace ClaimExtraction.Tagging;

/// <summary>
/// A multiclass averaged perceptron over hashed sparse features, used while training. Rows are dense per feature
/// (fast updates); <see cref="Freeze"/> averages the weights and keeps only the non-zero entries as a compact
/// <see cref="PerceptronModel"/>. Averaging is lazy (per-weight timestamps) so an update costs O(features).
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly int _classCount;
    private readonly Dictionary<ulong, int> _rows = new();
    private readonly List<float[]> _weights = new();
    private readonly List<double[]> _totals = new();
    private readonly List<int[]> _stamps = new();
    private int _instances;

    public AveragedPerceptron(int classCount)
    {
        if (classCount < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(classCount), "A classifier needs at least two classes.");
        }

        _classCount = classCount;
    }

    public int ClassCount => _classCount;

    public int FeatureCount => _rows.Count;

    /// <summary>Adds the current (not averaged) weights of <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                var w = _weights[row];
                for (var c = 0; c < _classCount; c++)
                {
                    scores[c] += w[c];
                }
            }
        }
    }

    /// <summary>The best class for the features under the current weights.</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scratch)
    {
        Score(features, scratch);
        return ArgMax(scratch[.._classCount]);
    }

    /// <summary>Moves weight from <paramref name="guess"/> to <paramref name="truth"/> for every feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (var feature in features)
        {
            var row = RowFor(feature);
            Bump(row, truth, amount);
            Bump(row, guess, -amount);
        }
    }

    /// <summary>Counts one training instance; call once per prediction made during training.</summary>
    public void Tick() => _instances++;

    /// <summary>Averages the weights and keeps entries whose magnitude reaches <paramref name="minimumWeight"/>.</summary>
    public PerceptronModel Freeze(float minimumWeight = 1e-3f)
    {
        var keys = new List<ulong>(_rows.Count);
        var rowStarts = new List<int> { 0 };
        var classes = new List<byte>();
        var values = new List<float>();
        var n = Math.Max(1, _instances);
        foreach (var (feature, row) in _rows.OrderBy(kv => kv.Key))
        {
            var w = _weights[row];
            var totals = _totals[row];
            var stamps = _stamps[row];
            var before = classes.Count;
            for (var c = 0; c < _classCount; c++)
            {
                var total = totals[c] + (double)(_instances - stamps[c]) * w[c];
                var average = (float)(total / n);
                if (MathF.Abs(average) >= minimumWeight)
                {
                    classes.Add((byte)c);
                    values.Add(average);
                }
            }

            if (classes.Count > before)
            {
                keys.Add(feature);
                rowStarts.Add(classes.Count);
            }
        }

        return new PerceptronModel(_classCount, keys.ToArray(), rowStarts.ToArray(), classes.ToArray(), values.ToArray());
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    private int RowFor(ulong feature)
    {
        ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(_rows, feature, out var exists);
        if (!exists)
        {
            row = _weights.Count;
            _weights.Add(new float[_classCount]);
            _totals.Add(new double[_classCount]);
            _stamps.Add(new int[_classCount]);
        }

        return row;
    }

    private void Bump(int row, int cls, float amount)
    {
        var w = _weights[row];
        var totals = _totals[row];
        var stamps = _stamps[row];
        totals[cls] += (double)(_instances - stamps[cls]) * w[cls];
        stamps[cls] = _instances;
        w[cls] += amount;
    }
}
