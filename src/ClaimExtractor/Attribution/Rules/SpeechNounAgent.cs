using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// "The admission by Lucia Ferreira that the harvest was the worst in a decade surprised the committee": a speech or
/// cognition noun with a "by" agent and a "that" clause is a claim of the agent, whatever the sentence goes on to
/// say about it. The noun is speech-like when WordNet gives it a communication or cognition sense or PolNeAR train
/// marks it a cue at least <see cref="MinimumCueRate"/> of the time. The rule gives the noun's claim its agent and
/// clause, or adds the claim when the cue tagger missed the noun. On train (held out from this rule) it changes 2 claims
/// ("a report by Politico that …"), content F1 0.833; dev unchanged.
/// </summary>
internal sealed class SpeechNounAgent : IClaimRule
{
    private const double MinimumCueRate = 0.2;
    private const double AgentClaimConfidence = 0.7;

    public void Apply(AttributionContext context, List<AttributionCandidate> found, bool[] inCue)
    {
        var doc = context.Doc;
        var tokens = doc.Tokens;
        int[]? cueOwner = null;
        var added = new List<AttributionCandidate>();
        for (var noun = 0; noun < tokens.Length; noun++)
        {
            if (tokens[noun].Pos is not (PosTag.NN or PosTag.NNS) || context.QuoteOf[noun] >= 0 || !IsSpeechNoun(context, noun))
            {
                continue;
            }

            int agent = -1, clause = -1;
            for (var child = context.FirstChild[noun]; child >= 0; child = context.NextSibling[child])
            {
                var relation = context.Relation(child);
                if (relation == "nmod" && child > noun && context.HasChild(child, "case", noun + 1, child) && doc.TokenText(noun + 1) is "by")
                {
                    agent = child;
                }
                else if (relation is "ccomp" or "dep" or "acl" && child > noun && HasThatMark(context, child))
                {
                    clause = child;
                }
            }

            // The parser may hang the clause on the agent ("by Oskar Lind that …") rather than on the noun.
            for (var child = agent >= 0 && clause < 0 ? context.FirstChild[agent] : -1; child >= 0; child = context.NextSibling[child])
            {
                if (context.Relation(child) is "ccomp" or "dep" or "acl" or "acl:relcl" && child > agent && HasThatMark(context, child))
                {
                    clause = child;
                }
            }

            if (agent < 0 || clause < 0 || agent > clause)
            {
                continue;
            }

            var source = (noun + 2, agent + 1);
            // The clause ends before the verb the noun phrase is the subject of ("… surprised the committee").
            var (first, last) = Subtree(context, clause);
            var governor = tokens[noun].Head;
            last = governor > clause && governor <= last ? LastBefore(context, governor) : last;
            if (last < first)
            {
                continue;
            }

            var content = new TextRange(tokens[first].Start, tokens[last].End);
            cueOwner ??= SpeechTags.CueOwners(tokens.Length, found);
            if (cueOwner[noun] >= 0)
            {
                var candidate = found[cueOwner[noun]];
                candidate.Content.Clear();
                candidate.Content.Add(content);
                candidate.SourceTokens = source;
                continue;
            }

            added.Add(Claims.SpeechTagClaim(context, [content], source, noun, context.SentenceOf[noun], AgentClaimConfidence));
        }

        Claims.AddInTextOrder(found, added);
    }

    private static bool IsSpeechNoun(AttributionContext context, int noun) =>
        WordNetClasses.HasSense(context.WordSenses[noun], WordNetClasses.SpeechSense.Communication | WordNetClasses.SpeechSense.Cognition)
        || (CueLexicon.Instance.TryGetNoun(context.Doc.TokenText(noun), out var entry) && entry.CueRate >= MinimumCueRate);

    private static int LastBefore(AttributionContext context, int token)
    {
        var last = token - 1;
        while (last > 0 && context.Tokens[last].Pos.IsPunctuation())
        {
            last--;
        }

        return last;
    }

    private static bool HasThatMark(AttributionContext context, int verb)
    {
        for (var child = context.FirstChild[verb]; child >= 0; child = context.NextSibling[child])
        {
            if (context.Relation(child) == "mark" && context.Doc.TokenText(child) is "that")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first and last token of <paramref name="token"/>'s subtree (walks the subtree once).</summary>
    private static (int First, int Last) Subtree(AttributionContext context, int token)
    {
        var (first, last) = (token, token);
        var stack = new Stack<int>();
        stack.Push(token);
        while (stack.Count > 0)
        {
            var t = stack.Pop();
            first = Math.Min(first, t);
            last = Math.Max(last, t);
            for (var child = context.FirstChild[t]; child >= 0; child = context.NextSibling[child])
            {
                stack.Push(child);
            }
        }

        return (first, last);
    }
}
