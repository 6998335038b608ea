namespace ClaimExtraction;

/// <summary>Settings of a <see cref="ClaimExtractor"/>.</summary>
public sealed class ClaimExtractorOptions
{
    /// <summary>Claims whose <see cref="Claim.Confidence"/> is below this are left out (0..1, default 0: keep all).</summary>
    public double MinimumConfidence { get; set; }

    internal void Validate()
    {
        if (double.IsNaN(MinimumConfidence) || MinimumConfidence is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumConfidence), MinimumConfidence, "MinimumConfidence must be between 0 and 1.");
        }
    }

    internal ClaimExtractorOptions Clone() => new() { MinimumConfidence = MinimumConfidence };
}
