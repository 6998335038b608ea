namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// "has not responded", "never said": speech that did not happen is no claim; a cue with a "neg" dependent is
/// dropped. No train count was recorded when it came in (commit 66aebf2).
/// </summary>
internal sealed class NoNegatedCue : ICueFilter
{
    public bool Rejects(AttributionContext context, in CueWindow window)
    {
        for (var child = context.FirstChild[window.CueHead]; child >= 0; child = context.NextSibling[child])
        {
            if (context.Relation(child) == "neg")
            {
                return true;
            }
        }

        return false;
    }
}
