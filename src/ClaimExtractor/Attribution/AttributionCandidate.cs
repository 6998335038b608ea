using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution;

/// <summary>A found attribution before speakers and hedges: content ranges, the source and cue token ranges.</summary>
internal sealed class AttributionCandidate
{
    public required List<TextRange> Content { get; init; }

    /// <summary>Half-open token range of the source mention; empty (start == end) when there is none.</summary>
    public (int Start, int End) SourceTokens { get; set; }

    /// <summary>Half-open token range of the cue; empty when there is none.</summary>
    public (int Start, int End) CueTokens { get; init; }

    public required string CueLemma { get; init; }

    public required int Sentence { get; init; }

    /// <summary>The cue tagger's margin for the claim's cue (what <see cref="Confidence"/> is calibrated from); 0 without a cue.</summary>
    public float CueMargin { get; init; }

    /// <summary>What the claim scorer read to give <see cref="Confidence"/>; empty for claims it did not score.</summary>
    public ulong[] ClaimFeatures { get; set; } = [];

    /// <summary>A calibrated probability that the claim is right.</summary>
    public required double Confidence { get; set; }

    /// <summary>How it was found.</summary>
    public required AttributionPattern Pattern { get; init; }

    public bool HasSource => SourceTokens.End > SourceTokens.Start;

    public bool HasCue => CueTokens.End > CueTokens.Start;

    public int ContentStart => Content[0].Start;

    /// <summary>The token ranges [First, End) of the content's parts.</summary>
    public IEnumerable<(int First, int End)> ContentTokenRanges(AnnotatedDocument doc)
    {
        foreach (var range in Content)
        {
            yield return doc.TokensIn(range.Start, range.End);
        }
    }

    public int ContentEnd => Content[^1].End;
}

/// <summary>How an attribution was found.</summary>
internal enum AttributionPattern
{
    /// <summary>Found by the learned cue tagger and span labeller.</summary>
    Learned,

    /// <summary>A quotation with no cue of its own, continuing the previous speaker.</summary>
    ContinuedQuote,

    /// <summary>A quotation signed with a dash and the speaker's name ("” — Bernie Sanders").</summary>
    SignedQuote,

    /// <summary>A speech noun before a colon ("made a bold claim: …") introducing the clause after it.</summary>
    SpeechNounColon,

    /// <summary>A name and a reporting verb beside a quotation (“…,” Marchetti snapped), with or without a tagged cue.</summary>
    SpeechTag,
}
