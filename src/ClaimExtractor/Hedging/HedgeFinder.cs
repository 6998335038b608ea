using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;

namespace ClaimExtraction.Hedging;

/// <summary>A lexicon word that may hedge a claim: where it is, its entry, what the reading rules say, whether the guideline rules the reading out whatever the model says, and its features.</summary>
internal readonly record struct HedgeCandidate(int Start, int End, HedgeEntry Entry, bool IsCue, bool RuleAccepts, bool RuledOut, ulong[] Features);

/// <summary>Everything the scan of one claim found: hedge candidates, boosters, the cue's strength and negation.</summary>
internal sealed record HedgeScan(List<HedgeCandidate> Candidates, List<(double Weight, bool Negated)> Boosters, double CueStrength, bool CueNegated, long TokensVisited);

/// <summary>
/// Finds the hedges of one claim and turns them, with boosters, negation and the cue's own strength, into a
/// certainty in 0..1. The lexicon proposes candidates where they can govern the claim: in the content, as the cue
/// itself ("believes"), or modifying the cue ("reportedly said", "may have said"). The learned <see cref="HedgeModel"/>
/// decides whether each candidate hedges this claim, and its category, from the word, its syntax and the claim's
/// context (without a model, the reading rules of <see cref="HedgeSense"/> decide). Every look at the syntax stays
/// within a bounded window of the word, so a scan costs time in proportion to the claim, however long its sentence.
/// The formula is in the README:
/// certainty = clamp(strength(cue) × Π(1 − w(hedge)) × (1 − 0.3 if the cue is negated), then each booster b moves it
/// toward 1 by w(b) (a negated booster weakens like a hedge).
/// </summary>
internal static partial class HedgeFinder
{
    /// <summary>The longest dependency arc the syntax checks follow, in tokens either side of a word.</summary>
    internal const int ArcWindow = 48;

    /// <summary>The most steps any walk up the dependency tree takes.</summary>
    internal const int MaxHeadSteps = 8;

    public static (List<Hedge> Hedges, double Certainty) Find(AnnotatedDocument doc, AttributionCandidate claim) =>
        Find(doc, claim, HedgeModel.Default);

    public static (List<Hedge> Hedges, double Certainty) Find(AnnotatedDocument doc, AttributionCandidate claim, HedgeModel? model)
    {
        var scan = Scan(doc, claim);
        var hedges = new List<Hedge>(scan.Candidates.Count);
        var weights = new List<double>(scan.Candidates.Count);
        foreach (var candidate in scan.Candidates)
        {
            HedgeCategory category;
            if (RulesVeto(candidate.Entry.Sense, candidate.RuleAccepts, candidate.RuledOut))
            {
                continue;
            }

            if (model is null)
            {
                if (!candidate.RuleAccepts)
                {
                    continue;
                }

                category = candidate.Entry.Category!.Value;
            }
            else if (!model.IsHedge(candidate.Features, out category))
            {
                continue;
            }

            hedges.Add(new Hedge(doc.Text[candidate.Start..candidate.End], candidate.Start, candidate.End, category));

            // The cue's own hedging is already in its strength; count every other hedge once.
            if (!candidate.IsCue || candidate.Entry.Sense is not (HedgeSense.BeliefVerb or HedgeSense.EvidentialVerb))
            {
                weights.Add(candidate.Entry.Weight);
            }
        }

        hedges.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (hedges, Certainty(scan.CueStrength, weights, scan.CueNegated, scan.Boosters));
    }

    /// <summary>
    /// The readings the rules decide whatever the model says. A belief verb in the content hedges only as the
    /// speaker's own belief ("I think"), not in a relative clause ("people who think") or with another subject (the
    /// marks hold too few such beliefs to learn it). And the readings the guideline and the adjudicated marks name as
    /// never hedging (HedgeExclusions.cs: "even if", an embedded question's "if", "whether", "would like", a shifted
    /// "would" or "could" in a purpose clause or embedded question, "might as well", "likely voters", …), each too
    /// rare on its own for the model to learn from the marks.
    /// </summary>
    internal static bool RulesVeto(HedgeSense sense, bool ruleAccepts, bool ruledOut) => ruledOut || sense == HedgeSense.BeliefVerb && !ruleAccepts;

    /// <summary>The README's formula: the cue's strength, weakened by each hedge and a negated cue, then moved by the boosters.</summary>
    internal static double Certainty(double cueStrength, IReadOnlyList<double> hedgeWeights, bool cueNegated, IReadOnlyList<(double Weight, bool Negated)> boosters)
    {
        var certainty = cueStrength * (cueNegated ? 1 - HedgeLexicon.CueNegationWeight : 1);
        foreach (var weight in hedgeWeights)
        {
            certainty *= 1 - weight;
        }

        foreach (var (weight, negated) in boosters)
        {
            certainty = negated ? certainty * (1 - weight) : certainty + ((1 - certainty) * weight);
        }

        return Math.Clamp(certainty, 0, 1);
    }

    /// <summary>The candidates, boosters and cue facts of one claim, before any decision (what the trainer reads).</summary>
    internal static HedgeScan Scan(AnnotatedDocument doc, AttributionCandidate claim) => new ClaimScan(doc, claim).Run();

    private sealed partial class ClaimScan(AnnotatedDocument doc, AttributionCandidate claim)
    {
        private readonly List<HedgeCandidate> _candidates = [];
        private readonly HashSet<int> _seen = [];
        private readonly List<(double Weight, bool Negated)> _boosters = [];
        private readonly QuoteIndex _quotes = new(doc);
        private PosTag _cuePos = PosTag.None;
        private int _cueToken = -1;
        private bool _cueIsPast;
        private long _visited;

        public HedgeScan Run()
        {
            var strength = HedgeLexicon.StrengthOfCue(claim.HasCue ? claim.CueLemma : null);
            var cueNegated = false;
            if (claim.HasCue)
            {
                var (cs, ce) = claim.CueTokens;
                for (var i = cs; i < ce; i++)
                {
                    _cueIsPast |= doc.Tokens[i].Pos is PosTag.VBD or PosTag.VBN;
                }

                var cue = _cueToken = MainCueToken(cs, ce);
                _cuePos = doc.Tokens[cue].Pos;

                // The cue itself and the words between the source and the cue ("Trump reportedly said").
                var from = claim.HasSource && claim.SourceTokens.End <= cs && cs - claim.SourceTokens.End <= 4 ? claim.SourceTokens.End : cs;
                for (var i = from; i < ce; i++)
                {
                    Consider(i, Region.Cue);
                    cueNegated |= i < cs && IsNegation(i);
                }

                // Modifiers of the cue wherever they stand ("said, apparently, that"), and a governing evidential
                // ("appeared to suggest").
                var (first, end) = ArcRange(cue);
                for (var child = first; child < end; child++)
                {
                    if (doc.Tokens[child].Head != cue)
                    {
                        continue;
                    }

                    if (doc.Tokens[child].Relation is "neg")
                    {
                        cueNegated = true;
                    }
                    else if (doc.Tokens[child].Relation is "advmod" or "aux" && (child < cs || child >= ce))
                    {
                        Consider(child, Region.Cue);
                    }
                }

                var head = doc.Tokens[cue].Head;
                if (doc.Tokens[cue].Relation is "xcomp" && head >= 0 && !InContent(head))
                {
                    Consider(head, Region.CueGovernor);
                }
            }

            foreach (var part in claim.Content)
            {
                var (first, end) = doc.TokensIn(part.Start, part.End);
                for (var i = first; i < end; i++)
                {
                    Consider(i, Region.Content);
                }
            }

            _candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
            return new HedgeScan(_candidates, _boosters, strength, cueNegated, _visited);
        }

        private enum Region
        {
            Content,
            Cue,
            CueGovernor,
        }

        private void Consider(int i, Region region)
        {
            _visited++;
            if (_seen.Contains(i) || !doc.Tokens[i].Has(TokenShape.Word) || !Lookup(i, out var entry, out var length))
            {
                return;
            }

            var isCue = claim.HasCue && i >= claim.CueTokens.Start && i < claim.CueTokens.End;
            var accepts = Accepts(i, length, entry, region, isCue);
            if (entry.Sense == HedgeSense.Booster)
            {
                // Boosters stay with the rules: they only raise certainty and are never reported.
                if (accepts)
                {
                    MarkSeen(i, length);
                    _boosters.Add((entry.Weight, IsNegated(i)));
                }

                return;
            }

            MarkSeen(i, length);
            var features = Features(i, length, entry, region, isCue, accepts);
            _candidates.Add(new HedgeCandidate(doc.Tokens[i].Start, doc.Tokens[i + length - 1].End, entry, isCue, accepts, RulesOut(i, entry), features));
        }

        private void MarkSeen(int i, int length)
        {
            for (var k = i; k < i + length; k++)
            {
                _seen.Add(k);
            }
        }

        private bool Lookup(int i, out HedgeEntry entry, out int length)
        {
            var word = doc.TokenText(i);
            foreach (var (words, phrase) in HedgeLexicon.PhraseList)
            {
                if (i + words.Length <= doc.Tokens.Length && word.Equals(words[0], StringComparison.OrdinalIgnoreCase) && PhraseAt(i, words))
                {
                    entry = phrase;
                    length = words.Length;
                    return true;
                }
            }

            length = 1;
            var token = doc.Tokens[i];

            // "his supposed lies", "the alleged attack": a participle before a noun shields it.
            if (HedgeLexicon.TryGetWord(word, out entry) && entry.Sense == HedgeSense.Shield
                && (token.Pos is PosTag.JJ || token.Relation is "amod" || i + 1 < doc.Tokens.Length && (doc.Tokens[i + 1].Pos.IsNoun() || doc.Tokens[i + 1].Pos is PosTag.OpenQuote || doc.Tokens[i + 1].Has(TokenShape.OpeningQuote))))
            {
                return true;
            }

            // "should Mrs. Clinton win": an inverted "should" before its subject opens a condition.
            if (IsWord(i, "should") && i + 1 < doc.Tokens.Length && SameSentence(i, i + 1) && doc.Tokens[i + 1].Pos is PosTag.NNP or PosTag.NNPS or PosTag.PRP or PosTag.DT
                && !IsWord(i + 1, "it") && !IsWord(i + 1, "that") && !IsWord(i + 1, "this"))
            {
                entry = HedgeLexicon.InvertedCondition;
                return true;
            }

            // "is said to", "was reported to": the impersonal passive is the guideline's shield "it is said".
            if (token.Pos is PosTag.VBN or PosTag.VBD && (token.Lemma is "say" or "report" or "rumor") && i > 0 && doc.Tokens[i - 1].Lemma is "be" && IsWord(i + 1, "to"))
            {
                entry = HedgeLexicon.PassiveShield;
                return true;
            }

            if (token.Pos.IsVerb() || token.Pos == PosTag.None)
            {
                var lemma = token.Lemma ?? doc.TokenString(i).ToLowerInvariant();
                if (HedgeLexicon.TryGetVerb(lemma, out entry))
                {
                    return true;
                }
            }

            return HedgeLexicon.TryGetWord(word, out entry);
        }

        private bool PhraseAt(int i, string[] words)
        {
            for (var k = 1; k < words.Length; k++)
            {
                if (!doc.TokenText(i + k).Equals(words[k], StringComparison.OrdinalIgnoreCase) || !SameSentence(i, i + k))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The tokens a dependent of <paramref name="head"/> may stand on: its sentence, within <see cref="ArcWindow"/>.</summary>
        private (int First, int End) ArcRange(int head)
        {
            if (doc.Tokens[head].Relation is null)
            {
                return (head, head);
            }

            var s = doc.Sentences[SentenceOf(head)];
            var first = Math.Max(s.FirstToken, head - ArcWindow);
            var end = Math.Min(s.EndToken, head + ArcWindow + 1);
            _visited += end - first;
            return (first, end);
        }

        private int SentenceOf(int token) => doc.SentenceOfToken(token);

        private bool SameSentence(int a, int b) => b >= 0 && b < doc.Tokens.Length && SentenceOf(a) == SentenceOf(b);

        private bool IsWord(int i, string word) => i >= 0 && i < doc.Tokens.Length && doc.TokenText(i).Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
