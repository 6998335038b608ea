using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// "said during the debate that …", "recalled in 2008 that …", "posted on Twitter Friday that …": when only adverbial
/// phrases of the cue (where, when, how it was said) stand between the cue and its "that" clause, what was said
/// starts at "that". In PolNeAR train, of 175 such attributions whose content holds the clause, 140 leave what stands
/// between out (37 of 37 for a time phrase alone).
/// </summary>
internal sealed class StartAtThatClauseAfterAdjuncts : ILabelRule
{
    void ILabelRule.Apply(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue) => Apply(context, window, labels);

    internal static void Apply(AttributionContext context, in CueWindow window, int[] labels)
    {
        var tokens = context.Tokens;
        if (Labels.FirstContent(labels, window.First, window.CueStart) < window.CueStart)
        {
            return;
        }

        var that = -1;
        for (var child = context.FirstChild[window.CueHead]; child >= 0 && that < 0; child = context.NextSibling[child])
        {
            if (child <= window.CueEnd || context.Relation(child) != "ccomp")
            {
                continue;
            }

            for (var mark = context.FirstChild[child]; mark >= 0; mark = context.NextSibling[mark])
            {
                if (context.Relation(mark) == "mark" && context.Lemmas[mark] == "that")
                {
                    that = mark;
                    break;
                }
            }
        }

        if (that <= window.CueEnd || that >= window.End)
        {
            return;
        }

        var labelled = false;
        for (var t = window.CueEnd; t < that; t++)
        {
            if (context.QuoteOf[t] >= 0)
            {
                return;
            }

            labelled |= labels[t] == SpanFeatures.Content;
        }

        for (var child = context.FirstChild[window.CueHead]; child >= 0; child = context.NextSibling[child])
        {
            if (child >= window.CueEnd && child < that && !tokens[child].Pos.IsPunctuation()
                && context.Relation(child) is not ("nmod" or "nmod:tmod" or "advmod"))
            {
                return;
            }
        }

        if (labelled)
        {
            labels.AsSpan(window.CueEnd, that - window.CueEnd).Fill(SpanFeatures.Outside);
        }
    }
}
