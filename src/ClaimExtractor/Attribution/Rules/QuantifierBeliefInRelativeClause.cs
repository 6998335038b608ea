using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// "… a stance that some believe emboldened …": a reporting verb whose subject is a bare quantifier ("some",
/// "many", "others", "few", "several", "all") in a relative clause on a noun is a cue. The clause's object gap
/// leaves the parser little to go on ("emboldened" read as an adjective, the clause hung off the noun) and the cue
/// tagger then misses the verb. Train counts (tags and cue margins of the shipped models, PolNeAR train gold):
/// a noun, "that"/"which", a one- to three-word subject and a reporting verb occur 78 times; the tagger marks 22
/// (median margin 20.4, hence <see cref="AddedMargin"/>). Where a verb follows the reporting verb (24 times) the
/// gold marks a cue 9 times, but with pronoun and name subjects mostly not ("a bill that he thought would …"),
/// so the rule keeps to quantifier subjects: once on train, a gold cue. It changes no claim on train or dev.
/// A tag correction instead ("-ed" adjective before a determiner, possessive or name becomes a past verb) would be
/// wrong 133 times and right never on train against CoreNLP's tags (15 and 0 on dev), and even a correct VBD
/// tag there leaves the parse broken.
/// </summary>
internal sealed class QuantifierBeliefInRelativeClause : ICueRule
{

    /// <summary>The margin of an added cue: the tagger's median on the reporting verbs it marks in such clauses.</summary>
    private const float AddedMargin = 20f;

    public void Apply(AttributionContext context, List<FoundCue> cues)
    {
        var tokens = context.Tokens;
        var next = 0;
        for (var t = 3; t < tokens.Length; t++)
        {
            while (next < cues.Count && cues[next].End <= t)
            {
                next++;
            }

            if ((next < cues.Count && cues[next].Start <= t)
                || tokens[t].Pos is not (PosTag.VBP or PosTag.VBD or PosTag.VBZ)
                || context.QuoteOf[t] >= 0
                || context.SentenceOf[t - 3] != context.SentenceOf[t]
                || !tokens[t - 3].Pos.IsNoun()
                || !IsRelativePronoun(context.Doc.TokenText(t - 2))
                || tokens[t - 1].Pos is PosTag.RB or PosTag.RBR or PosTag.RBS
                || !IsQuantifier(context.Doc.TokenText(t - 1))
                || !ReportingVerbs.IsReporting(context, t))
            {
                continue;
            }

            cues.Insert(next, new FoundCue(t, t + 1, AddedMargin));
        }
    }

    private static bool IsQuantifier(ReadOnlySpan<char> word) =>
        word.Equals("some", StringComparison.OrdinalIgnoreCase) || word.Equals("many", StringComparison.OrdinalIgnoreCase)
        || word.Equals("others", StringComparison.OrdinalIgnoreCase) || word.Equals("few", StringComparison.OrdinalIgnoreCase)
        || word.Equals("several", StringComparison.OrdinalIgnoreCase) || word.Equals("all", StringComparison.OrdinalIgnoreCase)
        || word.Equals("most", StringComparison.OrdinalIgnoreCase);

    private static bool IsRelativePronoun(ReadOnlySpan<char> word) =>
        word.Equals("that", StringComparison.OrdinalIgnoreCase) || word.Equals("which", StringComparison.OrdinalIgnoreCase);
}
