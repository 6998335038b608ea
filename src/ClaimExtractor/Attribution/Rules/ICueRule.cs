namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// A structural rule over the cues the cue tagger found, before any window is labelled: it moves or adds cues. The
/// rules run in the order of <see cref="LearnedAttribution.CueRules"/>.
/// </summary>
internal interface ICueRule
{
    /// <param name="context">The document's per-token facts.</param>
    /// <param name="cues">The cues in text order; the rule edits the list in place and keeps that order.</param>
    void Apply(AttributionContext context, List<FoundCue> cues);
}
