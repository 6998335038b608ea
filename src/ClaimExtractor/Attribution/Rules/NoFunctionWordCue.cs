using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// A cue is a predicate: a verb, a speech noun, "according to", a dash or colon. A determiner, preposition or adverb
/// the tagger marked on its own ("the", "about", "often") is the stray end of a phrase it missed, right about a
/// third of the time in dev (no train count was recorded when it came in, commit 1e05d44).
/// </summary>
internal sealed class NoFunctionWordCue : ICueFilter
{
    public bool Rejects(AttributionContext context, in CueWindow window) =>
        window.CueLemma != "according to"
        && context.Tokens[window.CueHead].Pos is PosTag.DT or PosTag.PDT or PosTag.IN or PosTag.TO or PosTag.CC or PosTag.PRPS or PosTag.WPS
            or PosTag.RB or PosTag.RBR or PosTag.RBS or PosTag.EX;
}
