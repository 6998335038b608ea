using ClaimExtraction.Tagging;

namespace ClaimExtraction.Attribution;

/// <summary>
/// Feature ids for the attribution models, built from a per-template seed and precomputed word and relation ids
/// by a multiply-xor per value: no string is hashed per feature, which keeps tagging every token cheap.
/// </summary>
internal static class Feature
{
    private const int TemplateCount = 80;
    private static readonly ulong[] Seeds = BuildSeeds();

    public static ulong Of(int template, long a) => FeatureHash.With(Seeds[template], a);

    public static ulong Of(int template, long a, long b) => FeatureHash.With(FeatureHash.With(Seeds[template], a), b);

    public static ulong Of(int template, long a, long b, long c) =>
        FeatureHash.With(FeatureHash.With(FeatureHash.With(Seeds[template], a), b), c);

    private static ulong[] BuildSeeds()
    {
        var seeds = new ulong[TemplateCount];
        for (var t = 0; t < seeds.Length; t++)
        {
            seeds[t] = FeatureHash.Of(1000 + t, "attribution");
        }

        return seeds;
    }
}
