namespace ClaimExtraction;

/// <summary>A half-open range of UTF-16 code units (.NET string indices) in the caller's text.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index just past the last character.</param>
public sealed record TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Length => End - Start;
}

/// <summary>Words of the text that name something, with their offsets.</summary>
/// <param name="Text">The words exactly as in the article.</param>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index just past the last character.</param>
public sealed record Mention(string Text, int Start, int End);

/// <summary>The speaker of one claim: the resolved identity and the words naming it in the claim's sentence.</summary>
/// <param name="Id">The id of the <see cref="Speaker"/> in <see cref="ExtractionResult.Speakers"/>.</param>
/// <param name="Name">The speaker's canonical name.</param>
/// <param name="Kind">What kind of source the speaker is.</param>
/// <param name="Mention">The source mention in this claim's sentence ("he", "critics"), or null when implicit.</param>
public sealed record SpeakerReference(string Id, string Name, SpeakerKind Kind, Mention? Mention);

/// <summary>The words that introduce a claim ("said", "according to", "a bold claim").</summary>
/// <param name="Text">The cue exactly as in the article.</param>
/// <param name="Lemma">The cue's dictionary form ("claimed" → "claim").</param>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index just past the last character.</param>
public sealed record Cue(string Text, string Lemma, int Start, int End);

/// <summary>A word that weakens how firmly a claim is made.</summary>
/// <param name="Text">The hedge exactly as in the article.</param>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index just past the last character.</param>
/// <param name="Category">What kind of hedge it is.</param>
public sealed record Hedge(string Text, int Start, int End, HedgeCategory Category);

/// <summary>One attributed quote or reported claim.</summary>
/// <param name="Id">Identifier unique within the result ("c1", "c2", …).</param>
/// <param name="Kind">Direct quote, indirect (reported) speech, or mixed.</param>
/// <param name="Text">The content text as in the article (parts joined by a space when discontinuous).</param>
/// <param name="Spans">The content's character ranges, in text order.</param>
/// <param name="Speaker">Who made the claim, or null when no source was found.</param>
/// <param name="Cue">The words introducing the claim, or null when none.</param>
/// <param name="Hedges">Hedge cues in the content or around the cue.</param>
/// <param name="Certainty">How strongly the content is asserted, 0 (pure speculation) to 1 (flat assertion).</param>
/// <param name="Confidence">The extractor's confidence in this record, 0..1.</param>
/// <param name="Sentence">Index of the sentence the claim starts in.</param>
public sealed record Claim(
    string Id,
    ClaimKind Kind,
    string Text,
    IReadOnlyList<TextSpan> Spans,
    SpeakerReference? Speaker,
    Cue? Cue,
    IReadOnlyList<Hedge> Hedges,
    double Certainty,
    double Confidence,
    int Sentence);

/// <summary>One real-world source, with every way the article names it.</summary>
/// <param name="Id">Identifier unique within the result ("s1", "s2", …).</param>
/// <param name="Name">Canonical name: the fullest proper name the article uses, else the first mention.</param>
/// <param name="Kind">What kind of source this is.</param>
/// <param name="Aliases">Distinct names used for this speaker (pronouns excluded).</param>
/// <param name="Roles">Titles and descriptions ("former U.S. President", "political analyst").</param>
/// <param name="Mentions">Every mention that resolved to this speaker, in text order.</param>
public sealed record Speaker(
    string Id,
    string Name,
    SpeakerKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<Mention> Mentions)
{
    /// <summary>
    /// For a group or organization named through whom it belongs to ("Trump’s supporters", "Clinton's campaign"),
    /// the canonical name of that person or body ("Donald Trump"); the speaker's own name is then the head phrase
    /// ("supporters"), so the group is never mistaken for the person. Null otherwise.
    /// </summary>
    public string? Affiliation { get; init; }
}
