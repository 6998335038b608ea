using ClaimExtraction.Documents;
using ClaimExtraction.Tagging;

namespace ClaimExtraction.Attribution;

/// <summary>
/// Features of one token for the cue tagger (inside a cue or not): the word and its neighbours on both sides, its
/// tag and dependency role, its governor and its dependents' roles (a reporting verb governs a clause), nearby
/// quotation marks, the cue lexicon's rate for the word and its WordNet classes (communication, cognition, …). No feature reads an earlier decision, so every token
/// is judged on its own and an auxiliary joins a cue only when its verb looks like one.
/// </summary>
internal static class CueFeatures
{
    public const int Max = 48;
    public const int Outside = 0;
    public const int Inside = 1;
    public const int ClassCount = 2;

    private const int MaxChildren = 8;

    public static int Extract(AttributionContext c, int i, Span<ulong> f)
    {
        var tokens = c.Tokens;
        var sentence = c.Doc.Sentences[c.SentenceOf[i]];
        var lemma = (long)c.LemmaIds[i];
        var pos = (long)tokens[i].Pos;
        var relation = (long)c.RelationId(i);
        var prevLemma = (long)(i > sentence.FirstToken ? c.LemmaIds[i - 1] : AttributionContext.SentenceStartId);
        var nextLemma = (long)(i + 1 < sentence.EndToken ? c.LemmaIds[i + 1] : AttributionContext.SentenceEndId);
        var next2Lemma = (long)(i + 2 < sentence.EndToken ? c.LemmaIds[i + 2] : AttributionContext.SentenceEndId);
        var prevPos = i > sentence.FirstToken ? (long)tokens[i - 1].Pos : -1;
        var nextPos = i + 1 < sentence.EndToken ? (long)tokens[i + 1].Pos : -1;
        var head = tokens[i].Head;
        var headLemma = (long)(head >= 0 ? c.LemmaIds[head] : AttributionContext.RootId);
        var n = 0;
        f[n++] = Feature.Of(1, 0);
        f[n++] = Feature.Of(2, lemma);
        f[n++] = Feature.Of(3, pos);
        f[n++] = Feature.Of(4, lemma, pos);
        f[n++] = Feature.Of(5, relation);
        f[n++] = Feature.Of(6, lemma, relation);
        f[n++] = Feature.Of(7, relation, pos);
        f[n++] = Feature.Of(8, headLemma);
        f[n++] = Feature.Of(9, lemma, headLemma);
        f[n++] = Feature.Of(10, prevLemma);
        f[n++] = Feature.Of(11, nextLemma);
        f[n++] = Feature.Of(12, prevLemma, lemma);
        f[n++] = Feature.Of(13, lemma, nextLemma);
        f[n++] = Feature.Of(14, prevPos, pos);
        f[n++] = Feature.Of(15, pos, nextPos);

        var children = 0;
        for (var child = c.FirstChild[i]; child >= 0 && children < MaxChildren; child = c.NextSibling[child], children++)
        {
            var childRelation = c.Relation(child);
            var childRelationId = (long)c.RelationIds[child];
            f[n++] = Feature.Of(16, childRelationId);
            if (childRelation is "ccomp" or "parataxis" or "dobj" or "xcomp" or "nsubj" or "advcl" or "dep")
            {
                f[n++] = Feature.Of(17, lemma, childRelationId);
            }
            else if (childRelation is "mark" or "case" or "nmod:poss" or "neg" or "aux")
            {
                // "that", "about", "his" (claim), "not", "has": the function words a cue takes.
                f[n++] = Feature.Of(27, childRelationId, (long)c.LemmaIds[child]);
            }
        }

        f[n++] = Feature.Of(18, c.QuoteOf[i] >= 0 ? 1 : 0, pos);
        f[n++] = Feature.Of(19, QuoteNeighbourhood(c, i, sentence));

        // A word with a subject of its own acts as a predicate even when mis-tagged a noun ("Others caution that …").
        long rate = c.VerbRates[i] >= 0 && (tokens[i].Pos.IsVerb() || c.HasChild(i, "nsubj")) ? c.VerbRates[i]
            : c.NounRates[i] >= 0 ? 20 + c.NounRates[i] : -1;
        f[n++] = Feature.Of(20, rate);
        f[n++] = Feature.Of(21, rate, pos);
        if (head >= 0)
        {
            f[n++] = Feature.Of(22, (long)c.RelationId(head), pos);
            f[n++] = Feature.Of(23, relation, (long)tokens[head].Pos);
            f[n++] = Feature.Of(24, relation, tokens[head].Pos.IsVerb() ? c.VerbRates[head] : -1);
        }

        f[n++] = Feature.Of(28, (long)c.SuffixIds[i]);
        f[n++] = Feature.Of(29, QuoteDistance(c, i, sentence), pos);
        f[n++] = Feature.Of(26, nextLemma, next2Lemma);
        f[n++] = Feature.Of(25, tokens[i].Entity == EntityType.None ? 0 : (long)tokens[i].Entity);

        // WordNet's classes carry to verbs and nouns train never showed as cues ("grumbled", "shrieked").
        f[n++] = Feature.Of(30, c.WordSenses[i], pos);
        f[n++] = Feature.Of(31, c.WordSenses[i], relation);
        return n;
    }

    /// <summary>Direction and rough distance to the nearest quotation mark in the sentence (0 when none).</summary>
    private static long QuoteDistance(AttributionContext c, int i, Sentence sentence)
    {
        var tokens = c.Tokens;
        for (var d = 1; d <= 12; d++)
        {
            if (i - d >= sentence.FirstToken && tokens[i - d].Has(TokenShape.ClosingQuote))
            {
                return d <= 3 ? -1 : -2;
            }

            if (i + d < sentence.EndToken && tokens[i + d].Has(TokenShape.OpeningQuote))
            {
                return d <= 3 ? 1 : 2;
            }
        }

        return 0;
    }

    /// <summary>
    /// 1 when a closing quotation mark stands just before the token (", he said"), 2 when an opening one follows it
    /// ("said: “…"), 3 both, 0 neither; looking past one comma or colon.
    /// </summary>
    private static long QuoteNeighbourhood(AttributionContext c, int i, Sentence sentence)
    {
        var tokens = c.Tokens;
        long result = 0;
        for (var j = i - 1; j >= sentence.FirstToken && j >= i - 3; j--)
        {
            if (tokens[j].Has(TokenShape.ClosingQuote))
            {
                result |= 1;
                break;
            }

            if (!tokens[j].Pos.IsPunctuation() && tokens[j].Pos is not PosTag.PRP and not PosTag.NNP and not PosTag.NN and not PosTag.DT)
            {
                break;
            }
        }

        for (var j = i + 1; j < c.Tokens.Length && j <= i + 3; j++)
        {
            if (tokens[j].Has(TokenShape.OpeningQuote))
            {
                result |= 2;
                break;
            }

            if (!tokens[j].Pos.IsPunctuation())
            {
                break;
            }
        }

        return result;
    }
}
