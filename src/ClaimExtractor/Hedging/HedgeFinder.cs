using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;

namespace ClaimExtraction.Hedging;

/// <summary>
/// Finds the hedges of one claim and turns them, with boosters, negation and the cue's own strength, into a
/// certainty in 0..1. A hedge counts when it governs the claim: it lies in the content (and passes the reading
/// rules of its <see cref="HedgeSense"/>), it is the cue itself ("believes"), or it modifies the cue ("reportedly
/// said", "may have said"). Words in other clauses — a relative clause on the source, a neighbouring sentence, a
/// belief attributed to someone else inside the content — do not count. The formula is in the README:
/// certainty = clamp(strength(cue) × Π(1 − w(hedge)) × (1 − 0.3 if the cue is negated), then each booster b moves it
/// toward 1 by w(b) (a negated booster weakens like a hedge).
/// </summary>
internal static class HedgeFinder
{
    private static readonly string[] PastAbilityVerbs = ["see", "hear", "feel", "smell", "taste", "remember", "recall", "afford", "understand", "tell", "find", "get", "do", "make", "go"];

    private static readonly string[] QuantityNouns = ["third", "quarter", "half", "dozen", "hundred", "thousand", "million", "billion", "trillion", "year", "month", "week", "day", "decade", "hour", "mile"];

    public static (List<Hedge> Hedges, double Certainty) Find(AnnotatedDocument doc, AttributionCandidate claim)
    {
        var scan = new ClaimScan(doc, claim);
        return scan.Run();
    }

    private sealed class ClaimScan(AnnotatedDocument doc, AttributionCandidate claim)
    {
        private readonly List<Hedge> _hedges = [];
        private readonly HashSet<int> _seen = [];
        private readonly List<(double Weight, bool Negated)> _boosters = [];
        private double _hedging = 1;
        private bool _cueIsPast;

        public (List<Hedge> Hedges, double Certainty) Run()
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

                // The cue itself and the words between the source and the cue ("Trump reportedly said").
                var from = claim.HasSource && claim.SourceTokens.End <= cs && cs - claim.SourceTokens.End <= 4 ? claim.SourceTokens.End : cs;
                for (var i = from; i < ce; i++)
                {
                    Consider(i, Region.Cue);
                    cueNegated |= i < cs && IsNegation(i);
                }

                // Modifiers of the cue wherever they stand ("said, apparently, that"), and a governing evidential
                // ("appeared to suggest").
                var cue = MainCueToken(cs, ce);
                foreach (var child in Children(cue))
                {
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
                var (first, end) = TokensIn(part);
                for (var i = first; i < end; i++)
                {
                    Consider(i, Region.Content);
                }
            }

            _hedges.Sort((a, b) => a.Start.CompareTo(b.Start));
            var certainty = strength * _hedging * (cueNegated ? 1 - HedgeLexicon.CueNegationWeight : 1);
            foreach (var (weight, negated) in _boosters)
            {
                certainty = negated ? certainty * (1 - weight) : certainty + ((1 - certainty) * weight);
            }

            return (_hedges, Math.Clamp(certainty, 0, 1));
        }

        private enum Region
        {
            Content,
            Cue,
            CueGovernor,
        }

        private void Consider(int i, Region region)
        {
            if (_seen.Contains(i) || !doc.Tokens[i].Has(TokenShape.Word))
            {
                return;
            }

            if (!Lookup(i, out var entry, out var length))
            {
                return;
            }

            var isCue = claim.HasCue && i >= claim.CueTokens.Start && i < claim.CueTokens.End;
            if (!Accepts(i, length, entry, region, isCue))
            {
                return;
            }

            for (var k = i; k < i + length; k++)
            {
                _seen.Add(k);
            }

            if (entry.Sense == HedgeSense.Booster)
            {
                _boosters.Add((entry.Weight, IsNegated(i)));
                return;
            }

            var start = doc.Tokens[i].Start;
            var end = doc.Tokens[i + length - 1].End;
            _hedges.Add(new Hedge(doc.Text[start..end], start, end, entry.Category!.Value));

            // The cue's own hedging is already in its strength; count every other hedge once.
            if (!isCue || entry.Sense is not (HedgeSense.BeliefVerb or HedgeSense.EvidentialVerb))
            {
                _hedging *= 1 - entry.Weight;
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

        private bool Accepts(int i, int length, HedgeEntry entry, Region region, bool isCue)
        {
            var content = region == Region.Content;
            var token = doc.Tokens[i];
            var next = i + length < doc.Tokens.Length && SameSentence(i, i + length) ? i + length : -1;
            if (content && IsQuestion(i) && entry.Sense != HedgeSense.Approximator && entry.Sense != HedgeSense.QuantityApproximator)
            {
                return false;
            }

            switch (entry.Sense)
            {
                case HedgeSense.Modal:
                    if (token.Pos is not (PosTag.MD or PosTag.None))
                    {
                        return false;
                    }

                    var word = doc.TokenText(i);
                    if (word.StartsWith("would", StringComparison.OrdinalIgnoreCase) || word.EndsWith("d", StringComparison.Ordinal) && word.Length == 2)
                    {
                        // "I'd rather", "we would like to": preference, not uncertainty.
                        return !(IsWord(i + 1, "rather") || IsWord(i + 1, "like") || IsWord(i + 1, "love")) && (!content || !IsBackshift(i));
                    }

                    if (word.StartsWith("could", StringComparison.OrdinalIgnoreCase))
                    {
                        return !content || !(IsPastAbility(i) || IsPurpose(i));
                    }

                    return true;

                case HedgeSense.BeliefVerb:
                    if (isCue || region == Region.CueGovernor)
                    {
                        return true;
                    }

                    return content && !InRelativeClause(i) && HasComplement(i) && HasSpeakerSubject(i);

                case HedgeSense.EvidentialVerb:
                    if (isCue || region == Region.CueGovernor)
                    {
                        return true;
                    }

                    if (!content || InRelativeClause(i))
                    {
                        return false;
                    }

                    var lemma = token.Lemma ?? "";
                    return lemma is not ("appear" or "seem" or "tend") || HasComplement(i) || next >= 0 && (doc.Tokens[next].Pos is PosTag.TO or PosTag.JJ || IsWord(next, "like"));

                case HedgeSense.Likelihood:
                    // "potential" and "possible" hedge as adjectives ("a potential deal"), not as nouns ("his potential").
                    return token.Pos is not (PosTag.NN or PosTag.NNS or PosTag.NNP);

                case HedgeSense.Degree:
                    if (!content)
                    {
                        return false;
                    }

                    if (length == 2 && next >= 0)
                    {
                        var before = i > 0 ? doc.Tokens[i - 1].Pos : PosTag.None;
                        var after = doc.Tokens[next].Pos;
                        if (IsWord(i + 1, "of"))
                        {
                            // "sort of manufactured" hedges; "this kind of event" does not.
                            return before is not (PosTag.DT or PosTag.JJ or PosTag.PRPS or PosTag.WDT) && !after.IsNoun() && after is not (PosTag.DT or PosTag.PRPS or PosTag.CD);
                        }

                        // "a little early", "a bit more": before an adjective, adverb or verb, not "a little time".
                        return after.IsAdjective() || after.IsVerb() || after is PosTag.RB or PosTag.RBR or PosTag.JJR;
                    }

                    return length == 1 || next >= 0;

                case HedgeSense.Approximator:
                    if (IsWord(i, "or"))
                    {
                        return i > 0 && (doc.Tokens[i - 1].Pos is PosTag.CD || doc.Tokens[i - 1].Pos.IsNoun() && i > 1 && doc.Tokens[i - 2].Pos == PosTag.CD);
                    }

                    return content && next >= 0 && (!doc.Tokens[next].Pos.IsPunctuation() || doc.Tokens[next].Pos is PosTag.Dollar or PosTag.Hash);

                case HedgeSense.QuantityApproximator:
                    return content && next >= 0 && IsQuantityAt(next, allowArticle: !IsWord(i, "some"));

                case HedgeSense.Shield:
                    return !(IsWord(i, "supposed") && next >= 0 && doc.Tokens[next].Pos == PosTag.TO);

                case HedgeSense.Conditional:
                    return content && IsCondition(i);

                case HedgeSense.Booster:
                    if (!content && region != Region.Cue)
                    {
                        return false;
                    }

                    if (token.Pos.IsAdjective())
                    {
                        // "it is clear that", "I am sure": predicative only, not "a certain person".
                        return i > 0 && (doc.Tokens[i - 1].Lemma is "be" || IsNegation(i - 1));
                    }

                    if (token.Pos.IsVerb())
                    {
                        return content && !InRelativeClause(i);
                    }

                    return token.Pos is not (PosTag.NN or PosTag.NNP) && (!IsWord(i, "will") || content);

                default:
                    return false;
            }
        }

        /// <summary>
        /// "said he would attend": in reported speech under a past cue, "would" + an event verb is the future
        /// shifted back, not a hedge ("said that, if elected, he'd leave" too). Quoted speech, present cues,
        /// "would be/have" and "would likely" keep the hypothetical reading.
        /// </summary>
        private bool IsBackshift(int i)
        {
            if (!_cueIsPast || IsQuoted(i))
            {
                return false;
            }

            var j = i + 1;
            while (j < doc.Tokens.Length && SameSentence(i, j) && (doc.Tokens[j].Pos is PosTag.RB or PosTag.MD || IsNegation(j)))
            {
                if (HedgeLexicon.TryGetWord(doc.TokenText(j), out var e) && e.Sense == HedgeSense.Likelihood)
                {
                    return false;
                }

                j++;
            }

            if (j >= doc.Tokens.Length || !SameSentence(i, j) || doc.Tokens[j].Lemma is "be" or "have")
            {
                return false;
            }

            return true;
        }

        /// <summary>"she said she could not attend", "he could see the crowd": ability in the past, not a hedge.</summary>
        private bool IsPastAbility(int i)
        {
            if (!_cueIsPast || IsQuoted(i))
            {
                return false;
            }

            var j = i + 1;
            var negated = false;
            while (j < doc.Tokens.Length && SameSentence(i, j) && (doc.Tokens[j].Pos is PosTag.RB || IsNegation(j)))
            {
                negated |= IsNegation(j) || IsWord(j, "barely") || IsWord(j, "hardly");
                j++;
            }

            if (j >= doc.Tokens.Length || !SameSentence(i, j) || !doc.Tokens[j].Pos.IsVerb())
            {
                return false;
            }

            var perception = Array.IndexOf(PastAbilityVerbs, doc.Tokens[j].Lemma ?? "") >= 0;
            if (!negated && !perception)
            {
                return false;
            }

            // Ability belongs to someone: "he could not", "Smith could not"; "the plan could not work" is a hedge.
            var subject = SubjectOf(doc.Tokens[i].Head >= 0 ? doc.Tokens[i].Head : j);
            if (subject < 0)
            {
                subject = i - 1;
            }

            var s = doc.Tokens[subject];
            return s.Pos == PosTag.PRP && !IsWord(subject, "it") || s.Entity == EntityType.Person;
        }

        /// <summary>"so he could ogle her": "could" in a purpose clause is a shifted "can".</summary>
        private bool IsPurpose(int i)
        {
            for (var k = i - 1; k >= Math.Max(0, i - 4) && SameSentence(i, k); k--)
            {
                if (IsWord(k, "so") || IsWord(k, "order"))
                {
                    return true;
                }

                if (doc.Tokens[k].Pos.IsPunctuation() || doc.Tokens[k].Pos.IsVerb())
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>"if"/"unless" opening an adverbial clause is a condition; "asked if", "whether he had" are questions.</summary>
        private bool IsCondition(int i)
        {
            var token = doc.Tokens[i];
            var whether = IsWord(i, "whether");
            if (i + 1 < doc.Tokens.Length && IsWord(i + 1, "or") && whether)
            {
                return true;
            }

            if (i > 0 && (IsWord(i - 1, "as") || IsWord(i - 1, "even") && whether))
            {
                return false;
            }

            if (token.Relation is not null && token.Head >= 0)
            {
                var clause = doc.Tokens[token.Head].Relation;
                if (clause is "advcl")
                {
                    return true;
                }

                if (whether || IsWord(i, "if") && clause is "ccomp" or "csubj" or "xcomp" or "nsubj" or "dobj" or "acl")
                {
                    return false;
                }
            }
            else if (whether)
            {
                return false;
            }

            if (IsWord(i, "unless"))
            {
                return true;
            }

            // Unparsed or unclear: after a verb or adjective it is an embedded question ("asked if", "unclear if").
            var prev = i - 1;
            return prev < 0 || !SameSentence(i, prev) || !(doc.Tokens[prev].Pos.IsVerb() || doc.Tokens[prev].Pos.IsAdjective());
        }

        private bool IsQuantityAt(int j, bool allowArticle)
        {
            var t = doc.Tokens[j];
            if (t.Pos == PosTag.CD || t.Has(TokenShape.Number) || t.Pos == PosTag.Dollar || doc.TokenText(j) is "$" or "£" or "€")
            {
                return true;
            }

            if (!allowArticle)
            {
                return false;
            }

            if (IsWord(j, "half"))
            {
                return true;
            }

            return (IsWord(j, "a") || IsWord(j, "an")) && j + 1 < doc.Tokens.Length && Array.Exists(QuantityNouns, q => IsWord(j + 1, q));
        }

        /// <summary>
        /// The belief is the speaker's own: "I think", "we believe", and in reported speech "he expects" (the
        /// pronoun stands for the source) or the source's name; "Clinton apparently thinks" in Pence's quote is not.
        /// </summary>
        private bool HasSpeakerSubject(int verb)
        {
            var subject = SubjectOf(verb);
            if (subject < 0)
            {
                // Unparsed: "I think" / "we believe" right before the verb.
                subject = verb - 1;
                while (subject >= 0 && doc.Tokens[subject].Pos is PosTag.RB or PosTag.MD || subject >= 0 && IsNegation(subject))
                {
                    subject--;
                }

                if (subject < 0)
                {
                    return false;
                }
            }

            if (IsWord(subject, "i") || IsWord(subject, "we"))
            {
                return true;
            }

            if (IsQuoted(subject))
            {
                return false;
            }

            if (IsWord(subject, "he") || IsWord(subject, "she") || IsWord(subject, "they"))
            {
                return true;
            }

            if (claim.HasSource && doc.Tokens[subject].Pos.IsProperNoun())
            {
                var word = doc.TokenText(subject);
                for (var k = claim.SourceTokens.Start; k < claim.SourceTokens.End; k++)
                {
                    if (doc.TokenText(k).Equals(word, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private int SubjectOf(int verb)
        {
            foreach (var child in Children(verb))
            {
                if (doc.Tokens[child].Relation is "nsubj" or "nsubjpass")
                {
                    return child;
                }
            }

            return -1;
        }

        /// <summary>A clause follows: "think (that) …", "appear to …", "expect X to …".</summary>
        private bool HasComplement(int verb)
        {
            var any = false;
            foreach (var child in Children(verb))
            {
                any = true;
                if (doc.Tokens[child].Relation is "ccomp" or "xcomp" or "acomp" or "advcl" or "parataxis" && child > verb)
                {
                    return true;
                }
            }

            if (!any || doc.Tokens[verb].Relation is null)
            {
                var next = verb + 1;
                return next < doc.Tokens.Length && SameSentence(verb, next) && !(IsWord(next, "of") || IsWord(next, "about") || IsWord(next, "in") || doc.Tokens[next].Pos.IsPunctuation());
            }

            return false;
        }

        /// <summary>A verb in a relative clause ("people who think …") describes someone else's state of mind.</summary>
        private bool InRelativeClause(int i)
        {
            var rel = doc.Tokens[i].Relation;
            return rel is "acl:relcl" or "acl" or "csubj";
        }

        private bool IsNegated(int i)
        {
            foreach (var child in Children(i))
            {
                if (doc.Tokens[child].Relation is "neg")
                {
                    return true;
                }
            }

            return i > 0 && SameSentence(i, i - 1) && IsNegation(i - 1) || i > 1 && SameSentence(i, i - 2) && IsNegation(i - 2) && doc.Tokens[i - 1].Lemma is "be";
        }

        private bool IsNegation(int i)
        {
            var w = doc.TokenText(i);
            return w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.Equals("n't", StringComparison.OrdinalIgnoreCase)
                || w.Equals("n’t", StringComparison.OrdinalIgnoreCase) || w.Equals("never", StringComparison.OrdinalIgnoreCase);
        }

        private bool IsQuestion(int i)
        {
            var s = doc.Sentences[SentenceOf(i)];
            for (var k = s.EndToken - 1; k >= s.FirstToken; k--)
            {
                var t = doc.Tokens[k];
                if (t.Has(TokenShape.ClosingQuote) || t.Pos is PosTag.CloseQuote or PosTag.RightBracket)
                {
                    continue;
                }

                return doc.TokenText(k).SequenceEqual("?");
            }

            return false;
        }

        private bool IsQuoted(int i)
        {
            var offset = doc.Tokens[i].Start;
            foreach (var q in doc.Quotations)
            {
                if (q.OpenMark > offset)
                {
                    break;
                }

                foreach (var part in q.Parts)
                {
                    if (part.Contains(offset))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool InContent(int i)
        {
            var offset = doc.Tokens[i].Start;
            foreach (var part in claim.Content)
            {
                if (part.Contains(offset))
                {
                    return true;
                }
            }

            return false;
        }

        private int MainCueToken(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (doc.Tokens[i].Pos.IsVerb())
                {
                    return i;
                }
            }

            return end - 1;
        }

        private IEnumerable<int> Children(int head)
        {
            if (doc.Tokens[head].Relation is null)
            {
                yield break;
            }

            var s = doc.Sentences[SentenceOf(head)];
            for (var k = s.FirstToken; k < s.EndToken; k++)
            {
                if (doc.Tokens[k].Head == head)
                {
                    yield return k;
                }
            }
        }

        private bool IsWord(int i, string word) => i >= 0 && i < doc.Tokens.Length && doc.TokenText(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool SameSentence(int a, int b) => b >= 0 && b < doc.Tokens.Length && SentenceOf(a) == SentenceOf(b);

        private int SentenceOf(int token) => doc.SentenceOfToken(token);

        private (int First, int End) TokensIn(TextRange range) => doc.TokensIn(range.Start, range.End);
    }
}
