namespace ClaimExtraction.Clustering;

/// <summary>The clusterer's thresholds (chosen on the hand-checked PolNeAR train gold; see data/clusters/README.md).</summary>
/// <param name="MinimumContentWords">Content words a claim needs to be clustered: fewer ("it", "the plan") say too little to match on.</param>
/// <param name="MinimumSharedWords">Content words two claims must share.</param>
/// <param name="MinimumContainment">Share of the smaller claim's content-word weight that the other must have.</param>
/// <param name="WeightByRarity">Whether a word weighs by its rarity among the speaker's claims, or all words weigh one.</param>
/// <param name="ClusterGroups">Whether claims of named groups ("Senate Republican leaders") are clustered too, by exact name.</param>
internal sealed record ClusterSettings(
    int MinimumContentWords = 4,
    int MinimumSharedWords = 4,
    double MinimumContainment = 0.7,
    bool WeightByRarity = true,
    bool ClusterGroups = true)
{
    public static ClusterSettings Default { get; } = new();
}
