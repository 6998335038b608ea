using ClaimExtraction.Tagging;

namespace ClaimExtraction.Tests.Tagging;

/// <summary>A perceptron model of random sparse rows, and the same rows kept plainly, for scoring tests to sum by hand.</summary>
internal sealed record RandomSparseModel(PerceptronModel Model, ulong[] Keys, Dictionary<ulong, List<(byte Class, float Value)>> Rows)
{
    /// <summary>
    /// 3000 keys, so that probe runs are long and wrap around the table's end; each row holds 1 to
    /// <paramref name="maxRow"/> classes with values exact in 16 bits.
    /// </summary>
    public static RandomSparseModel Build(Random random, int classCount, bool wideKeys, int maxRow)
    {
        var keys = new SortedSet<ulong>();
        while (keys.Count < 3000)
        {
            keys.Add(wideKeys ? (ulong)random.NextInt64() : (ulong)random.NextInt64(1, 1L << 32));
        }

        var keyArray = keys.ToArray();
        var rowStarts = new List<int> { 0 };
        var classes = new List<byte>();
        var values = new List<float>();
        var rows = new Dictionary<ulong, List<(byte Class, float Value)>>();
        foreach (var key in keyArray)
        {
            var row = new List<(byte, float)>();
            foreach (var c in Enumerable.Range(0, classCount).OrderBy(_ => random.Next()).Take(random.Next(1, maxRow + 1)).Order())
            {
                var value = (float)(Half)(float)(random.NextDouble() * 4 - 2);
                row.Add(((byte)c, value));
                classes.Add((byte)c);
                values.Add(value);
            }

            rows[key] = row;
            rowStarts.Add(classes.Count);
        }

        return new RandomSparseModel(new PerceptronModel(classCount, keyArray, rowStarts.ToArray(), classes.ToArray(), values.ToArray()), keyArray, rows);
    }
}
