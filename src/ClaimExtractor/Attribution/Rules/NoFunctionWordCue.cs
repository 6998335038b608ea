using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// A cue is a predicate, a speech noun, a framing phrase or a dash or colon. A determiner, conjunction, possessive or
/// existential "there" the tagger marked on its own ("the", "and", "there") is the stray end of a phrase it missed.
/// Prepositions and adverbs are left to the models: PolNeAR train marks framing prepositions as cues ("In the poll,
/// …" 67 times, "For Republicans, …" 22, "To Sexton, …" 13) and evidential adverbs ("reportedly", 14), and letting
/// the tagger's own such cues through raised content F1 on train (0.8370 to 0.8386) and on dev (0.7536 to 0.7554).
/// </summary>
internal sealed class NoFunctionWordCue : ICueFilter
{
    public bool Rejects(AttributionContext context, in CueWindow window) =>
        context.Tokens[window.CueHead].Pos is PosTag.DT or PosTag.PDT or PosTag.CC or PosTag.PRPS or PosTag.WPS or PosTag.EX;
}
