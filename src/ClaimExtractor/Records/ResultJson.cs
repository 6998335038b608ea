using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ClaimExtraction.Records;

/// <summary>Source-generated JSON metadata of the result records: no reflection, so trimming and Native AOT keep it.</summary>
[JsonSerializable(typeof(ExtractionResult))]
internal sealed partial class ResultJsonContext : JsonSerializerContext
{
}

/// <summary>The result's JSON settings, built once over <see cref="ResultJsonContext"/>.</summary>
internal static class ResultJson
{
    public static JsonTypeInfo<ExtractionResult> Compact { get; } = Create(indented: false);

    public static JsonTypeInfo<ExtractionResult> Indented { get; } = Create(indented: true);

    private static JsonTypeInfo<ExtractionResult> Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            TypeInfoResolver = ResultJsonContext.Default,
        };
        options.Converters.Add(new JsonStringEnumConverter<ClaimKind>(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new JsonStringEnumConverter<SpeakerKind>(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new JsonStringEnumConverter<HedgeCategory>(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly();
        return (JsonTypeInfo<ExtractionResult>)options.GetTypeInfo(typeof(ExtractionResult));
    }

    /// <summary>
    /// A JSON null where the records hold no null (a member the <c>required</c> check lets through when present as
    /// null) is a malformed document, reported as such rather than as a later NullReferenceException.
    /// </summary>
    public static void CheckComplete(ExtractionResult result)
    {
        Require(result.Claims, "claims");
        Require(result.Speakers, "speakers");
        foreach (var claim in result.Claims)
        {
            Require(claim, "claims[]");
            Require(claim.Id, "claim.id");
            Require(claim.Text, "claim.text");
            Require(claim.Spans, "claim.spans");
            Require(claim.Hedges, "claim.hedges");
            foreach (var span in claim.Spans)
            {
                Require(span, "claim.spans[]");
            }

            foreach (var hedge in claim.Hedges)
            {
                Require(hedge?.Text, "claim.hedges[].text");
            }

            if (claim.Speaker is { } speaker)
            {
                Require(speaker.Id, "claim.speaker.id");
                Require(speaker.Name, "claim.speaker.name");
                Require(speaker.Mention is null ? "" : speaker.Mention.Text, "claim.speaker.mention.text");
            }

            if (claim.Cue is { } cue)
            {
                Require(cue.Text, "claim.cue.text");
                Require(cue.Lemma, "claim.cue.lemma");
            }
        }

        foreach (var speaker in result.Speakers)
        {
            Require(speaker, "speakers[]");
            Require(speaker.Id, "speaker.id");
            Require(speaker.Name, "speaker.name");
            Require(speaker.Aliases, "speaker.aliases");
            Require(speaker.Roles, "speaker.roles");
            Require(speaker.Mentions, "speaker.mentions");
            foreach (var mention in speaker.Mentions)
            {
                Require(mention?.Text, "speaker.mentions[].text");
            }
        }
    }

    private static void Require(object? value, string member)
    {
        if (value is null)
        {
            throw new JsonException($"The result's JSON has null for '{member}', which a result always has.");
        }
    }
}
