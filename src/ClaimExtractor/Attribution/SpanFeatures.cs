using ClaimExtraction.Documents;
using ClaimExtraction.Tagging;

namespace ClaimExtraction.Attribution;

/// <summary>
/// A cue and the stretch of text its source and content may occupy: the cue's sentence and one either side,
/// widened to whole quotations that reach into it.
/// </summary>
internal readonly record struct CueWindow(int CueStart, int CueEnd, int CueHead, string CueLemma, int First, int End)
{
    /// <summary>The hashed <see cref="CueLemma"/>, computed once per window.</summary>
    public ulong CueLemmaId { get; } = FeatureHash.Of(0, CueLemma);

    public const int MaxSideTokens = 160;

    /// <summary>How many of the window's tokens the span labeller labels: all but the cue's.</summary>
    public int LabelledTokenCount => End - First - (CueEnd - CueStart);

    /// <summary>
    /// The <paramref name="k"/>-th token to label: outward from the cue, first leftwards from the token before it,
    /// then rightwards from the token after it, so each decision follows the one between it and the cue (a source
    /// and a content before the cue end where the cue begins; where they start is what is decided).
    /// </summary>
    public int TokenInLabellingOrder(int k) => k < CueStart - First ? CueStart - 1 - k : CueEnd + k - (CueStart - First);

    /// <summary>Whether the <paramref name="k"/>-th token to label is the first one on its side of the cue.</summary>
    public bool StartsSide(int k) => k == 0 || k == CueStart - First;

    public static CueWindow Around(AttributionContext c, int cueStart, int cueEnd)
    {
        var head = c.Doc.HeadOf(cueStart, cueEnd);
        var sentences = c.Doc.Sentences;
        var s = c.SentenceOf[head];
        var first = sentences[Math.Max(0, s - 1)].FirstToken;
        var end = sentences[Math.Min(sentences.Length - 1, s + 1)].EndToken;
        first = WidenToQuote(c, first, -1);
        end = WidenToQuote(c, end - 1, +1) + 1;
        first = Math.Max(first, cueStart - MaxSideTokens);
        end = Math.Min(end, cueEnd + MaxSideTokens);
        // A cue of several words is named by its head word ("has repeatedly asserted" → "assert").
        var lemma = c.Lemmas[head] == "accord" ? "according to" : c.Lemmas[head];
        return new CueWindow(cueStart, cueEnd, head, lemma, first, end);
    }

    private static int WidenToQuote(AttributionContext c, int token, int direction)
    {
        var quote = c.QuoteOf[token];
        if (quote < 0)
        {
            return token;
        }

        while (token + direction >= 0 && token + direction < c.Tokens.Length && c.QuoteOf[token + direction] == quote)
        {
            token += direction;
        }

        return token;
    }
}

/// <summary>
/// What labelling a window outward from its cue carries from one token to the next: the decision just made (set by the
/// caller) and the branch that token hangs from the cue by (set by <see cref="SpanFeatures.Extract"/>).
/// </summary>
internal struct SpanWalk
{
    public int PreviousLabel;
    public int PreviousBranch;
}

/// <summary>
/// Features of one token for the span labeller of one cue (O / source / content): where the token lies from the
/// cue (side, distance, sentence, branch of the dependency tree), what it is, whether a quotation holds it, and the
/// previous decision.
/// </summary>
internal static class SpanFeatures
{
    public const int Max = 40;
    public const int Outside = 0;
    public const int Source = 1;
    public const int Content = 2;
    public const int ClassCount = 3;

    /// <summary>
    /// The features of the <paramref name="k"/>-th token of <paramref name="w"/> in labelling order (see
    /// <see cref="CueWindow.TokenInLabellingOrder"/>); <paramref name="walk"/> carries what the token before it left.
    /// </summary>
    public static int Extract(AttributionContext c, in CueWindow w, int k, ref SpanWalk walk, Span<ulong> f)
    {
        var tokens = c.Tokens;
        var t = w.TokenInLabellingOrder(k);
        var startsSide = w.StartsSide(k);
        var previousLabel = startsSide ? Outside : walk.PreviousLabel;
        var side = t < w.CueStart ? 0L : t >= w.CueEnd ? 2L : 1L;
        var distance = side == 0 ? w.CueStart - t : t - w.CueEnd + 1;
        var sentenceDelta = (long)Math.Clamp(c.SentenceOf[t] - c.SentenceOf[w.CueHead], -2, 2);
        var position = c.PositionOf(t, w.CueHead);
        var branch = (long)Feature.Of(30, (long)c.PathId(position.BranchToken), (long)position.Kind);
        var subBranch = (long)c.PathId(position.SubBranchToken);
        var pos = (long)tokens[t].Pos;
        var relation = (long)c.RelationId(t);
        var lemma = (long)c.LemmaIds[t];
        var cueLemma = (long)w.CueLemmaId;
        var quote = c.QuoteOf[t];
        var cueQuote = c.QuoteOf[w.CueHead];
        var quoteState = quote < 0 ? 0L : quote == cueQuote ? 1L : c.Doc.Quotations[quote].OpenMark < tokens[w.CueStart].Start ? 2L : 3L;
        var sideSentence = (side * 8) + sentenceDelta;
        var cueRelation = (long)c.RelationId(w.CueHead);
        var headOfToken = tokens[t].Head;
        var n = 0;
        f[n++] = Feature.Of(1, 0);
        f[n++] = Feature.Of(2, (side * 16) + Bucket(distance));
        f[n++] = Feature.Of(3, sideSentence);
        f[n++] = Feature.Of(33, branch);
        f[n++] = Feature.Of(34, branch, side);
        f[n++] = Feature.Of(35, branch, Bucket(position.Depth), side);
        f[n++] = Feature.Of(4, pos);
        f[n++] = Feature.Of(5, pos, side);
        f[n++] = Feature.Of(6, relation);
        f[n++] = Feature.Of(7, relation, branch);
        f[n++] = Feature.Of(8, lemma);
        f[n++] = Feature.Of(9, lemma, side);
        f[n++] = Feature.Of(10, quoteState);
        f[n++] = Feature.Of(11, quoteState, sideSentence);
        f[n++] = Feature.Of(12, cueLemma, branch);
        f[n++] = Feature.Of(13, cueLemma, side);
        f[n++] = Feature.Of(14, (long)tokens[t].Entity, side);
        f[n++] = Feature.Of(15, (long)tokens[w.CueHead].Pos, side);
        f[n++] = Feature.Of(16, cueQuote >= 0 ? 1 : 0, quoteState);
        f[n++] = Feature.Of(17, previousLabel);
        f[n++] = Feature.Of(18, pos, previousLabel);
        f[n++] = Feature.Of(19, quoteState, previousLabel);
        f[n++] = Feature.Of(36, branch, previousLabel);
        f[n++] = Feature.Of(20, sideSentence, previousLabel);
        f[n++] = Feature.Of(21, relation, previousLabel);
        f[n++] = Feature.Of(22, c.Doc.Sentences[c.SentenceOf[t]].Paragraph == c.Doc.Sentences[c.SentenceOf[w.CueHead]].Paragraph ? 0 : 1);
        f[n++] = Feature.Of(23, cueRelation, side);
        f[n++] = Feature.Of(24, cueRelation, branch);
        f[n++] = Feature.Of(31, branch, subBranch, side);
        f[n++] = Feature.Of(32, subBranch, branch);
        f[n++] = Feature.Of(25, headOfToken >= w.CueStart && headOfToken < w.CueEnd ? 1 : 0, pos);

        // Where a content ends or starts: the word before (a comma, "that"), the word after, and the clause the
        // token sits in below the cue's branch (a relative or adverbial clause trailing the content).
        var before = t > w.First ? (long)tokens[t - 1].Pos : -1;
        var after = t + 1 < w.End ? (long)tokens[t + 1].Pos : -1;
        f[n++] = Feature.Of(37, before, pos, previousLabel);
        f[n++] = Feature.Of(38, lemma, previousLabel);
        f[n++] = Feature.Of(39, pos, after, side);
        f[n++] = Feature.Of(26, (long)OuterClauseBelowBranch(c, t, position), side, previousLabel);

        // Commas between the token and the cue, read off the surface so a misparse does not hide "X, Y said".
        var commas = CommasBetween(c, w, t);
        f[n++] = Feature.Of(27, side, commas, previousLabel);
        f[n++] = Feature.Of(28, side, commas, branch);

        // Whether the token hangs from the cue by the same branch as its neighbour nearer the cue: a content ends
        // where the cue's complement subtree ends ("told [the judge] [that …]", "said [that …] [on Tuesday]"). That
        // neighbour is the cue itself for the first token of a side, else the token labelled just before.
        var sameBranch = startsSide ? 2L : walk.PreviousBranch == position.BranchToken ? 1L : 0L;
        walk.PreviousBranch = position.BranchToken;
        f[n++] = Feature.Of(40, side, sameBranch, previousLabel);
        f[n++] = Feature.Of(41, sameBranch, previousLabel, relation);
        return n;
    }

    /// <summary>Commas between the token and the cue in their sentence (at most 3), or 4 when the token lies in another sentence.</summary>
    private static long CommasBetween(AttributionContext c, in CueWindow w, int t)
    {
        if (c.SentenceOf[t] != c.SentenceOf[w.CueHead])
        {
            return 4;
        }

        var between = t < w.CueStart ? c.CommasBefore[w.CueStart] - c.CommasBefore[t + 1] : c.CommasBefore[t] - c.CommasBefore[w.CueEnd];
        return Math.Min(between, 3);
    }

    /// <summary>
    /// The relation of the outermost clause (relative, adverbial, participial, coordinated, appositive) that holds
    /// the token below the branch it hangs from the cue by; the sentence-start id when none does.
    /// </summary>
    private static ulong OuterClauseBelowBranch(AttributionContext c, int t, in TreePosition position)
    {
        if (position.Kind is not (TreeRelation.Below or TreeRelation.Beside))
        {
            return AttributionContext.SentenceStartId;
        }

        var outer = -1;
        var current = t;
        for (var depth = 0; depth < position.Depth && current >= 0 && current != position.BranchToken; depth++)
        {
            if (c.OpensClause[current])
            {
                outer = current;
            }

            current = c.Tokens[current].Head;
        }

        return c.PathId(outer);
    }

    private static long Bucket(int value) => value switch
    {
        <= 0 => 0,
        1 => 1,
        2 => 2,
        3 => 3,
        <= 5 => 4,
        <= 8 => 5,
        <= 15 => 6,
        <= 30 => 7,
        _ => 8,
    };
}
