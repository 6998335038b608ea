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
