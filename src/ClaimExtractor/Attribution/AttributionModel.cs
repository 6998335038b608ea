using ClaimExtraction.Models;
using ClaimExtraction.Tagging;

namespace ClaimExtraction.Attribution;

/// <summary>
/// The learned attribution models: a cue tagger over every token, a span labeller run once per cue, and a table
/// that turns the cue tagger's margin into a calibrated probability that the claim is right. Immutable.
/// </summary>
internal sealed class AttributionModel
{
    public const string Kind = "attribution";
    public const int Version = 2;

    public AttributionModel(PerceptronModel cues, PerceptronModel spans, Calibration calibration)
    {
        if (cues.ClassCount != CueFeatures.ClassCount || spans.ClassCount != SpanFeatures.ClassCount)
        {
            throw new ArgumentException("The cue model needs 2 classes (outside, inside) and the span model 3 (outside, source, content).");
        }

        Cues = cues;
        Spans = spans;
        Calibration = calibration;
    }

    public PerceptronModel Cues { get; }

    public PerceptronModel Spans { get; }

    public Calibration Calibration { get; }

    public void Write(BinaryWriter writer)
    {
        Cues.Write(writer);
        Spans.Write(writer);
        Calibration.Write(writer);
    }

    public static AttributionModel Read(BinaryReader reader) =>
        new(PerceptronModel.Read(reader), PerceptronModel.Read(reader), Calibration.Read(reader));
}

/// <summary>
/// Monotone map from a score to the probability that a prediction with that score is right, as bins with upper
/// score bounds, fitted on held-out articles.
/// </summary>
internal sealed class Calibration
{
    private readonly float[] _upperBounds;
    private readonly float[] _probabilities;

    public Calibration(float[] upperBounds, float[] probabilities)
    {
        if (upperBounds.Length != probabilities.Length || upperBounds.Length == 0)
        {
            throw new ArgumentException("A calibration needs one probability per bin and at least one bin.");
        }

        _upperBounds = upperBounds;
        _probabilities = probabilities;
    }

    public static Calibration Constant(float probability) => new([float.MaxValue], [probability]);

    public IReadOnlyList<float> UpperBounds => _upperBounds;

    public IReadOnlyList<float> Probabilities => _probabilities;

    public double Probability(float score)
    {
        var i = Array.BinarySearch(_upperBounds, score);
        i = i < 0 ? ~i : i;
        return _probabilities[Math.Min(i, _probabilities.Length - 1)];
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_upperBounds.Length);
        for (var i = 0; i < _upperBounds.Length; i++)
        {
            writer.Write(_upperBounds[i]);
            writer.Write(_probabilities[i]);
        }
    }

    public static Calibration Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count is < 1 or > 1000)
        {
            throw new InvalidDataException("Corrupt attribution model: bad calibration size.");
        }

        var bounds = new float[count];
        var probabilities = new float[count];
        for (var i = 0; i < count; i++)
        {
            bounds[i] = reader.ReadSingle();
            probabilities[i] = reader.ReadSingle();
        }

        return new Calibration(bounds, probabilities);
    }
}
