namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// What the speech-tag and cue rules count as a reporting verb beyond the cue tagger's own judgement: a verb WordNet
/// gives a communication or cognition sense, or one PolNeAR train marks a cue at least
/// <see cref="CueLexicon.ReportingVerbRate"/> of the time.
/// </summary>
internal static class ReportingVerbs
{
    /// <summary>A communication or cognition sense among the token's WordNet senses, or a frequent cue on train.</summary>
    public static bool IsReporting(AttributionContext context, int token) =>
        WordNetClasses.HasSense(context.WordSenses[token], WordNetClasses.SpeechSense.Communication | WordNetClasses.SpeechSense.Cognition)
        || IsFrequentCue(context, token);

    /// <summary>Whether PolNeAR train marks the token's verb a cue at least <see cref="CueLexicon.ReportingVerbRate"/> of the time.</summary>
    public static bool IsFrequentCue(AttributionContext context, int token) =>
        CueLexicon.Instance.TryGetVerb(context.Doc.TokenText(token), out var entry) && entry.CueRate >= CueLexicon.ReportingVerbRate;
}
