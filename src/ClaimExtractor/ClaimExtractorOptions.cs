namespace ClaimExtraction;

/// <summary>Settings of a <see cref="ClaimExtractor"/>.</summary>
public sealed class ClaimExtractorOptions
{
    /// <summary>The default <see cref="MinimumConfidence"/>: claims less likely right than wrong are left out.</summary>
    public const double DefaultMinimumConfidence = 0.45;

    /// <summary>
    /// Claims whose <see cref="Claim.Confidence"/> (a calibrated probability that the claim is right) is below this are
    /// left out; 0..1, default <see cref="DefaultMinimumConfidence"/>. Set 0 to keep every candidate.
    /// </summary>
    public double MinimumConfidence { get; set; } = DefaultMinimumConfidence;

    internal void Validate()
    {
        if (Problem() is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumConfidence), MinimumConfidence, problem);
        }
    }

    /// <summary>What is wrong with the settings, or null when nothing is (one rule for the constructor and DI).</summary>
    internal string? Problem() =>
        double.IsNaN(MinimumConfidence) || MinimumConfidence is < 0 or > 1 ? "MinimumConfidence must be between 0 and 1." : null;

    internal ClaimExtractorOptions Clone() => new() { MinimumConfidence = MinimumConfidence };
}
