using ClaimExtraction.Models;
using ClaimExtraction.Tagging;

namespace ClaimExtraction.Attribution;

/// <summary>
/// The learned attribution models: a cue tagger over every token, a span labeller run once per cue, and a claim
/// scorer (logistic, over <see cref="ClaimFeatures"/>) whose score a table turns into a calibrated probability that
/// the claim is right. Immutable.
/// </summary>
internal sealed class AttributionModel
{
    public const string Kind = "attribution";
    public const int Version = 4;

    public AttributionModel(PerceptronModel cues, PerceptronModel spans, PerceptronModel scorer, Calibration calibration)
    {
        if (cues.ClassCount != CueFeatures.ClassCount || spans.ClassCount != SpanFeatures.ClassCount || scorer.ClassCount != 2)
        {
            throw new ArgumentException("The cue model needs 2 classes (outside, inside), the span model 3 (outside, source, content) and the claim scorer 2 (wrong, right).");
        }

        Cues = cues;
        Spans = spans;
        Scorer = scorer;
        Calibration = calibration;
    }

    public PerceptronModel Cues { get; }

    public PerceptronModel Spans { get; }

    /// <summary>Log-odds that a candidate claim is right: the right class's score minus the wrong one's.</summary>
    public PerceptronModel Scorer { get; }

    public Calibration Calibration { get; }

    /// <summary>A scorer that knows nothing (every claim scores 0), for models whose scorer is still to be trained.</summary>
    public static PerceptronModel EmptyScorer() => new(2, [], [0], [], []);

    /// <summary>The claim scorer's log-odds for a candidate's features.</summary>
    public float ClaimScore(ReadOnlySpan<ulong> claimFeatures)
    {
        Span<float> scores = stackalloc float[2];
        Scorer.Score(claimFeatures, scores);
        return scores[1] - scores[0];
    }

    /// <summary>The calibrated probability that a candidate with these features is right.</summary>
    public double ClaimProbability(ReadOnlySpan<ulong> claimFeatures) => Calibration.Probability(ClaimScore(claimFeatures));

    public void Write(BinaryWriter writer)
    {
        Cues.Write(writer);
        Spans.Write(writer);
        Scorer.Write(writer);
        Calibration.Write(writer);
    }

    public static AttributionModel Read(BinaryReader reader) =>
        new(PerceptronModel.Read(reader), PerceptronModel.Read(reader), PerceptronModel.Read(reader), Calibration.Read(reader));
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
