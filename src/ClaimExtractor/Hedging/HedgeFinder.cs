using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;

namespace ClaimExtraction.Hedging;

/// <summary>
/// Finds the hedges of one claim — in its content, on its cue, and between the source and the cue ("reportedly
/// said") — and turns them, with boosters and the cue's own strength, into a certainty in 0..1:
/// certainty = strength(cue) × Π(1 − weight(hedge)) × (1 + 0.05 × boosters), clamped to [0, 1].
/// </summary>
internal static class HedgeFinder
{
    public static (List<Hedge> Hedges, double Certainty) Find(AnnotatedDocument doc, AttributionCandidate claim)
    {
        var hedges = new List<Hedge>();
        var certainty = HedgeLexicon.StrengthOfCue(claim.HasCue ? claim.CueLemma : null);
        var boosters = 0;

        if (claim.HasCue)
        {
            var from = claim.HasSource && claim.SourceTokens.End <= claim.CueTokens.Start ? claim.SourceTokens.End : claim.CueTokens.Start;
            ScanTokens(doc, from, claim.CueTokens.End, hedges, ref certainty, ref boosters, isContent: false);
        }

        foreach (var part in claim.Content)
        {
            var (first, end) = TokensIn(doc, part);
            ScanTokens(doc, first, end, hedges, ref certainty, ref boosters, isContent: true);
        }

        certainty *= 1 + (0.05 * boosters);
        return (hedges, Math.Clamp(certainty, 0, 1));
    }

    private static void ScanTokens(AnnotatedDocument doc, int first, int end, List<Hedge> hedges, ref double certainty, ref int boosters, bool isContent)
    {
        for (var i = first; i < end; i++)
        {
            var word = doc.TokenText(i);
            if (HedgeLexicon.IsBooster(word))
            {
                boosters++;
                continue;
            }

            if (!HedgeLexicon.TryGet(word, out var entry))
            {
                continue;
            }

            // Approximators hedge only a quantity ("about 200 people"), and "some" only a number ("some 40 percent").
            if (entry.Category == HedgeCategory.Approximator && !(i + 1 < end && (doc.Tokens[i + 1].Pos == PosTag.CD || doc.Tokens[i + 1].Has(TokenShape.Number))))
            {
                continue;
            }

            // Adverbs of frequency are hedges only inside the content, not on the cue ("often said").
            if (!isContent && entry.Category is HedgeCategory.Conditional or HedgeCategory.Approximator)
            {
                continue;
            }

            var token = doc.Tokens[i];
            hedges.Add(new Hedge(doc.Text.Substring(token.Start, token.Length), token.Start, token.End, entry.Category));
            certainty *= 1 - entry.Weight;
        }
    }

    private static (int First, int End) TokensIn(AnnotatedDocument doc, TextRange range)
    {
        var tokens = doc.Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= range.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < tokens.Length && tokens[end].Start < range.End)
        {
            end++;
        }

        return (lo, end);
    }
}
