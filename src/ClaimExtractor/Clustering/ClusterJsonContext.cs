using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimExtraction.Clustering;

/// <summary>Source-generated JSON for clusters: no reflection, trimming-safe, the result JSON's conventions.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(WordChangeKindConverter)])]
[JsonSerializable(typeof(IReadOnlyList<ClaimCluster>))]
internal sealed partial class ClusterJsonContext : JsonSerializerContext
{
    /// <summary>Compact output that keeps non-ASCII text as is, like <see cref="ExtractionResult.ToJson"/>.</summary>
    public static ClusterJsonContext Compact { get; } = new(CreateOptions(indented: false));

    /// <summary>The same, indented for people to read.</summary>
    public static ClusterJsonContext Indented { get; } = new(CreateOptions(indented: true));

    private static JsonSerializerOptions CreateOptions(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new WordChangeKindConverter() },
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>Writes <see cref="WordChangeKind"/> as a camelCase string ("truncated").</summary>
internal sealed class WordChangeKindConverter : JsonStringEnumConverter<WordChangeKind>
{
    public WordChangeKindConverter()
        : base(JsonNamingPolicy.CamelCase)
    {
    }
}
