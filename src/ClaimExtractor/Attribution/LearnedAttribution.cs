using ClaimExtraction.Attribution.Rules;
using ClaimExtraction.Documents;
using ClaimExtraction.Tagging;

namespace ClaimExtraction.Attribution;

/// <summary>A cue the tagger found: its token range and the largest margin among its tokens' decisions.</summary>
internal readonly record struct FoundCue(int Start, int End, float Margin);

/// <summary>
/// Finds attributions with the learned models: tags cue tokens across the document (the cue tagger), then for each cue
/// labels the tokens of its window as source, content or neither (the span labeller) and reads the candidate off those
/// labels, whose confidence the claim scorer gives. Between and after the learned steps, the structural rules learned
/// from how PolNeAR is annotated (under <c>Rules/</c>, each with its train counts) run in the visible orders of
/// <see cref="CueRules"/>, <see cref="LabelRules"/>, <see cref="CueFilters"/> and <see cref="ClaimRules"/>. Each token is tagged once and each
/// cue's window is bounded, so the cost stays linear in the article.
/// </summary>
internal sealed class LearnedAttribution
{
    /// <summary>
    /// Outside tokens in a row after which a side of the window is left unlabelled, once the walk is past the cue's
    /// sentence and outside quotations: the attribution has ended there (with the same models, no dev output changes and
    /// 12 of 17,221 train claims do, with the same scores), and labelling the rest was an eighth of the extraction time.
    /// </summary>
    private const int OutsideRunEndingSide = 12;

    /// <summary>The content and source preference of a token left unlabelled: clearly outside, and finite for the means.</summary>
    internal const float UnlabelledPreference = -100f;

    /// <summary>The rules over the cues the tagger found, in the order they run before any window is labelled.</summary>
    internal static readonly ICueRule[] CueRules = [new ColonCueToReportingVerb(), new QuantifierBeliefInRelativeClause()];

    /// <summary>
    /// The rules over one cue's labels, in the order they run after the span labeller: first the repairs of its
    /// token-by-token output, then the content boundaries.
    /// </summary>
    internal static readonly ILabelRule[] LabelRules =
    [
        new FillSmallGaps(),
        new DropCoordinatedPredicates(),
        new QuotationAfterBareCue(),
        new CompleteQuotations(),
        new StopAtOtherCues(),
        new KeepReportedSpeechInCueSentence(),
        new StartAtOpeningQuotationOfParagraph(),
        new ContinueOpeningQuotation(),
        new LeaveQuotationsCreditedElsewhere(),
        new DropLeadingPreposition(),
        new CompleteComplementClause(),
        new StartAtThatClauseAfterAdjuncts(),
    ];

    /// <summary>The cues that make no candidate, whatever their labels.</summary>
    internal static readonly ICueFilter[] CueFilters = [new NoFunctionWordCue(), new NoAbsentSpeech(), new NoCatenativeWithoutSpeech()];

    /// <summary>The rules over all of a document's candidates, in the order they run once the scorer has read their overlaps.</summary>
    internal static readonly IClaimRule[] ClaimRules =
    [
        new DropNestedInMoreConfident(),
        new AccordingToSource(),
        new SpeechNounBeforeColon(),
        new ContinuedQuotes(),
        new SignedQuotes(),
        new SpeechTags(),
        new TrailingSpeechTags(),
        new SpeechNounAgent(),
        new NoSpeechFromIdeas(),
        new NoSourceInsideQuotation(),
    ];

    private readonly AttributionModel _model;

    public LearnedAttribution(AttributionModel model) => _model = model;

    public List<AttributionCandidate> Find(AnnotatedDocument doc, CancellationToken cancellationToken) =>
        Find(new AttributionContext(doc), cancellationToken);

    /// <summary>Finds the attributions of a document whose per-token facts are already computed.</summary>
    public List<AttributionCandidate> Find(AttributionContext context, CancellationToken cancellationToken)
    {
        var doc = context.Doc;
        var found = new List<AttributionCandidate>();
        var labels = new int[doc.Tokens.Length];
        var preferences = new SpanPreferences(doc.Tokens.Length);
        var cues = FindCues(_model.Cues, context, cancellationToken);
        foreach (var rule in CueRules)
        {
            rule.Apply(context, cues);
        }

        var inCue = new bool[doc.Tokens.Length];
        foreach (var cue in cues)
        {
            inCue.AsSpan(cue.Start, cue.End - cue.Start).Fill(true);
        }

        foreach (var cue in cues)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var window = CueWindow.Around(context, cue.Start, cue.End);
            LabelWindow(context, window, labels, preferences);
            foreach (var rule in LabelRules)
            {
                rule.Apply(context, window, labels, inCue);
            }

            if (ReadCandidate(context, window, labels, preferences, cue.Margin) is { } candidate)
            {
                found.Add(candidate);
            }
        }

        ScoreOverlaps(context, found);
        foreach (var rule in ClaimRules)
        {
            rule.Apply(context, found, inCue);
        }

        return found;
    }

    /// <summary>
    /// Adds to each candidate's claim features what the other candidates say about it (its cue inside another
    /// claim's content, as in "X said that Y claimed Z"; how much of its content another claim also holds) and
    /// rescores it: the scorer learned from train how often such nested and overlapping claims were annotated.
    /// </summary>
    private void ScoreOverlaps(AttributionContext context, List<AttributionCandidate> found)
    {
        var doc = context.Doc;
        var holders = new int[doc.Tokens.Length];
        foreach (var candidate in found)
        {
            foreach (var (first, end) in candidate.ContentTokenRanges(doc))
            {
                for (var t = first; t < end; t++)
                {
                    holders[t]++;
                }
            }
        }

        Span<ulong> features = stackalloc ulong[ClaimFeatures.MaxOverlap];
        foreach (var candidate in found)
        {
            int tokens = 0, shared = 0;
            foreach (var (first, end) in candidate.ContentTokenRanges(doc))
            {
                tokens += end - first;
                for (var t = first; t < end; t++)
                {
                    shared += holders[t] > 1 ? 1 : 0;
                }
            }

            var cueInOtherContent = candidate.HasCue && holders[candidate.CueTokens.Start] > 0;
            var n = ClaimFeatures.ExtractOverlap(cueInOtherContent, tokens, shared, candidate.CueMargin, features);
            candidate.ClaimFeatures = [.. candidate.ClaimFeatures, .. features[..n]];
            candidate.Confidence = _model.ClaimProbability(candidate.ClaimFeatures);
        }
    }

    /// <summary>The cues the tagger finds: runs of tokens it judges inside a cue.</summary>
    internal static List<FoundCue> FindCues(PerceptronModel cueModel, AttributionContext context, CancellationToken cancellationToken)
    {
        var margins = CueMargins(cueModel, context, cancellationToken);
        var cues = new List<FoundCue>();
        var doc = context.Doc;
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            var sentence = doc.Sentences[s];
            var start = -1;
            var margin = float.MinValue;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var tokenMargin = margins[i];
                if (tokenMargin > 0)
                {
                    start = start < 0 ? i : start;
                    margin = Math.Max(margin, tokenMargin);
                    continue;
                }

                if (start >= 0)
                {
                    cues.Add(new FoundCue(start, i, margin));
                    start = -1;
                    margin = float.MinValue;
                }
            }

            if (start >= 0)
            {
                cues.Add(new FoundCue(start, sentence.EndToken, margin));
            }
        }

        return cues;
    }

    /// <summary>
    /// The cue tagger's margin (inside minus outside) of every token. No feature reads an earlier decision, so the
    /// rows of several tokens' features are looked up in one batch, which keeps more of the model's loads in flight.
    /// </summary>
    private static float[] CueMargins(PerceptronModel cueModel, AttributionContext context, CancellationToken cancellationToken)
    {
        const int BatchTokens = 16;
        var tokenCount = context.Tokens.Length;
        var margins = new float[tokenCount];
        Span<ulong> features = stackalloc ulong[BatchTokens * CueFeatures.Max];
        Span<uint> rows = stackalloc uint[BatchTokens * CueFeatures.Max];
        Span<int> ends = stackalloc int[BatchTokens];
        Span<float> scores = stackalloc float[CueFeatures.ClassCount];
        for (var first = 0; first < tokenCount; first += BatchTokens)
        {
            if ((first & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var batch = Math.Min(BatchTokens, tokenCount - first);
            var n = 0;
            for (var k = 0; k < batch; k++)
            {
                n += CueFeatures.Extract(context, first + k, features[n..]);
                ends[k] = n;
            }

            cueModel.FindRows(features[..n], rows);
            var start = 0;
            for (var k = 0; k < batch; k++)
            {
                scores.Clear();
                cueModel.AddRows(rows[start..ends[k]], scores);
                margins[first + k] = scores[CueFeatures.Inside] - scores[CueFeatures.Outside];
                start = ends[k];
            }
        }

        return margins;
    }

    /// <summary>
    /// Labels the window's tokens outward from the cue into <paramref name="labels"/> (cue tokens stay outside), noting in
    /// <paramref name="preferences"/> how strongly each token was judged content and source; the span labeller's own
    /// output, before any of <see cref="LabelRules"/>.
    /// </summary>
    public void LabelWindow(AttributionContext context, in CueWindow window, int[] labels, SpanPreferences preferences)
    {
        Span<ulong> features = stackalloc ulong[SpanFeatures.Max];
        Span<float> scores = stackalloc float[SpanFeatures.ClassCount];
        var walk = default(SpanWalk);
        labels.AsSpan(window.CueStart, window.CueEnd - window.CueStart).Fill(SpanFeatures.Outside);
        var leftCount = window.CueStart - window.First;
        var run = 0;
        for (var k = 0; k < window.LabelledTokenCount; k++)
        {
            var t = window.TokenInLabellingOrder(k);
            if (k == leftCount)
            {
                run = 0;
            }

            if (run >= OutsideRunEndingSide && context.SentenceOf[t] != context.SentenceOf[window.CueHead] && context.QuoteOf[t] < 0)
            {
                // The attribution has ended on this side: the rest of it stays outside.
                var sideEnd = k < leftCount ? leftCount : window.LabelledTokenCount;
                for (; k < sideEnd; k++)
                {
                    var u = window.TokenInLabellingOrder(k);
                    labels[u] = SpanFeatures.Outside;
                    preferences.Content[u] = preferences.Source[u] = UnlabelledPreference;
                }

                k = sideEnd - 1;
                continue;
            }

            var n = SpanFeatures.Extract(context, window, k, ref walk, features);
            _model.Spans.Score(features[..n], scores);
            labels[t] = walk.PreviousLabel = AveragedPerceptron.ArgMax(scores);
            preferences.Content[t] = scores[SpanFeatures.Content] - MathF.Max(scores[SpanFeatures.Outside], scores[SpanFeatures.Source]);
            preferences.Source[t] = scores[SpanFeatures.Source] - MathF.Max(scores[SpanFeatures.Outside], scores[SpanFeatures.Content]);
            run = labels[t] == SpanFeatures.Outside ? run + 1 : 0;
        }

    }

    private AttributionCandidate? ReadCandidate(AttributionContext context, in CueWindow window, int[] labels, SpanPreferences preferences, float margin)
    {
        var tokens = context.Tokens;
        var content = new List<TextRange>();
        var quotedBeforeCue = false;
        for (var t = window.First; t < window.End; t++)
        {
            if (labels[t] != SpanFeatures.Content)
            {
                continue;
            }

            var runStart = t;
            var words = 0;
            while (t < window.End && (labels[t] == SpanFeatures.Content || (tokens[t].Pos.IsPunctuation() && NextContentWithin(labels, t, window.End, 2))))
            {
                words += tokens[t].Pos.IsPunctuation() ? 0 : 1;
                t++;
            }

            var quote = context.QuoteOf[runStart];
            quotedBeforeCue |= quote >= 0 && runStart < window.CueStart && !context.Doc.Quotations[quote].IsClosed;

            // An unclosed quotation that an inserted attribution ended (“… needs to end, Trump stated when asked
            // about it"): the unquoted words past the cue are the circumstances of the saying, not what was said.
            if (quotedBeforeCue && quote < 0 && runStart >= window.CueEnd)
            {
                continue;
            }

            // A lone stray word far from the rest is noise; short runs next to the cue are kept ("said it").
            if (words >= 2 || content.Count == 0 || Math.Abs(runStart - window.CueEnd) <= 1)
            {
                content.Add(new TextRange(tokens[runStart].Start, tokens[t - 1].End));
            }
        }

        if (content.Count == 0)
        {
            return null;
        }

        foreach (var filter in CueFilters)
        {
            if (filter.Rejects(context, window))
            {
                return null;
            }
        }

        var source = NearestRun(context, labels, window, SpanFeatures.Source);
        source = source.End > source.Start ? RelativePronounAntecedent.Of(context, window, source) : SubjectAsSource.Of(context, window);
        source = ControlledSubjects.Correct(context, window, source);
        if (InsertedAttributionOpening.Of(context, window, content, source) is { } opening)
        {
            content.Insert(0, opening);
        }

        var sentence = context.SentenceOf[context.Doc.FirstTokenEndingAfter(content[0].Start)];
        var margins = new ClaimFeatures.SpanMargins(preferences.MeanContent(context.Doc, content), preferences.MeanSource(source));
        var claimFeatures = new ulong[ClaimFeatures.Max];
        var n = ClaimFeatures.Extract(context, window, content, source, margin, margins, claimFeatures);
        Array.Resize(ref claimFeatures, n);
        return new AttributionCandidate
        {
            Content = content,
            SourceTokens = source,
            CueTokens = (window.CueStart, window.CueEnd),
            CueLemma = window.CueLemma,
            Sentence = sentence,
            Pattern = AttributionPattern.Learned,
            CueMargin = margin,
            ClaimFeatures = claimFeatures,
            Confidence = _model.ClaimProbability(claimFeatures),
        };
    }

    private static bool NextContentWithin(int[] labels, int t, int end, int reach)
    {
        for (var j = t + 1; j < end && j <= t + reach; j++)
        {
            if (labels[j] == SpanFeatures.Content)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The labelled run nearest the cue, preferring runs in the cue's own sentence.</summary>
    private static (int Start, int End) NearestRun(AttributionContext context, int[] labels, in CueWindow window, int label)
    {
        const int OtherSentencePenalty = 1000;
        var cueSentence = context.SentenceOf[window.CueHead];
        var best = (Start: 0, End: 0);
        var bestDistance = int.MaxValue;
        for (var t = window.First; t < window.End; t++)
        {
            if (labels[t] != label)
            {
                continue;
            }

            var start = t;
            while (t < window.End && labels[t] == label)
            {
                t++;
            }

            var distance = (start >= window.CueEnd ? start - window.CueEnd : window.CueStart - t)
                           + (context.SentenceOf[start] == cueSentence ? 0 : OtherSentencePenalty);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = (start, t);
            }
        }

        return best;
    }
}
