using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// "critics who argue that …": a source labelled on a relative pronoun is the noun the relative clause hangs on, not
/// "who". No train count was recorded when it came in (commits 66aebf2, b02dc9d).
/// </summary>
internal static class RelativePronounAntecedent
{
    /// <summary>The source with a lone relative pronoun replaced by its antecedent; any other source as it was.</summary>
    public static (int Start, int End) Of(AttributionContext context, in CueWindow window, (int Start, int End) source)
    {
        var tokens = context.Tokens;
        if (source.End - source.Start != 1 || tokens[source.Start].Pos is not (PosTag.WP or PosTag.WDT)
            || context.Relation(window.CueHead) is not ("rcmod" or "acl:relcl"))
        {
            return source;
        }

        var noun = tokens[window.CueHead].Head;
        if (noun < 0 || !tokens[noun].Pos.IsNoun())
        {
            return source;
        }

        var start = noun;
        for (var child = context.FirstChild[noun]; child >= 0; child = context.NextSibling[child])
        {
            if (child < start && context.Relation(child) is "det" or "amod" or "nn" or "compound" or "poss" or "num" or "nummod")
            {
                start = child;
            }
        }

        // The mention runs from the antecedent through the pronoun ("critics who"): both name the source.
        return source.Start > noun && source.Start - noun <= 2 ? (start, source.End) : (start, noun + 1);
    }
}
