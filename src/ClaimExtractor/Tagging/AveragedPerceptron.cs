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

    // One flat block per quantity (row * classCount + class): far fewer objects than an array per row.
    private float[] _weights = [];
    private double[] _totals = [];
    private int[] _stamps = [];
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
        var classes = _classCount;
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                var w = _weights.AsSpan(row * classes, classes);
                for (var c = 0; c < w.Length; c++)
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
            Bump(row * _classCount + truth, amount);
            Bump(row * _classCount + guess, -amount);
        }
    }

    /// <summary>Counts one training instance; call once per prediction made during training.</summary>
    public void Tick() => _instances++;

    /// <summary>Averages the weights and keeps entries whose magnitude reaches <paramref name="minimumWeight"/>.</summary>
    public PerceptronModel Freeze(float minimumWeight = 1e-3f)
    {
        var ordered = new ulong[_rows.Count];
        _rows.Keys.CopyTo(ordered, 0);
        Array.Sort(ordered);
        var keys = new List<ulong>(_rows.Count);
        var rowStarts = new List<int> { 0 };
        var classes = new List<byte>();
        var values = new List<float>();
        var n = Math.Max(1, _instances);
        foreach (var feature in ordered)
        {
            var offset = _rows[feature] * _classCount;
            var before = classes.Count;
            for (var c = 0; c < _classCount; c++)
            {
                var i = offset + c;
                var total = _totals[i] + (double)(_instances - _stamps[i]) * _weights[i];
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
        var bestScore = scores[0];
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > bestScore)
            {
                best = c;
                bestScore = scores[c];
            }
        }

        return best;
    }

    private int RowFor(ulong feature)
    {
        ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(_rows, feature, out var exists);
        if (!exists)
        {
            row = _rows.Count - 1;
            var needed = (row + 1) * _classCount;
            if (needed > _weights.Length)
            {
                // Grow by half: large models (the parser) would waste too much memory doubling.
                var size = Math.Max(needed, Math.Max(1024 * _classCount, _weights.Length + _weights.Length / 2));
                Array.Resize(ref _weights, size);
                Array.Resize(ref _totals, size);
                Array.Resize(ref _stamps, size);
            }
        }

        return row;
    }

    private void Bump(int index, float amount)
    {
        _totals[index] += (double)(_instances - _stamps[index]) * _weights[index];
        _stamps[index] = _instances;
        _weights[index] += amount;
    }
}
