using ClaimExtraction.Tagging;

namespace ClaimExtraction.Tests.Tagging;

public class PerceptronModelTests
{
    private static PerceptronModel SmallModel()
    {
        var perceptron = new AveragedPerceptron(4);
        ReadOnlySpan<ulong> a = [1UL, 77UL, ulong.MaxValue - 3];
        ReadOnlySpan<ulong> b = [2UL, 77UL, 1UL << 40];
        for (var i = 0; i < 20; i++)
        {
            perceptron.Update(a, truth: 1, guess: 2);
            perceptron.Tick();
            perceptron.Update(b, truth: 3, guess: 1, amount: 0.5f);
            perceptron.Tick();
        }

        return perceptron.Freeze();
    }

    [Fact]
    public void Round_trip_keeps_every_score_and_the_bytes()
    {
        var model = SmallModel();
        var bytes = Write(model);
        var restored = PerceptronModel.Read(new BinaryReader(new MemoryStream(bytes)));

        restored.ClassCount.Should().Be(4);
        restored.FeatureCount.Should().Be(model.FeatureCount);
        restored.EntryCount.Should().Be(model.EntryCount);
        Write(restored).Should().Equal(bytes);

        Span<float> expected = stackalloc float[4];
        Span<float> actual = stackalloc float[4];
        foreach (var features in new ulong[][] { [1UL], [2UL, 77UL], [ulong.MaxValue - 3, 1UL << 40], [12345UL] })
        {
            model.Score(features, expected);
            restored.Score(features, actual);
            for (var c = 0; c < 4; c++)
            {
                // Weights are stored as Half.
                actual[c].Should().BeApproximately(expected[c], Math.Abs(expected[c]) * 1e-3f + 1e-3f);
            }
        }
    }

    [Fact]
    public void Learns_to_separate_the_classes()
    {
        var model = SmallModel();
        Span<float> scratch = stackalloc float[4];
        model.Predict([1UL, ulong.MaxValue - 3], scratch).Should().Be(1);
        model.Predict([2UL, 1UL << 40], scratch).Should().Be(3);
    }

    [Fact]
    public void Unknown_features_score_zero()
    {
        var model = SmallModel();
        Span<float> scores = stackalloc float[4];
        model.Score([999UL, 1000UL], scores);
        scores.ToArray().Should().OnlyContain(s => s == 0f);
    }

    [Theory]
    [InlineData(9, false, 6)] // 32-bit keys (the taggers'): the compact table, rows of 4 or more also dense
    [InlineData(46, true, 46)] // 64-bit keys, many classes: the wide table, long rows dense
    [InlineData(2, true, 2)] // attribution's cue tagger: keys and dense rows of two
    [InlineData(3, true, 3)] // attribution's span labeller: dense rows of four
    public void Scores_like_a_plain_sum_in_feature_order(int classCount, bool wideKeys, int maxRow)
    {
        var random = new Random(7);
        var (model, keyArray, rows) = RandomSparseModel.Build(random, classCount, wideKeys, maxRow);
        Span<float> actual = stackalloc float[classCount];
        Span<float> batched = stackalloc float[classCount];
        for (var trial = 0; trial < 200; trial++)
        {
            // Known and unknown features, some wider than 32 bits, more than one call's prefetch batch.
            var features = Enumerable.Range(0, random.Next(1, 150))
                .Select(_ => random.Next(3) switch
                {
                    0 => keyArray[random.Next(keyArray.Length)],
                    1 => (ulong)random.NextInt64(0, 1L << 32),
                    _ => keyArray[random.Next(keyArray.Length)] ^ 1UL << 40,
                })
                .ToArray();
            var expected = new float[classCount];
            foreach (var feature in features)
            {
                if (rows.TryGetValue(feature, out var row))
                {
                    foreach (var (c, value) in row)
                    {
                        expected[c] += value;
                    }
                }
            }

            model.Score(features, actual);
            actual.ToArray().Should().Equal(expected); // bit for bit: same additions in the same order

            var found = new uint[features.Length];
            model.FindRows(features, found);
            batched.Clear();
            model.AddRows(found, batched);
            batched.ToArray().Should().Equal(expected);
        }

        // Every key alone: the keys at the far end of the longest probe runs (past one vector of slots) are found too.
        foreach (var key in keyArray)
        {
            model.Score([key], actual);
            var expected = new float[classCount];
            foreach (var (c, value) in rows[key])
            {
                expected[c] = value;
            }

            actual.ToArray().Should().Equal(expected);
        }
    }

    [Fact]
    public void Hash_index_batch_lookups_match_single_ones()
    {
        var random = new Random(3);
        var keys = Enumerable.Range(0, 500).Select(_ => (ulong)random.NextInt64()).Distinct().ToArray();
        var index = new HashIndex(keys, keys.Select((_, i) => i % 50).ToArray());
        var probes = keys.Take(100).Concat(Enumerable.Range(0, 100).Select(_ => (ulong)random.NextInt64())).ToArray();
        var values = new int[probes.Length];
        index.GetMany(probes, values);
        values.Should().Equal(probes.Select(index.Get));
        values.Take(100).Should().Equal(keys.Take(100).Select((_, i) => i % 50));
    }

    private static byte[] Write(PerceptronModel model)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }

        return stream.ToArray();
    }
}
