using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimExtraction.Records;

namespace ClaimExtraction;

/// <summary>Everything extracted from one article: its claims and the speakers they resolve to.</summary>
public sealed class ExtractionResult : IJsonOnDeserialized
{
    /// <summary>Creates an empty result; set the members with an object initializer.</summary>
    [JsonConstructor]
    public ExtractionResult()
    {
    }

    /// <summary>Creates a result.</summary>
    /// <param name="claims">Claims in text order.</param>
    /// <param name="speakers">Speakers the claims refer to.</param>
    /// <exception cref="ArgumentNullException">When either list is null.</exception>
    [SetsRequiredMembers]
    public ExtractionResult(IReadOnlyList<Claim> claims, IReadOnlyList<Speaker> speakers)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(speakers);
        Claims = claims;
        Speakers = speakers;
    }

    /// <summary>A result with no claims and no speakers.</summary>
    public static ExtractionResult Empty { get; } = new([], []);

    /// <summary>Claims in the order their content starts in the text.</summary>
    public required IReadOnlyList<Claim> Claims { get; init; }

    /// <summary>Speakers, in the order they are first mentioned as a source.</summary>
    public required IReadOnlyList<Speaker> Speakers { get; init; }

    /// <summary>
    /// The serializer settings of the result's JSON shape: camelCase names, enums as camelCase strings, nulls
    /// written, non-ASCII text kept as is, metadata source-generated (no reflection: safe under trimming and Native
    /// AOT). Read-only. <see cref="ToJson"/> and <see cref="FromJson"/> use it.
    /// </summary>
    public static JsonSerializerOptions JsonOptions => ResultJson.Compact.Options;

    /// <summary>
    /// Serializes the result as <c>{"claims": [...], "speakers": [...]}</c>. Text is written as it is in the article,
    /// except that a lone surrogate (a UTF-16 code unit that is half of no pair, invalid in JSON's Unicode text) is
    /// written as U+FFFD; the offsets still count it as one character of the original string.
    /// </summary>
    /// <param name="indented">Whether to indent for people to read.</param>
    public string ToJson(bool indented = false) => JsonSerializer.Serialize(this, indented ? ResultJson.Indented : ResultJson.Compact);

    /// <summary>Reads a result written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON of this shape (a required member is missing or null).</exception>
    public static ExtractionResult FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, ResultJson.Compact) ?? throw new JsonException("The JSON is null, not a result.");
    }

    void IJsonOnDeserialized.OnDeserialized() => ResultJson.CheckComplete(this);
}
