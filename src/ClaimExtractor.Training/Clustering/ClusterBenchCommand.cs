namespace ClaimExtraction.Training.Clustering;

/// <summary>Placeholder, filled in below.</summary>
internal static class ClusterBenchCommand
{
    public static int Run(int claims, string? data, bool json) => 0;
}
