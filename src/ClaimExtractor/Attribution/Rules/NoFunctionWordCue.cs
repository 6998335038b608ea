using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// A cue is a predicate, a speech noun, a framing phrase or a dash or colon. A determiner, conjunction, possessive or
/// existential "there" the tagger marked on its own ("the", "and", "there") is the stray end of a phrase it missed.
/// Prepositions and adverbs are left to the models: PolNeAR train marks framing prepositions as cues ("In the poll,
/// …" 67 times, "For Republicans, …" 22, "To Sexton, …" 13) and evidential adverbs ("reportedly", 14), and letting
/// the tagger's own such cues through raised content F1 on train (0.8370 to 0.8386) and on dev (0.7536 to 0.7554).
/// A preposition cue stands as a framing adjunct, though: one alone right after a verb is that verb's complement ("push
/// for a reduction"), and PolNeAR marks the verb with it ("called for") where it reports speech. On train this drops
/// 47 claims, 28 of them unmarked, and 11 others (10 marked) survive that such cues had overlapped: content F1 0.8407
/// to 0.8412, exact 0.6361 to 0.6367; dev content 0.7558 to 0.7557, exact 0.5574 to 0.5584.
/// </summary>
internal sealed class NoFunctionWordCue : ICueFilter
{
    public bool Rejects(AttributionContext context, in CueWindow window)
    {
        var tokens = context.Tokens;
        var pos = tokens[window.CueHead].Pos;
        if (pos is PosTag.DT or PosTag.PDT or PosTag.CC or PosTag.PRPS or PosTag.WPS or PosTag.EX)
        {
            return true;
        }

        var before = window.CueStart - 1;
        return window.CueEnd - window.CueStart == 1 && (pos is PosTag.IN or PosTag.TO) && before >= 0
               && context.SentenceOf[before] == context.SentenceOf[window.CueStart] && tokens[before].Pos.IsVerb();
    }
}
