using ClaimExtraction.Text;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// Speech that did not happen is no claim: a cue with a "neg" dependent ("has not responded", "never said"; commit
/// 66aebf2) or, when the tagger's cue is only an auxiliary ("has" of "has not responded"), whose verb has one; and a refusal to speak
/// ("declined to comment", "refused to discuss"), whose only content is the topic. PolNeAR train does mark refusals:
/// 57 of the 64 "decline"/"refuse" + speech-verb complements are cues there. They are left out on purpose: a user
/// reading "comment on the plans" as someone's claim is misled, and the cost is 0.3 % of train attributions.
/// </summary>
internal sealed class NoAbsentSpeech : ICueFilter
{
    private static readonly WordSet RefusalVerbs = new(["decline", "refuse"]);

    public bool Rejects(AttributionContext context, in CueWindow window)
    {
        var head = window.CueHead;
        if (context.HasChild(head, "neg"))
        {
            return true;
        }

        var governor = context.Tokens[head].Head;
        if (governor >= 0 && context.Relation(head) is "aux" or "auxpass" && context.HasChild(governor, "neg"))
        {
            return true;
        }

        return RefusalVerbs.Contains(context.Lemmas[head]) && HasSpeechComplement(context, head);
    }

    private static bool HasSpeechComplement(AttributionContext context, int verb)
    {
        for (var child = context.FirstChild[verb]; child >= 0; child = context.NextSibling[child])
        {
            if (context.Relation(child) == "xcomp" && WordNetClasses.HasSense(context.WordSenses[child], WordNetClasses.SpeechSense.Communication))
            {
                return true;
            }
        }

        return false;
    }
}
