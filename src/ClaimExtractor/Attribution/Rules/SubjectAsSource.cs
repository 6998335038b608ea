using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// When the labeller marked no source, the cue's grammatical subject is one ("the senator has argued …"): the
/// subject's subtree, if it is contiguous and short. A participle or infinitive cue takes its governor's subject, up a
/// chain of such links, and so does the speech noun of a support verb. No train count was recorded when it came in
/// (commits b02dc9d, 94198f0, f1345f1). The climb stops where the governing clause's subject is not the speaker
/// (<see cref="ControlledSubjects"/>): an object-control verb's object speaks instead, and a participle heading an
/// adverbial clause ("when asked") has the one addressed as its subject.
/// </summary>
internal static class SubjectAsSource
{
    private const int MaxClimb = 3;
    private const int MaxSubjectTokens = 12;

    /// <summary>The token range of the cue's subject, or (0, 0) when it has none.</summary>
    public static (int Start, int End) Of(AttributionContext context, in CueWindow window)
    {
        var predicate = window.CueHead;
        var subject = Of(context, window, predicate);

        // "…, saying that …", "refused to say …", "tried to use the ad, accusing her …": a participle or infinitive
        // shares its governor's subject, however many such links lead up to it; so does the speech noun of a
        // support verb ("Trump has made a bold claim").
        for (var climb = 0; climb < MaxClimb && subject.End <= subject.Start; climb++)
        {
            var governor = context.Tokens[predicate].Head;
            var relation = context.Relation(predicate);
            if (governor < 0 || !(relation is "xcomp" or "advcl" or "conj" || (relation == "dobj" && WordClasses.SupportVerbs.Contains(context.Lemmas[governor]))))
            {
                break;
            }

            if (ControlledSubjects.ObjectController(context, predicate) is var controller and >= 0)
            {
                return Subtree(context, window, controller);
            }

            if (ControlledSubjects.IsAddressedParticiple(context, predicate))
            {
                break;
            }

            predicate = governor;
            subject = Of(context, window, predicate);
        }

        return subject;
    }

    private static (int Start, int End) Of(AttributionContext context, in CueWindow window, int predicate)
    {
        for (var child = context.FirstChild[predicate]; child >= 0; child = context.NextSibling[child])
        {
            if (context.Relation(child) != "nsubj" || context.Tokens[child].Pos is PosTag.WDT or PosTag.EX)
            {
                continue;
            }

            return Subtree(context, window, child);
        }

        return (0, 0);
    }

    /// <summary>The contiguous, short part of the window that the token's dependency subtree covers.</summary>
    public static (int Start, int End) Subtree(AttributionContext context, in CueWindow window, int root)
    {
        int start = root, end = root + 1;
        while (start > window.First && start > root - MaxSubjectTokens && IsWithin(context, start - 1, root))
        {
            start--;
        }

        while (end < context.Tokens.Length && end != window.CueStart && end < root + MaxSubjectTokens && IsWithin(context, end, root))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Whether <paramref name="token"/> lies in the dependency subtree of <paramref name="root"/>.</summary>
    private static bool IsWithin(AttributionContext context, int token, int root) =>
        context.PositionOf(token, root).Kind is TreeRelation.Below or TreeRelation.Self;
}
