using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace ClaimExtraction;

/// <summary>A half-open range of UTF-16 code units (.NET string indices) in the caller's text.</summary>
public sealed record TextSpan
{
    /// <summary>Creates an empty span; set the members with an object initializer.</summary>
    [JsonConstructor]
    public TextSpan()
    {
    }

    /// <summary>Creates a span.</summary>
    /// <param name="start">Index of the first character.</param>
    /// <param name="end">Index just past the last character.</param>
    [SetsRequiredMembers]
    public TextSpan(int start, int end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Index of the first character.</summary>
    public required int Start { get; init; }

    /// <summary>Index just past the last character.</summary>
    public required int End { get; init; }

    /// <summary>Number of characters covered.</summary>
    [JsonIgnore]
    public int Length => End - Start;
}

/// <summary>Words of the text that name something, with their offsets.</summary>
public sealed record Mention
{
    /// <summary>Creates an empty mention; set the members with an object initializer.</summary>
    [JsonConstructor]
    public Mention()
    {
    }

    /// <summary>Creates a mention.</summary>
    /// <param name="text">The words exactly as in the article.</param>
    /// <param name="start">Index of the first character.</param>
    /// <param name="end">Index just past the last character.</param>
    [SetsRequiredMembers]
    public Mention(string text, int start, int end)
    {
        Text = text;
        Start = start;
        End = end;
    }

    /// <summary>The words exactly as in the article.</summary>
    public required string Text { get; init; }

    /// <summary>Index of the first character.</summary>
    public required int Start { get; init; }

    /// <summary>Index just past the last character.</summary>
    public required int End { get; init; }
}

/// <summary>The speaker of one claim: the resolved identity and the words naming it in the claim's sentence.</summary>
public sealed record SpeakerReference
{
    /// <summary>Creates an empty reference; set the members with an object initializer.</summary>
    [JsonConstructor]
    public SpeakerReference()
    {
    }

    /// <summary>Creates a reference.</summary>
    /// <param name="id">The id of the <see cref="Speaker"/> in <see cref="ExtractionResult.Speakers"/>.</param>
    /// <param name="name">The speaker's canonical name.</param>
    /// <param name="kind">What kind of source the speaker is.</param>
    /// <param name="mention">The source mention in this claim's sentence, or null when implicit.</param>
    [SetsRequiredMembers]
    public SpeakerReference(string id, string name, SpeakerKind kind, Mention? mention)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Mention = mention;
    }

    /// <summary>The id of the <see cref="Speaker"/> in <see cref="ExtractionResult.Speakers"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The speaker's canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>What kind of source the speaker is.</summary>
    public required SpeakerKind Kind { get; init; }

    /// <summary>The source mention in this claim's sentence ("he", "critics"), or null when implicit.</summary>
    public Mention? Mention { get; init; }
}

/// <summary>The words that introduce a claim ("said", "according to", "a bold claim").</summary>
public sealed record Cue
{
    /// <summary>Creates an empty cue; set the members with an object initializer.</summary>
    [JsonConstructor]
    public Cue()
    {
    }

    /// <summary>Creates a cue.</summary>
    /// <param name="text">The cue exactly as in the article.</param>
    /// <param name="lemma">The cue's dictionary form ("claimed" → "claim").</param>
    /// <param name="start">Index of the first character.</param>
    /// <param name="end">Index just past the last character.</param>
    [SetsRequiredMembers]
    public Cue(string text, string lemma, int start, int end)
    {
        Text = text;
        Lemma = lemma;
        Start = start;
        End = end;
    }

    /// <summary>The cue exactly as in the article.</summary>
    public required string Text { get; init; }

    /// <summary>The cue's dictionary form ("claimed" → "claim").</summary>
    public required string Lemma { get; init; }

    /// <summary>Index of the first character.</summary>
    public required int Start { get; init; }

    /// <summary>Index just past the last character.</summary>
    public required int End { get; init; }
}

/// <summary>A word that weakens how firmly a claim is made.</summary>
public sealed record Hedge
{
    /// <summary>Creates an empty hedge; set the members with an object initializer.</summary>
    [JsonConstructor]
    public Hedge()
    {
    }

    /// <summary>Creates a hedge.</summary>
    /// <param name="text">The hedge exactly as in the article.</param>
    /// <param name="start">Index of the first character.</param>
    /// <param name="end">Index just past the last character.</param>
    /// <param name="category">What kind of hedge it is.</param>
    [SetsRequiredMembers]
    public Hedge(string text, int start, int end, HedgeCategory category)
    {
        Text = text;
        Start = start;
        End = end;
        Category = category;
    }

    /// <summary>The hedge exactly as in the article.</summary>
    public required string Text { get; init; }

    /// <summary>Index of the first character.</summary>
    public required int Start { get; init; }

    /// <summary>Index just past the last character.</summary>
    public required int End { get; init; }

    /// <summary>What kind of hedge it is.</summary>
    public required HedgeCategory Category { get; init; }
}
