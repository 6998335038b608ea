using ClaimExtraction.Documents;

namespace ClaimExtraction.Hedging;

/// <summary>
/// The reading rules of the guideline for each <see cref="HedgeSense"/>: backshifted "would", past-ability "could",
/// embedded questions, beliefs of someone other than the speaker, approximators without a quantity. They decide
/// boosters, decide hedges when no model is loaded, and are one of the learned model's features.
/// </summary>
internal static partial class HedgeFinder
{
    private static readonly string[] PastAbilityVerbs = ["see", "hear", "feel", "smell", "taste", "remember", "recall", "afford", "understand", "tell", "find", "get", "do", "make", "go"];

    private static readonly string[] QuantityNouns = ["third", "quarter", "half", "dozen", "hundred", "thousand", "million", "billion", "trillion", "year", "month", "week", "day", "decade", "hour", "mile"];

    private sealed partial class ClaimScan
    {
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
                    if (word.Equals("should", StringComparison.OrdinalIgnoreCase) || word.Equals("can", StringComparison.OrdinalIgnoreCase))
                    {
                        // Mostly obligation and ability; only the learned decision takes their epistemic readings.
                        return false;
                    }

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

                    // "the suspected hackers", "an expected attack": the participle before a noun hedges it, like "alleged".
                    if (token.Pos is PosTag.VBN or PosTag.JJ && (token.Lemma is "suspect" or "expect" or "presume") && next >= 0 && (doc.Tokens[next].Pos.IsNoun() || doc.Tokens[next].Pos.IsAdjective()))
                    {
                        return true;
                    }

                    return content && !InRelativeClause(i) && (HasComplement(i) || IsFirstPersonBeliefBeforeClause(i)) && HasSpeakerSubject(i);

                case HedgeSense.EvidentialVerb:
                    if (isCue || region == Region.CueGovernor)
                    {
                        return true;
                    }

                    if (!content || InRelativeClause(i) || token.Pos.IsNoun())
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
            while (j < doc.Tokens.Length && j < i + MaxHeadSteps && SameSentence(i, j) && (doc.Tokens[j].Pos is PosTag.RB or PosTag.MD || IsNegation(j)))
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
            while (j < doc.Tokens.Length && j < i + MaxHeadSteps && SameSentence(i, j) && (doc.Tokens[j].Pos is PosTag.RB || IsNegation(j)))
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
            if (IsWord(i, "should"))
            {
                return true;
            }

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

            // "he is proud of his campaign and expects to leave": a conjoined verb shares its first verb's subject.
            if (subject < 0 && doc.Tokens[verb].Relation is "conj" && doc.Tokens[verb].Head >= 0)
            {
                subject = SubjectOf(doc.Tokens[verb].Head);
            }

            if (subject < 0)
            {
                // Unparsed: "I think" / "we believe" right before the verb.
                subject = verb - 1;
                while (subject >= 0 && subject > verb - MaxHeadSteps && (doc.Tokens[subject].Pos is PosTag.RB or PosTag.MD || IsNegation(subject)))
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

        /// <summary>
        /// "I think we're going to win", "we just don't think endorsements matter": a belief verb right after "I" or
        /// "we" (past adverbs, negation and "do") and right before what starts a clause, where the parse found no
        /// complement.
        /// </summary>
        private bool IsFirstPersonBeliefBeforeClause(int verb)
        {
            if (doc.Tokens[verb].Lemma is not ("think" or "believe" or "assume" or "suppose" or "guess" or "reckon" or "suspect"))
            {
                return false;
            }

            var k = verb - 1;
            while (k >= 0 && k > verb - 5 && SameSentence(verb, k) && (doc.Tokens[k].Pos is PosTag.RB || IsNegation(k) || doc.Tokens[k].Lemma is "do"))
            {
                k--;
            }

            if (k < 0 || !SameSentence(verb, k) || !(IsWord(k, "i") || IsWord(k, "we")))
            {
                return false;
            }

            var next = verb + 1;
            return next < doc.Tokens.Length && SameSentence(verb, next) && !IsWord(next, "so") && !IsWord(next, "of") && !IsWord(next, "about")
                && (doc.Tokens[next].Pos is PosTag.PRP or PosTag.DT or PosTag.EX or PosTag.NNP or PosTag.NNPS or PosTag.NN or PosTag.NNS || IsWord(next, "that"));
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

            // "expects the agreement to be finalized": an object and its infinitive, however the parse attached it.
            for (var k = verb + 1; k < Math.Min(doc.Tokens.Length, verb + 7) && SameSentence(verb, k); k++)
            {
                if (doc.Tokens[k].Pos.IsPunctuation() || doc.Tokens[k].Pos.IsVerb())
                {
                    break;
                }

                if (k > verb + 1 && doc.Tokens[k].Pos is PosTag.TO && k + 1 < doc.Tokens.Length && doc.Tokens[k + 1].Pos is PosTag.VB)
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

        /// <summary>The sentence ends in "?" (past closing quotes and brackets, at most a few of them).</summary>
        private bool IsQuestion(int i)
        {
            var s = doc.Sentences[SentenceOf(i)];
            for (var k = s.EndToken - 1; k >= Math.Max(s.FirstToken, s.EndToken - 8); k--)
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

        private bool IsQuoted(int i) => _quotes.Around(doc.Tokens[i].Start) is not null;

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

        /// <summary>The dependents of <paramref name="head"/> within <see cref="ArcWindow"/> tokens of it.</summary>
        private IEnumerable<int> Children(int head)
        {
            var (first, end) = ArcRange(head);
            for (var k = first; k < end; k++)
            {
                if (doc.Tokens[k].Head == head)
                {
                    yield return k;
                }
            }
        }
    }
}
