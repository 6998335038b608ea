namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// A structural rule that rejects a cue the tagger found: its window makes no candidate. The filters are those of
/// <see cref="LearnedAttribution.CueFilters"/>.
/// </summary>
internal interface ICueFilter
{
    /// <summary>Whether the cue of <paramref name="window"/> makes no claim.</summary>
    bool Rejects(AttributionContext context, in CueWindow window);
}
