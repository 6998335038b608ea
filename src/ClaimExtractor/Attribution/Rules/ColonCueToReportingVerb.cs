using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// "Dr. Helga Strand warned on Friday: “…”": when the tagger finds only the colon as the cue, a reporting verb before
/// it in its clause is the cue; the colon is the cue only after a bare name ("Trump: …", "Poll: …"), as PolNeAR marks
/// it (127 colon-only cues found on train, most after a name with no verb). A verb is reporting when WordNet gives it a
/// communication or cognition sense or PolNeAR train marks it a cue at least <see cref="CueLexicon.ReportingVerbRate"/> of the time.
/// </summary>
internal sealed class ColonCueToReportingVerb : ICueRule
{

    /// <summary>Words between the verb and the colon ("warned on Friday", "added in a statement to reporters").</summary>
    private const int MaxReach = 8;

    public void Apply(AttributionContext context, List<FoundCue> cues)
    {
        var tokens = context.Tokens;
        for (var c = 0; c < cues.Count; c++)
        {
            var cue = cues[c];
            if (cue.End - cue.Start != 1 || context.Doc.Text[tokens[cue.Start].Start] != ':' || context.QuoteOf[cue.Start] >= 0)
            {
                continue;
            }

            var sentenceStart = context.Doc.Sentences[context.SentenceOf[cue.Start]].FirstToken;
            var limit = Math.Max(sentenceStart, cue.Start - MaxReach);
            var previous = c > 0 ? cues[c - 1] : new FoundCue(0, 0, 0);
            for (var t = cue.Start - 1; t >= limit; t--)
            {
                if (context.QuoteOf[t] >= 0 || tokens[t].Pos is PosTag.Comma or PosTag.Colon)
                {
                    break;
                }

                if (t < previous.End)
                {
                    // The verb is a cue already ("declared" and the colon tagged apart): the colon is no second one.
                    if (tokens[t].Pos.IsVerb() && ReportingVerbs.IsReporting(context, t))
                    {
                        cues.RemoveAt(c--);
                    }

                    break;
                }

                if (tokens[t].Pos.IsVerb() && ReportingVerbs.IsReporting(context, t))
                {
                    cues[c] = new FoundCue(t, t + 1, cue.Margin);
                    break;
                }
            }
        }
    }

}
