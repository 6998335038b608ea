using ClaimExtraction.Models;
using ClaimExtraction.Tagging;

namespace ClaimExtraction.Hedging;

/// <summary>
/// The learned hedge decision (hedges.bin): multinomial logistic regression over a lexicon candidate's features
/// (<see cref="HedgeFinder"/>), with one class for "not a hedge of this claim" and one per <see cref="HedgeCategory"/>.
/// A candidate is a hedge when the summed probability of the hedge classes reaches <see cref="Threshold"/>; its
/// category is the likeliest hedge class. Trained on hand-marked PolNeAR train attributions (data/hedges/train.jsonl).
/// </summary>
internal sealed class HedgeModel
{
    public const string Kind = "hedges";
    public const int Version = 1;
    public const string FileName = "hedges.bin";

    /// <summary>Class 0 is "not a hedge"; class 1 + c is <see cref="HedgeCategory"/> c.</summary>
    public const int ClassCount = 7;

    private static readonly Lazy<HedgeModel?> Shipped = new(
        () => ModelStore.HasResource(FileName) ? ModelStore.Load(FileName, Kind, Version, Read) : null,
        LazyThreadSafetyMode.ExecutionAndPublication);

    public HedgeModel(PerceptronModel weights, float threshold)
    {
        if (weights.ClassCount != ClassCount)
        {
            throw new ArgumentException($"A hedge model has {ClassCount} classes.", nameof(weights));
        }

        Weights = weights;
        Threshold = threshold;
    }

    /// <summary>The embedded model, or null when the library carries none (then the reading rules decide alone).</summary>
    public static HedgeModel? Default => Shipped.Value;

    /// <summary>The log-odds weights of every class.</summary>
    public PerceptronModel Weights { get; }

    /// <summary>The least probability of "some hedge" at which a candidate is taken.</summary>
    public float Threshold { get; }

    /// <summary>The probability that the candidate hedges its claim, and its likeliest category.</summary>
    public (float Probability, HedgeCategory Category) Decide(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[ClassCount];
        Weights.Score(features, scores);
        var max = scores[0];
        var best = 1;
        for (var c = 1; c < ClassCount; c++)
        {
            max = Math.Max(max, scores[c]);
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        double total = 0, none = 0;
        for (var c = 0; c < ClassCount; c++)
        {
            var e = Math.Exp(scores[c] - max);
            total += e;
            none = c == 0 ? e : none;
        }

        return ((float)(1 - (none / total)), (HedgeCategory)(best - 1));
    }

    public bool IsHedge(ReadOnlySpan<ulong> features, out HedgeCategory category)
    {
        var (probability, likeliest) = Decide(features);
        category = likeliest;
        return probability >= Threshold;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Threshold);
        Weights.Write(writer);
    }

    public static HedgeModel Read(BinaryReader reader)
    {
        var threshold = reader.ReadSingle();
        return new HedgeModel(PerceptronModel.Read(reader).PrepareLookup(), threshold);
    }
}
