using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace ClaimExtraction;

// How the records evolve: each is a sealed record of init-only properties, never a positional record. A later version
// adds a member as a new, non-required init property with a default, so code built against this version keeps
// working (no constructor or Deconstruct signature changes). The constructors below are kept as they are; the core
// members are `required`, so reading JSON that lacks one fails with a JsonException.

/// <summary>One attributed quote or reported claim.</summary>
public sealed record Claim
{
    /// <summary>Creates an empty claim; set the members with an object initializer.</summary>
    [JsonConstructor]
    public Claim()
    {
    }

    /// <summary>Creates a claim.</summary>
    /// <param name="id">Identifier unique within the result ("c1", "c2", …).</param>
    /// <param name="kind">Direct quote, indirect (reported) speech, or mixed.</param>
    /// <param name="text">The content text as in the article (parts joined by a space when discontinuous).</param>
    /// <param name="spans">The content's character ranges, in text order.</param>
    /// <param name="speaker">Who made the claim, or null when no source was found.</param>
    /// <param name="cue">The words introducing the claim, or null when none.</param>
    /// <param name="hedges">Hedge cues in the content or around the cue.</param>
    /// <param name="certainty">How strongly the content is asserted, 0..1.</param>
    /// <param name="confidence">The extractor's confidence in this record, 0..1.</param>
    /// <param name="sentence">Index of the sentence the claim starts in.</param>
    [SetsRequiredMembers]
    public Claim(string id, ClaimKind kind, string text, IReadOnlyList<TextSpan> spans, SpeakerReference? speaker, Cue? cue,
        IReadOnlyList<Hedge> hedges, double certainty, double confidence, int sentence)
    {
        Id = id;
        Kind = kind;
        Text = text;
        Spans = spans;
        Speaker = speaker;
        Cue = cue;
        Hedges = hedges;
        Certainty = certainty;
        Confidence = confidence;
        Sentence = sentence;
    }

    /// <summary>Identifier unique within the result ("c1", "c2", …).</summary>
    public required string Id { get; init; }

    /// <summary>Direct quote, indirect (reported) speech, or mixed.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>The content text as in the article (parts joined by a space when discontinuous).</summary>
    public required string Text { get; init; }

    /// <summary>The content's character ranges, in text order.</summary>
    public required IReadOnlyList<TextSpan> Spans { get; init; }

    /// <summary>Who made the claim, or null when no source was found.</summary>
    public SpeakerReference? Speaker { get; init; }

    /// <summary>The words introducing the claim, or null when none.</summary>
    public Cue? Cue { get; init; }

    /// <summary>Hedge cues in the content or around the cue.</summary>
    public required IReadOnlyList<Hedge> Hedges { get; init; }

    /// <summary>How strongly the content is asserted, 0 (pure speculation) to 1 (flat assertion).</summary>
    public required double Certainty { get; init; }

    /// <summary>The extractor's confidence in this record: a calibrated probability that it is right, 0..1.</summary>
    public required double Confidence { get; init; }

    /// <summary>Index of the sentence the claim starts in.</summary>
    public required int Sentence { get; init; }
}

/// <summary>One real-world source, with every way the article names it.</summary>
public sealed record Speaker
{
    /// <summary>Creates an empty speaker; set the members with an object initializer.</summary>
    [JsonConstructor]
    public Speaker()
    {
    }

    /// <summary>Creates a speaker.</summary>
    /// <param name="id">Identifier unique within the result ("s1", "s2", …).</param>
    /// <param name="name">Canonical name: the fullest proper name the article uses, else the first mention.</param>
    /// <param name="kind">What kind of source this is.</param>
    /// <param name="aliases">Distinct names used for this speaker (pronouns excluded).</param>
    /// <param name="roles">Titles and descriptions ("former U.S. President", "political analyst").</param>
    /// <param name="mentions">Every mention that resolved to this speaker, in text order.</param>
    [SetsRequiredMembers]
    public Speaker(string id, string name, SpeakerKind kind, IReadOnlyList<string> aliases, IReadOnlyList<string> roles, IReadOnlyList<Mention> mentions)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Aliases = aliases;
        Roles = roles;
        Mentions = mentions;
    }

    /// <summary>Identifier unique within the result ("s1", "s2", …).</summary>
    public required string Id { get; init; }

    /// <summary>Canonical name: the fullest proper name the article uses, else the first mention.</summary>
    public required string Name { get; init; }

    /// <summary>What kind of source this is.</summary>
    public required SpeakerKind Kind { get; init; }

    /// <summary>Distinct names used for this speaker (pronouns excluded).</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>Titles and descriptions ("former U.S. President", "political analyst").</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>Every mention that resolved to this speaker, in text order.</summary>
    public required IReadOnlyList<Mention> Mentions { get; init; }

    /// <summary>
    /// For a group or organization named through whom it belongs to ("Trump’s supporters", "Clinton's campaign"),
    /// the canonical name of that person or body ("Donald Trump"); the speaker's own name is then the head phrase
    /// ("supporters"), so the group is never mistaken for the person. Null otherwise.
    /// </summary>
    public string? Affiliation { get; init; }
}
