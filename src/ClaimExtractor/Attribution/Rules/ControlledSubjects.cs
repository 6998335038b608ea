using ClaimExtraction.Documents;
using ClaimExtraction.Text;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// Who the subject of a cue's clause is to the speech: the speaker, or the one spoken to or about. Three grammatical
/// patterns where the governing clause's subject is not the speaker, each counted on PolNeAR train (CoreNLP parses,
/// first annotator) before it was adopted:
/// <list type="bullet">
/// <item>Object control: "leaving many to speculate", "prompting critics to accuse": the infinitive's subject is the
/// governor's object. Of 30 train attributions whose cue is the infinitive of such a verb with an object before it,
/// 27 have the object as source and 1 the governor's subject.</item>
/// <item>A past participle heading an adverbial clause of its own ("when asked about …", "asked whether …"): its
/// understood subject is the one asked or told, whether the labeller or the subject fallback proposed it. Of 78 such
/// train cues, 5 have the governing clause's subject as source (none with "when"/"if"), 56 have no source and 17
/// another.</item>
/// <item>A speech noun received ("faced accusations", "drew criticism", "received calls"): the receiver is the one
/// spoken about. Of 61 train attributions whose cue noun is the object of face, receive, get, draw or attract,
/// 4 have the receiver (the verb's subject) as source, all with "drew"; face 0 of 20, receive 0 of 12.</item>
/// </list>
/// </summary>
internal static class ControlledSubjects
{
    /// <summary>Verbs whose object is the subject of their infinitive complement.</summary>
    public static readonly WordSet ObjectControlVerbs = new(["allow", "force", "prompt", "lead", "leave", "permit", "require", "cause", "compel", "persuade", "urge", "encourage"]);

    /// <summary>Verbs whose subject receives what their object says.</summary>
    public static readonly WordSet ReceivingVerbs = new(["face", "receive", "get", "draw", "attract"]);

    /// <summary>
    /// The object that controls <paramref name="predicate"/>, an infinitive complement of an object-control verb
    /// ("leaving many to speculate" → "many"), or -1.
    /// </summary>
    public static int ObjectController(AttributionContext context, int predicate)
    {
        var governor = context.Tokens[predicate].Head;
        if (governor < 0 || context.Relation(predicate) != "xcomp")
        {
            return -1;
        }

        // The object parsed as the head of the small clause ("leaving [many] [to speculate]" with "many" an xcomp).
        var above = context.Tokens[governor].Head;
        if (!context.Tokens[governor].Pos.IsVerb() && governor < predicate && above >= 0
            && context.Relation(governor) is "xcomp" or "dobj" && ObjectControlVerbs.Contains(context.Lemmas[above]))
        {
            return governor;
        }

        if (!ObjectControlVerbs.Contains(context.Lemmas[governor]))
        {
            return -1;
        }

        for (var child = context.FirstChild[governor]; child >= 0; child = context.NextSibling[child])
        {
            if (child < predicate && context.Relation(child) == "dobj")
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>
    /// The source the labeller or the subject fallback gave, corrected where the governing clause's subject is not
    /// the speaker: the controlling object of an object-control verb's infinitive speaks, and a receiver of a speech
    /// noun does not.
    /// </summary>
    public static (int Start, int End) Correct(AttributionContext context, in CueWindow window, (int Start, int End) source)
    {
        if (IsReceiver(context, window.CueHead, source) || IsAddressedSubject(context, window.CueHead, source))
        {
            return (0, 0);
        }

        var controller = ObjectController(context, window.CueHead);
        return controller >= 0 && (controller < source.Start || controller >= source.End) ? SubjectAsSource.Subtree(context, window, controller) : source;
    }

    /// <summary>Whether the source lies in the governing clause's subject of an addressed participle cue ("Trump stated when asked").</summary>
    private static bool IsAddressedSubject(AttributionContext context, int cueHead, (int Start, int End) source)
    {
        var governor = context.Tokens[cueHead].Head;
        if (governor < 0 || source.End <= source.Start || !IsAddressedParticiple(context, cueHead))
        {
            return false;
        }

        return context.HasChild(governor, "nsubj", source.Start, source.End);
    }

    /// <summary>A past participle heading an adverbial clause with no subject of its own: "when asked about it".</summary>
    public static bool IsAddressedParticiple(AttributionContext context, int predicate) =>
        context.Tokens[predicate].Pos == PosTag.VBN && context.Relation(predicate) == "advcl";

    /// <summary>
    /// Whether the source lies in the subject of a receiving verb whose object is the cue noun ("he faced
    /// accusations"): the one spoken about, not the speaker.
    /// </summary>
    public static bool IsReceiver(AttributionContext context, int cueHead, (int Start, int End) source)
    {
        var governor = context.Tokens[cueHead].Head;
        if (governor < 0 || source.End <= source.Start || !context.Tokens[cueHead].Pos.IsNoun()
            || context.Relation(cueHead) != "dobj" || !ReceivingVerbs.Contains(context.Lemmas[governor]))
        {
            return false;
        }

        return context.HasChild(governor, "nsubj", source.Start, source.End);
    }
}
