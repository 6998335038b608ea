using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimExtraction;

/// <summary>Everything extracted from one article: its claims and the speakers they resolve to.</summary>
public sealed class ExtractionResult
{
    /// <summary>A result with no claims and no speakers.</summary>
    public static ExtractionResult Empty { get; } = new([], []);

    /// <summary>Creates a result.</summary>
    /// <param name="claims">Claims in text order.</param>
    /// <param name="speakers">Speakers the claims refer to.</param>
    /// <exception cref="ArgumentNullException">When either list is null.</exception>
    public ExtractionResult(IReadOnlyList<Claim> claims, IReadOnlyList<Speaker> speakers)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(speakers);
        Claims = claims;
        Speakers = speakers;
    }

    /// <summary>Claims in the order their content starts in the text.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Speakers, in the order they are first mentioned as a source.</summary>
    public IReadOnlyList<Speaker> Speakers { get; }

    /// <summary>
    /// The serializer settings of the result's JSON shape: camelCase names, enums as camelCase strings, nulls
    /// written, non-ASCII text kept as is. Read-only; pass it to <see cref="JsonSerializer"/> to read results back.
    /// </summary>
    public static JsonSerializerOptions JsonOptions { get; } = CreateOptions(indented: false);

    private static JsonSerializerOptions IndentedOptions { get; } = CreateOptions(indented: true);

    /// <summary>Serializes the result as <c>{"claims": [...], "speakers": [...]}</c>.</summary>
    /// <param name="indented">Whether to indent for people to read.</param>
    public string ToJson(bool indented = false) => JsonSerializer.Serialize(this, indented ? IndentedOptions : JsonOptions);

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
