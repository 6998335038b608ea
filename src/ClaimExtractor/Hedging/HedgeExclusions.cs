using ClaimExtraction.Documents;

namespace ClaimExtraction.Hedging;

/// <summary>
/// The readings the guideline (and the adjudication of the marks, data/hedges/README.md) names as never hedging,
/// whatever the model says: concessive and embedded-question "if", "whether", "would like/rather", shifted "would" and
/// "could" in purpose clauses and embedded questions, "might as well", the month "May", "likely voters" and idioms
/// of possibility. <see cref="HedgeFinder.RulesVeto"/> drops these candidates.
/// </summary>
internal static partial class HedgeFinder
{
    private static readonly string[] QuestionGovernors = ["ask", "wonder", "know", "see", "question", "determine", "decide", "check", "learn", "tell", "sure", "unclear", "unsure", "doubt", "inquire", "test", "gauge", "assess", "examine", "investigate", "whether"];

    private sealed partial class ClaimScan
    {
        /// <summary>
        /// The guideline's readings of "if" and "whether" that never hedge, whatever else is around them: concessive
        /// "even if", "as if", "if you will", an embedded question ("asked if", "wondering if", "don't know if", "see
        /// if"), and "whether" (embedded questions, and "whether … or" = regardless).
        /// </summary>
        private bool RulesOut(int i, HedgeEntry entry)
        {
            // "might as well" (no possibility), "the May 10 primary" (the month).
            if (IsWord(i, "might") && IsWord(i + 1, "as") && IsWord(i + 2, "well")
                || doc.TokenText(i) is "May" && (doc.Tokens[i].Pos is PosTag.NNP || i + 1 < doc.Tokens.Length && doc.Tokens[i + 1].Pos is PosTag.CD || i > 0 && (IsWord(i - 1, "early") || IsWord(i - 1, "late") || IsWord(i - 1, "mid") || IsWord(i - 1, "in"))))
            {
                return true;
            }

            if (entry.Sense == HedgeSense.Modal)
            {
                // The adjudicated modals (data/hedges/README.md): never desire ("would like/rather"), a purpose
                // clause ("so he would learn", "so we could make progress") or an embedded question ("asked how she
                // would pay for it", "wonder how it could affect him"): shifted "will" and "can", and questions.
                // "may" and "might" keep their possibility there ("show how each might behave").
                var shifted = IsWouldWord(i) || doc.TokenText(i).StartsWith("could", StringComparison.OrdinalIgnoreCase);
                return IsWouldWord(i) && (IsWord(i + 1, "rather") || IsWord(i + 1, "like")) || shifted && (IsPurpose(i) || InEmbeddedQuestion(i));
            }

            // Idioms of possibility that assert nothing tentative: "as close as possible", "made it possible" (enabled),
            // "the potential for" (a noun); "opinion" hedges only as "in my opinion", not "public opinion".
            if (IsWord(i, "possible") && i > 0 && (IsWord(i - 1, "as") || IsWord(i - 1, "it") && i > 1 && doc.Tokens[i - 2].Lemma is "make")
                || IsWord(i, "potential") && IsWord(i + 1, "for")
                || IsWord(i, "opinion") && !(i > 1 && IsWord(i - 2, "in") && doc.Tokens[i - 1].Pos is PosTag.PRPS))
            {
                return true;
            }

            // "likely voters" is the pollsters' name for a group, not a likelihood.
            if (entry.Sense == HedgeSense.Likelihood && IsWord(i, "likely"))
            {
                return IsVoters(i + 1) || i + 2 < doc.Tokens.Length && doc.Tokens[i + 1].Pos is PosTag.NNP or PosTag.NNPS or PosTag.JJ or PosTag.NNS && IsVoters(i + 2);
            }

            if (entry.Sense != HedgeSense.Conditional)
            {
                return false;
            }

            if (IsWord(i, "whether"))
            {
                return true;
            }

            if (!IsWord(i, "if"))
            {
                return false;
            }

            if (i > 0 && SameSentence(i, i - 1) && (IsWord(i - 1, "even") || IsWord(i - 1, "as")))
            {
                return true;
            }

            if (IsWord(i + 1, "you") && (IsWord(i + 2, "will") || IsWord(i + 2, "like")) && SameSentence(i, i + 2))
            {
                return true;
            }

            // "wary, if not opposed": concessive (not "if not for him"); "an 'if' question": the word named, not used.
            if (IsWord(i + 1, "not") && i + 2 < doc.Tokens.Length && SameSentence(i, i + 2) && (doc.Tokens[i + 2].Pos.IsAdjective() || doc.Tokens[i + 2].Pos is PosTag.RB or PosTag.VBN)
                || i > 0 && (IsWord(i - 1, "an") || IsWord(i - 1, "the")) || i + 1 < doc.Tokens.Length && doc.Tokens[i + 1].Has(TokenShape.ClosingQuote))
            {
                return true;
            }

            // An embedded question: a verb of asking or knowing right before the "if", past its object ("asked the
            // students if", "asked by Thrush if").
            for (var k = i - 1; k >= Math.Max(0, i - 5) && SameSentence(i, k); k--)
            {
                var t = doc.Tokens[k];
                if (t.Pos.IsVerb() || t.Pos.IsAdjective())
                {
                    return Array.IndexOf(QuestionGovernors, t.Lemma ?? doc.TokenString(k).ToLowerInvariant()) >= 0;
                }

                // "knows that if you poll": a condition inside the complement.
                if (t.Pos.IsPunctuation() || t.Pos is PosTag.CC or PosTag.MD || IsWord(k, "that"))
                {
                    return false;
                }
            }

            return false;
        }

        private bool IsVoters(int k) => IsWord(k, "voters") || IsWord(k, "voter") || IsWord(k, "caucusgoers") || IsWord(k, "caucus-goers");

        private bool IsWouldWord(int i) =>
            doc.TokenText(i) is var w && (w.StartsWith("would", StringComparison.OrdinalIgnoreCase) || w.Length == 2 && w.EndsWith("d", StringComparison.Ordinal));

        /// <summary>
        /// The word's clause opens with a question word past its subject: "how her administration would handle",
        /// "whether she would consider", "unclear as to who would win" (not the relative "the people who would", "a time when they would").
        /// </summary>
        private bool InEmbeddedQuestion(int i)
        {
            for (var k = i - 1; k >= Math.Max(0, i - 7) && SameSentence(i, k); k--)
            {
                var t = doc.Tokens[k];
                if (IsWord(k, "whether") || IsWord(k, "how") || IsWord(k, "what") || IsWord(k, "why"))
                {
                    return true;
                }

                if (IsWord(k, "who") || IsWord(k, "which") || IsWord(k, "when") || IsWord(k, "where"))
                {
                    return k > 0 && SameSentence(i, k - 1) && !(doc.Tokens[k - 1].Pos.IsNoun() || doc.Tokens[k - 1].Pos.IsPunctuation() || doc.Tokens[k - 1].Pos is PosTag.PRP or PosTag.DT);
                }

                if (!(t.Pos.IsNoun() || t.Pos.IsAdjective() || t.Pos is PosTag.DT or PosTag.PRP or PosTag.PRPS or PosTag.POS or PosTag.CD or PosTag.RB))
                {
                    return false;
                }
            }

            return false;
        }
    }
}
