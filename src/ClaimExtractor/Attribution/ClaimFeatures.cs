using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution;

/// <summary>
/// Features of a whole candidate claim for the claim scorer, which estimates the probability that the claim is
/// right: how sure the cue tagger and the span labeller were, what kind of word the cue is, whether a source was
/// found and what it is, and the content's shape (length, quotation, clause, where it lies from the cue). Single
/// token decisions cannot see these; they separate real attributions from look-alikes ("has long been",
/// "continue to provide").
/// </summary>
internal static class ClaimFeatures
{
    public const int Max = 40;

    /// <summary>The span labeller's mean preference for the labels it gave the content and the source tokens.</summary>
    public readonly record struct SpanMargins(float Content, float Source);

    public static int Extract(
        AttributionContext c, in CueWindow w, IReadOnlyList<TextRange> content, (int Start, int End) source, float cueMargin, SpanMargins margins, Span<ulong> f)
    {
        var tokens = c.Tokens;
        var doc = c.Doc;
        var head = w.CueHead;
        var cueLemma = (long)c.LemmaIds[head];
        var cuePos = (long)tokens[head].Pos;
        var rate = c.VerbRates[head] >= 0 && tokens[head].Pos.IsVerb() ? c.VerbRates[head] : c.NounRates[head] >= 0 ? 20 + c.NounRates[head] : -1;

        int words = 0, quoted = 0, verbs = 0, before = 0, after = 0;
        var firstToken = -1;
        long contentRelation = -1;
        foreach (var range in content)
        {
            var (first, end) = doc.TokensIn(range.Start, range.End);
            for (var t = first; t < end; t++)
            {
                firstToken = firstToken < 0 ? t : firstToken;
                if (tokens[t].Pos.IsPunctuation())
                {
                    continue;
                }

                words++;
                quoted += c.QuoteOf[t] >= 0 ? 1 : 0;
                verbs += tokens[t].Pos.IsVerb() ? 1 : 0;
                before += t < w.CueStart ? 1 : 0;
                after += t >= w.CueEnd ? 1 : 0;
                var governor = tokens[t].Head;
                if (contentRelation < 0 && governor >= w.CueStart && governor < w.CueEnd)
                {
                    contentRelation = (long)c.RelationIds[t];
                }
            }
        }

        var quoteShare = words == 0 ? 0L : quoted == 0 ? 1L : quoted == words ? 3L : 2L;
        var side = before > 0 && after > 0 ? 2L : after > 0 ? 1L : 0L;
        var firstWord = firstToken < 0 ? 0L : tokens[firstToken].Pos.IsPunctuation() ? 1L : (long)c.LemmaIds[firstToken];
        var sentences = content.Count == 0 ? 0 : Math.Min(3, c.SentenceOf[doc.FirstTokenEndingAfter(content[^1].End - 1)] - c.SentenceOf[doc.FirstTokenEndingAfter(content[0].Start)] + 1);

        var hasSource = source.End > source.Start ? 1L : 0L;
        long sourceKind = 0, sourceSide = 0;
        if (hasSource == 1)
        {
            var sourceHead = doc.HeadOf(source.Start, source.End);
            var pos = tokens[sourceHead].Pos;
            sourceKind = pos is PosTag.PRP or PosTag.WP or PosTag.DT or PosTag.PRPS ? (long)c.LemmaIds[sourceHead]
                : ((long)pos * 8) + (long)tokens[sourceHead].Entity;
            sourceSide = (source.Start < w.CueStart ? 1L : 2L) + (c.SentenceOf[sourceHead] == c.SentenceOf[head] ? 0L : 2L);
        }

        var margin = Bucket(cueMargin);
        var contentMargin = Bucket(margins.Content);
        var n = 0;
        f[n++] = Feature.Of(40, 0);
        f[n++] = Feature.Of(41, margin);
        f[n++] = Feature.Of(42, cueLemma);
        f[n++] = Feature.Of(43, cuePos);
        f[n++] = Feature.Of(44, Math.Min(4, w.CueEnd - w.CueStart));
        f[n++] = Feature.Of(45, rate);
        f[n++] = Feature.Of(46, hasSource, sourceSide);
        f[n++] = Feature.Of(47, sourceKind);
        f[n++] = Feature.Of(48, WordBucket(words), quoteShare);
        f[n++] = Feature.Of(49, firstWord);
        f[n++] = Feature.Of(50, side, quoteShare);
        f[n++] = Feature.Of(51, contentRelation);
        f[n++] = Feature.Of(52, Math.Min(verbs, 2), quoteShare);
        f[n++] = Feature.Of(53, sentences);
        f[n++] = Feature.Of(54, contentMargin);
        f[n++] = Feature.Of(55, hasSource == 1 ? Bucket(margins.Source) : -100);
        f[n++] = Feature.Of(56, cueLemma, hasSource);
        f[n++] = Feature.Of(57, cueLemma, contentRelation);
        f[n++] = Feature.Of(58, cuePos, quoteShare);
        f[n++] = Feature.Of(59, margin, quoteShare);
        f[n++] = Feature.Of(60, rate, hasSource);
        f[n++] = Feature.Of(61, c.QuoteOf[head] >= 0 ? 1 : 0, quoteShare);
        f[n++] = Feature.Of(62, doc.Sentences[c.SentenceOf[head]].Paragraph == 0 ? 1 : 0, cuePos);
        f[n++] = Feature.Of(63, margin, contentMargin);

        // A claim needs a speech or cognition event: WordNet's classes of the cue word say whether it is one.
        f[n++] = Feature.Of(64, c.WordSenses[head], cuePos);
        f[n++] = Feature.Of(65, c.WordSenses[head], hasSource);
        return n;
    }

    /// <summary>Most features <see cref="ExtractOverlap"/> writes.</summary>
    public const int MaxOverlap = 3;

    /// <summary>
    /// Features of a candidate against the others of its article: whether its cue lies inside another claim's
    /// content, and how much of its content (none, some, most, all) another claim holds too.
    /// </summary>
    public static int ExtractOverlap(bool cueInOtherContent, int contentTokens, int sharedTokens, float cueMargin, Span<ulong> f)
    {
        var nested = cueInOtherContent ? 1L : 0L;
        var shared = sharedTokens == 0 ? 0L : sharedTokens == contentTokens ? 3L : sharedTokens * 2 >= contentTokens ? 2L : 1L;
        var n = 0;
        f[n++] = Feature.Of(1, nested, shared);
        f[n++] = Feature.Of(2, nested, Bucket(cueMargin));
        f[n++] = Feature.Of(3, shared, Bucket(cueMargin));
        return n;
    }

    /// <summary>Logarithmic bins of a signed score, so both small and large margins get a few distinct values.</summary>
    private static long Bucket(float score)
    {
        var magnitude = (long)MathF.Round(MathF.Log2(1 + MathF.Abs(score)) * 2);
        return score < 0 ? -magnitude : magnitude;
    }

    private static long WordBucket(int words) => words switch
    {
        <= 1 => words,
        <= 3 => 2,
        <= 6 => 3,
        <= 12 => 4,
        <= 25 => 5,
        <= 50 => 6,
        _ => 7,
    };
}
