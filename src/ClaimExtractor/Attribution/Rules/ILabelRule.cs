namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// A structural rule over one cue's window: it reads and rewrites the span labeller's labels (content, source,
/// outside) before the candidate is read off them. The rules run in the order of <see cref="LearnedAttribution.LabelRules"/>.
/// </summary>
internal interface ILabelRule
{
    /// <param name="context">The document's per-token facts.</param>
    /// <param name="window">The cue and the tokens labelled for it.</param>
    /// <param name="labels">Per token of the document, the label; only the window's tokens are read or written.</param>
    /// <param name="inCue">Per token, whether the cue tagger put it inside a cue.</param>
    void Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue);
}

/// <summary>What several label rules read off the labels.</summary>
internal static class Labels
{
    /// <summary>The first token in [<paramref name="from"/>, <paramref name="end"/>) labelled content, or <paramref name="end"/> when there is none.</summary>
    public static int FirstContent(int[] labels, int from, int end)
    {
        while (from < end && labels[from] != SpanFeatures.Content)
        {
            from++;
        }

        return from;
    }

    /// <summary>The first token after the cue labelled content, or the window's end when there is none.</summary>
    public static int FirstContentAfterCue(in CueWindow window, int[] labels) => FirstContent(labels, window.CueEnd, window.End);
}
