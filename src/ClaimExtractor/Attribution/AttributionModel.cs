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
    public const int Version = 3;

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
/// Monotone map from a score to the probability that a prediction with that score is right: the share right in
/// each bin of held-out predictions, placed at the bin's mean score and interpolated linearly in between, so a
/// confidence threshold cuts gradually rather than bin by bin.
/// </summary>
internal sealed class Calibration
{
    private readonly float[] _centres;
    private readonly float[] _probabilities;

    public Calibration(float[] centres, float[] probabilities)
    {
        if (centres.Length != probabilities.Length || centres.Length == 0)
        {
            throw new ArgumentException("A calibration needs one probability per bin and at least one bin.");
        }

        _centres = centres;
        _probabilities = probabilities;
    }

    public static Calibration Constant(float probability) => new([0f], [probability]);

    /// <summary>The mean score of each bin, ascending.</summary>
    public IReadOnlyList<float> Centres => _centres;

    public IReadOnlyList<float> Probabilities => _probabilities;

    public double Probability(float score)
    {
        var i = Array.BinarySearch(_centres, score);
        if (i >= 0)
        {
            return _probabilities[i];
        }

        i = ~i;
        if (i == 0)
        {
            return _probabilities[0];
        }

        if (i == _centres.Length)
        {
            return _probabilities[^1];
        }

        var share = (score - _centres[i - 1]) / (_centres[i] - _centres[i - 1]);
        return _probabilities[i - 1] + (share * (_probabilities[i] - _probabilities[i - 1]));
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_centres.Length);
        for (var i = 0; i < _centres.Length; i++)
        {
            writer.Write(_centres[i]);
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
