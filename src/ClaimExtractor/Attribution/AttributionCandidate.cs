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

    public double CueRate { get; init; }

    /// <summary>A calibrated probability that the claim is right, when the finder can give one.</summary>
    public double? Confidence { get; init; }

    /// <summary>How the rules found it, for the confidence estimate.</summary>
    public required AttributionPattern Pattern { get; init; }

    public bool HasSource => SourceTokens.End > SourceTokens.Start;

    public bool HasCue => CueTokens.End > CueTokens.Start;

    public int ContentStart => Content[0].Start;

    public int ContentEnd => Content[^1].End;
}

/// <summary>The rule that produced an attribution.</summary>
internal enum AttributionPattern
{
    /// <summary>"X said (that) …" — the content follows the cue.</summary>
    CueThenContent,

    /// <summary>"…, X said." or "“…,” said X." — the content precedes the cue.</summary>
    ContentThenCue,

    /// <summary>"According to X, …" or "…, according to X."</summary>
    AccordingTo,

    /// <summary>"a bold claim: …", "X's claim that …".</summary>
    NounCue,

    /// <summary>A quotation with no cue of its own, continuing the previous speaker.</summary>
    ContinuedQuote,

    /// <summary>Found by the learned cue tagger and span labeller.</summary>
    Learned,
}
