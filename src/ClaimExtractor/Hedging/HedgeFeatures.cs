using ClaimExtraction.Documents;
using ClaimExtraction.Tagging;

namespace ClaimExtraction.Hedging;

/// <summary>
/// What the learned hedge decision reads about a candidate: the word, its lemma and part of speech; the dependency
/// path up to the content's head and to the cue; the kind of clause it sits in (relative, conditional, question,
/// complement); backshift context (the cue's tense, the verb after a modal, quotation); negation; whether it is in the
/// content, the cue or governs the cue; and what the reading rules say. Each feature is a hashed string, conjoined
/// with the word where the reading depends on the word ("would" after a past cue, "if" after a verb).
/// </summary>
internal static partial class HedgeFinder
{
    private sealed partial class ClaimScan
    {
        private ulong[] Features(int i, int length, HedgeEntry entry, Region region, bool isCue, bool ruleAccepts)
        {
            var features = new List<ulong>(40);
            var token = doc.Tokens[i];
            Span<char> buffer = stackalloc char[32];
            var word = Lower(i, length, buffer).ToString();
            var lemma = length == 1 && token.Lemma is { } l ? l : word;
            var where = isCue ? "cue" : region.ToString();
            var next = i + length < doc.Tokens.Length && SameSentence(i, i + length) ? i + length : -1;
            var previous = i > 0 && SameSentence(i, i - 1) ? i - 1 : -1;

            void Add(int template, string a, string b) => features.Add(FeatureHash.Of(template, a, b));

            void AddWord(int template, string value) => Add(template, value, word);

            features.Add(FeatureHash.Of(1, "bias"));
            Add(2, "sense", entry.Sense.ToString());
            Add(3, "category", entry.Category?.ToString() ?? "");
            Add(4, "word", word);
            Add(5, "lemma", lemma);
            AddWord(6, PosTags.ToPtb(token.Pos));
            Add(7, "where", where);
            AddWord(8, where);
            Add(9, "rule " + ruleAccepts, entry.Sense.ToString());
            AddWord(10, "rule " + ruleAccepts);

            // Neighbours: "would be", "could not", "as if", "about 200", "a little early".
            var nextWord = next >= 0 ? (doc.Tokens[next].Lemma ?? doc.TokenString(next).ToLowerInvariant()) : "<end>";
            var nextPos = next >= 0 ? PosTags.ToPtb(doc.Tokens[next].Pos) : "<end>";
            AddWord(11, "next " + nextWord);
            AddWord(12, "next pos " + nextPos);
            var afterNext = next >= 0 && next + 1 < doc.Tokens.Length && SameSentence(i, next + 1) ? PosTags.ToPtb(doc.Tokens[next + 1].Pos) : "<end>";
            AddWord(13, "next2 pos " + nextPos + " " + afterNext);
            AddWord(14, "previous " + (previous >= 0 ? doc.TokenString(previous).ToLowerInvariant() : "<start>"));
            AddWord(15, "previous pos " + (previous >= 0 ? PosTags.ToPtb(doc.Tokens[previous].Pos) : "<start>"));

            // Syntax: its relation, its head, and the paths to the content's head and to the cue.
            var head = token.Head;
            AddWord(16, "relation " + (token.Relation ?? "-"));
            AddWord(17, "head " + (head >= 0 ? PosTags.ToPtb(doc.Tokens[head].Pos) + " " + (doc.Tokens[head].Relation ?? "-") : "-"));
            if (head >= 0 && doc.Tokens[head].Lemma is { } headLemma)
            {
                AddWord(18, "head lemma " + headLemma);
            }

            var (contentPath, cuePath, clause) = Paths(i);
            AddWord(19, "to content head " + contentPath);
            AddWord(20, "to cue " + cuePath);
            Add(21, "to cue " + cuePath, entry.Sense.ToString());
            AddWord(22, "clause " + clause);
            Add(23, "clause " + clause, entry.Sense.ToString());
            var question = IsQuestion(i);
            AddWord(24, "question " + question);

            // Backshift: the cue's tense, the verb after a modal, quotation, the cue word.
            var tense = _cueToken < 0 ? "none" : _cueIsPast ? "past" : _cuePos is PosTag.VBZ or PosTag.VBP ? "present" : _cuePos.IsVerb() ? "base" : "other";
            var quoted = IsQuoted(i);
            AddWord(25, "cue tense " + tense);
            AddWord(26, "cue tense " + tense + " quoted " + quoted);
            AddWord(27, "cue tense " + tense + " next " + nextWord);
            AddWord(28, "quoted " + quoted);
            AddWord(29, "cue " + (claim.HasCue ? claim.CueLemma : "-"));
            var verb = NextVerb(i + length - 1);
            AddWord(30, "verb " + (verb >= 0 ? doc.Tokens[verb].Lemma ?? "" : "-") + " " + tense);

            // Negation, subject and quantity.
            AddWord(31, "negated " + (IsNegated(i) || next >= 0 && IsNegation(next)));
            AddWord(32, "subject " + SubjectKind(token.Pos.IsVerb() || head < 0 ? i : head));
            AddWord(33, "quantity " + (next >= 0 && IsQuantityAt(next, allowArticle: true)));

            // The clause's governor ("said he would", "asked if", "fear it could") and the nearest verb before the word,
            // which carry backshift and embedded questions even where the parse does not reach the claim's cue.
            var governor = head >= 0 ? doc.Tokens[head].Head : -1;
            var governorText = governor >= 0 ? PosTags.ToPtb(doc.Tokens[governor].Pos) + " " + (doc.Tokens[governor].Relation ?? "-") : "-";
            AddWord(34, "governor " + (head >= 0 ? doc.Tokens[head].Relation : "-") + " " + governorText);
            if (governor >= 0 && doc.Tokens[governor].Lemma is { } governorLemma)
            {
                AddWord(35, "governor lemma " + governorLemma + " " + (head >= 0 ? doc.Tokens[head].Relation : "-"));
            }

            var before = PreviousVerb(i);
            AddWord(36, "verb before " + (before >= 0 ? PosTags.ToPtb(doc.Tokens[before].Pos) : "-") + " quoted " + quoted);
            if (before >= 0 && doc.Tokens[before].Lemma is { } beforeLemma)
            {
                AddWord(37, "verb before " + beforeLemma);
                AddWord(38, "verb before " + PosTags.ToPtb(doc.Tokens[before].Pos) + " cue " + (before == _cueToken));
            }

            return [.. features];
        }

        private static ReadOnlySpan<char> Lower(AnnotatedDocument doc, int i, int length, Span<char> buffer)
        {
            var start = doc.Tokens[i].Start;
            var text = doc.Text.AsSpan(start, doc.Tokens[i + length - 1].End - start);
            var n = Math.Min(text.Length, buffer.Length);
            text[..n].ToLowerInvariant(buffer);
            return buffer[..n];
        }

        private ReadOnlySpan<char> Lower(int i, int length, Span<char> buffer) => Lower(doc, i, length, buffer);

        /// <summary>
        /// Walks up from the word (at most <see cref="MaxHeadSteps"/> steps): the relations on the way to the content's
        /// head (the last ancestor inside the content) and to the cue, and the first clause kind met on the way.
        /// </summary>
        private (string ToContentHead, string ToCue, string Clause) Paths(int i)
        {
            Span<char> path = stackalloc char[96];
            var length = 0;
            string? toContent = null, toCue = null, clause = null;
            var current = i;
            var inContent = InContent(i);
            for (var step = 0; step < MaxHeadSteps; step++)
            {
                _visited++;
                var token = doc.Tokens[current];
                var relation = token.Relation ?? "-";
                if (clause is null)
                {
                    clause = relation switch
                    {
                        "acl:relcl" or "acl" => "relative",
                        "advcl" => HasMarker(current) ? "conditional" : "adverbial",
                        "ccomp" or "xcomp" or "csubj" or "parataxis" => "complement",
                        _ => null,
                    };
                }

                if (current == _cueToken)
                {
                    toCue = "cue" + (step == 0 ? "" : "<" + path[..length].ToString());
                    break;
                }

                var head = token.Head;
                if (inContent && toContent is null && (head < 0 || !InContent(head)))
                {
                    toContent = step == 0 ? "head" : path[..length].ToString();
                }

                if (head < 0 || head == current)
                {
                    break;
                }

                if (length + relation.Length + 1 < path.Length)
                {
                    relation.AsSpan().CopyTo(path[length..]);
                    length += relation.Length;
                    path[length++] = '>';
                }

                current = head;
            }

            return (toContent ?? (inContent ? "far" : "outside"), toCue ?? "none", clause ?? "main");
        }

        /// <summary>An adverbial clause opened by "if" or "unless".</summary>
        private bool HasMarker(int clauseHead)
        {
            foreach (var child in Children(clauseHead))
            {
                if (doc.Tokens[child].Relation is "mark" && (IsWord(child, "if") || IsWord(child, "unless")))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The nearest verb before the word in its sentence, at most ten tokens back.</summary>
        private int PreviousVerb(int i)
        {
            for (var k = i - 1; k >= Math.Max(0, i - 10) && SameSentence(i, k); k--)
            {
                if (doc.Tokens[k].Pos.IsVerb() || doc.Tokens[k].Pos is PosTag.MD)
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary>The first verb after a modal, past adverbs and negation (a few tokens at most).</summary>
        private int NextVerb(int i)
        {
            for (var k = i + 1; k < Math.Min(doc.Tokens.Length, i + 5) && SameSentence(i, k); k++)
            {
                if (doc.Tokens[k].Pos.IsVerb())
                {
                    return k;
                }

                if (doc.Tokens[k].Pos is not (PosTag.RB or PosTag.MD))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>Who the verb's subject is: the speaker ("I", "we"), a pronoun for the source, the source's name, or other.</summary>
        private string SubjectKind(int verb)
        {
            var subject = SubjectOf(verb);
            if (subject < 0)
            {
                return "none";
            }

            if (IsWord(subject, "i") || IsWord(subject, "we"))
            {
                return "first";
            }

            if (IsWord(subject, "you"))
            {
                return "you";
            }

            if (IsWord(subject, "he") || IsWord(subject, "she") || IsWord(subject, "they"))
            {
                return "third";
            }

            if (IsWord(subject, "it") || IsWord(subject, "there") || IsWord(subject, "this") || IsWord(subject, "that"))
            {
                return "it";
            }

            if (claim.HasSource && doc.Tokens[subject].Pos.IsProperNoun())
            {
                var word = doc.TokenText(subject);
                for (var k = claim.SourceTokens.Start; k < claim.SourceTokens.End; k++)
                {
                    if (doc.TokenText(k).Equals(word, StringComparison.OrdinalIgnoreCase))
                    {
                        return "source";
                    }
                }
            }

            return doc.Tokens[subject].Pos.IsNoun() ? "noun" : "other";
        }
    }
}
