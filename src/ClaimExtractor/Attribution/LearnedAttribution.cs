using ClaimExtraction.Documents;
using ClaimExtraction.Tagging;

namespace ClaimExtraction.Attribution;

/// <summary>A cue the tagger found: its token range and the largest margin among its tokens' decisions.</summary>
internal readonly record struct FoundCue(int Start, int End, float Margin);

/// <summary>
/// Finds attributions with the learned models: tags cue tokens across the document, then for each cue labels the
/// tokens of its window as source, content or neither and reads the spans off those labels. Each token is tagged
/// once and each cue's window is bounded, so the cost stays linear in the article.
/// </summary>
internal sealed class LearnedAttribution
{
    private const int MinContinuedQuoteWords = 5;
    private const int MinQuoteContentWords = 2;
    private const int MaxContentGap = 3;
    private const int QuoteCompletionShare = 3;
    private const double ContinuedQuoteConfidence = 0.8;

    /// <summary>A quotation signed with a dash and a name was a claim in each of the 7 such places in PolNeAR train.</summary>
    private const double SignedQuoteConfidence = 0.85;
    private const int MaxSignatureTokens = 6;

    /// <summary>In PolNeAR train a lexicon speech noun that is a verb's object and ends at a colon cued the colon's clause in about 4 of 5 cases.</summary>
    private const double SpeechNounColonConfidence = 0.75;
    private const int MinColonContentWords = 4;

    /// <summary>The least cue rate of a speech noun that can stand before a colon, in tenths (<see cref="AttributionContext.NounRates"/>).</summary>
    private const sbyte MinSpeechNounRate = 2;

    /// <summary>
    /// Outside tokens in a row after which a side of the window is left unlabelled, once the walk is past the cue's
    /// sentence and outside quotations: the attribution has ended there (with the same models, no dev output changes and
    /// 12 of 17,221 train claims do, with the same scores), and labelling the rest was an eighth of the extraction time.
    /// </summary>
    private const int OutsideRunEndingSide = 12;

    /// <summary>The content and source preference of a token left unlabelled: clearly outside, and finite for the means.</summary>
    internal const float UnlabelledPreference = -100f;

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
            StopAtOtherCues(window, labels, inCue);
            KeepReportedSpeechInCueSentence(context, window, labels);
            StartAtOpeningQuotationOfParagraph(context, window, labels);
            ContinueOpeningQuotation(context, window, labels, inCue);
            DropLeadingPreposition(context, window, labels);
            CompleteComplementClause(context, window, labels, inCue);
            StartAtThatClauseAfterAdjuncts(context, window, labels);
            if (ReadCandidate(context, window, labels, preferences, cue.Margin) is { } candidate)
            {
                found.Add(candidate);
            }
        }

        ScoreOverlaps(context, found);
        DropNestedInMoreConfident(context, found);
        AddSpeechNounsBeforeColon(context, found, inCue);
        found.Sort((a, b) => a.ContentStart.CompareTo(b.ContentStart));
        AddContinuedQuotes(context, found);
        AddSignedQuotes(context, found);
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

    /// <summary>
    /// An attribution's content is said by its source alone (PolNeAR marks no attribution inside another's content):
    /// a cue lying inside the content of a more confident claim ("some believe [his statements are a strategy designed
    /// to portray him as …]") is a word of that content, not a claim of its own.
    /// </summary>
    internal static void DropNestedInMoreConfident(AttributionContext context, List<AttributionCandidate> found)
    {
        if (found.Count < 2)
        {
            return;
        }

        var doc = context.Doc;
        var coveringConfidence = new double[doc.Tokens.Length];
        foreach (var candidate in found)
        {
            foreach (var (first, end) in candidate.ContentTokenRanges(doc))
            {
                for (var t = first; t < end; t++)
                {
                    coveringConfidence[t] = Math.Max(coveringConfidence[t], candidate.Confidence);
                }
            }
        }

        found.RemoveAll(c => c.HasCue && CoveredByMoreConfident(doc.HeadOf(c.CueTokens.Start, c.CueTokens.End), c)
                             && !IsWholeAttributionTakenIn(c));

        bool CoveredByMoreConfident(int token, AttributionCandidate candidate) => coveringConfidence[token] > candidate.Confidence;

        // A claim whose source lies in the covering content too is a whole attribution that content took in ("rekindled
        // concerns among [critics who argue that …]"): it names its own speaker, so an unquoted one is kept.
        bool IsWholeAttributionTakenIn(AttributionCandidate c) =>
            c.HasSource && CoveredByMoreConfident(c.SourceTokens.Start, c)
            && context.QuoteOf[doc.FirstTokenEndingAfter(c.ContentStart)] < 0 && context.QuoteOf[doc.FirstTokenEndingAfter(c.ContentEnd - 1)] < 0;
    }

    /// <summary>
    /// "Trump has made a bold claim: he has spoken with Putin", "the campaign released a statement: …": a speech noun
    /// from the cue lexicon, object of a verb and followed by a colon, introduces what the colon's clause says; the
    /// cue tagger rarely sees the construction in train. The source is the verb's subject.
    /// </summary>
    private static void AddSpeechNounsBeforeColon(AttributionContext context, List<AttributionCandidate> found, bool[] inCue)
    {
        var doc = context.Doc;
        var tokens = doc.Tokens;
        for (var t = 0; t + 1 < tokens.Length; t++)
        {
            if (tokens[t + 1].Pos != PosTag.Colon || doc.TokenText(t + 1) is not ":" || !tokens[t].Pos.IsNoun() || tokens[t].Pos.IsProperNoun()
                || context.NounRates[t] < MinSpeechNounRate || context.Relation(t) != "dobj" || tokens[t].Head < 0 || !tokens[tokens[t].Head].Pos.IsVerb())
            {
                continue;
            }

            var sentence = doc.Sentences[context.SentenceOf[t]];
            var contentEnd = sentence.EndToken;
            while (contentEnd > t + 2 && tokens[contentEnd - 1].Pos.IsPunctuation())
            {
                contentEnd--;
            }

            if (CountWords(tokens, t + 2, tokens[contentEnd - 1].End) < MinColonContentWords)
            {
                continue;
            }

            // A cue the tagger found there has its own reading of the sentence.
            if (inCue.AsSpan(t, contentEnd - t).Contains(true))
            {
                continue;
            }

            var window = CueWindow.Around(context, t, t + 1);
            found.Add(new AttributionCandidate
            {
                Content = [new TextRange(tokens[t + 2].Start, tokens[contentEnd - 1].End)],
                SourceTokens = SubjectOf(context, window),
                CueTokens = (t, t + 1),
                CueLemma = window.CueLemma,
                Sentence = context.SentenceOf[t],
                Pattern = AttributionPattern.SpeechNounColon,
                Confidence = SpeechNounColonConfidence,
            });
        }
    }

    /// <summary>
    /// A paragraph that opens with a quotation nobody is credited with, right after a paragraph whose last claim
    /// was a quotation, continues that speaker (the newspaper convention for long quotes).
    /// </summary>
    private static void AddContinuedQuotes(AttributionContext context, List<AttributionCandidate> found)
    {
        var doc = context.Doc;
        var tokens = doc.Tokens;
        var added = false;
        var next = 0;
        foreach (var quote in doc.Quotations)
        {
            var first = doc.FirstTokenEndingAfter(quote.OpenMark);
            if (first >= tokens.Length || !tokens[first].Has(TokenShape.ParagraphStart) || CountWords(tokens, first, quote.OuterEnd) < MinContinuedQuoteWords)
            {
                continue;
            }

            while (next < found.Count && found[next].ContentStart < quote.OpenMark)
            {
                next++;
            }

            var previous = next > 0 ? found[next - 1] : null;
            var covered = next < found.Count && found[next].ContentStart < quote.OuterEnd;
            if (covered || previous is null || !previous.HasSource || context.QuoteOf[doc.FirstTokenEndingAfter(previous.ContentStart)] < 0)
            {
                continue;
            }

            // A quotation that is the whole paragraph goes on with the previous claim's content, as a chain of such
            // paragraphs does: in PolNeAR train, 36 of 52 such paragraphs after a quotation credited by a cue are part of
            // its content (13 are a claim of their own), and 32 of 33 after one that was itself continued.
            var after = doc.FirstTokenEndingAfter(quote.OuterEnd);
            var wholeParagraph = after >= tokens.Length || tokens[after].Has(TokenShape.ParagraphStart);
            var paragraph = doc.Sentences[context.SentenceOf[first]].Paragraph;
            if (wholeParagraph && paragraph - doc.Sentences[context.SentenceOf[doc.FirstTokenEndingAfter(previous.ContentEnd - 1)]].Paragraph == 1)
            {
                previous.Content.AddRange(quote.Parts);
                continue;
            }

            if (paragraph - doc.Sentences[previous.Sentence].Paragraph != 1)
            {
                continue;
            }

            found.Add(new AttributionCandidate
            {
                Content = [.. quote.Parts],
                SourceTokens = previous.SourceTokens,
                CueLemma = "",
                Sentence = context.SentenceOf[first],
                Pattern = AttributionPattern.ContinuedQuote,
                Confidence = previous.Confidence * ContinuedQuoteConfidence,
            });
            added = true;
        }

        if (added)
        {
            found.Sort((a, b) => a.ContentStart.CompareTo(b.ContentStart));
        }
    }

    /// <summary>
    /// “… pay zero taxes.” — Bernie Sanders: a quotation signed by a dash and a name that ends the paragraph is that
    /// person's claim, with no cue word (the form of quote round-ups and reader comments).
    /// </summary>
    private static void AddSignedQuotes(AttributionContext context, List<AttributionCandidate> found)
    {
        var doc = context.Doc;
        var tokens = doc.Tokens;
        var added = false;
        bool[]? claimed = null;
        foreach (var quote in doc.Quotations)
        {
            if (!quote.IsClosed || CountWords(tokens, doc.FirstTokenEndingAfter(quote.OpenMark), quote.CloseMark) < MinQuoteContentWords)
            {
                continue;
            }

            var dash = doc.FirstTokenEndingAfter(quote.OuterEnd);
            if (dash >= tokens.Length || tokens[dash].Has(TokenShape.ParagraphStart) || !IsDash(doc.TokenText(dash)))
            {
                continue;
            }

            var end = dash + 1;
            while (end < tokens.Length && end - dash <= MaxSignatureTokens && !tokens[end].Has(TokenShape.ParagraphStart)
                   && (char.IsUpper(doc.TokenText(end)[0]) || tokens[end].Pos == PosTag.Period))
            {
                end++;
            }

            var nameEnd = end;
            while (nameEnd > dash + 1 && tokens[nameEnd - 1].Pos.IsPunctuation())
            {
                nameEnd--;
            }

            var signed = nameEnd > dash + 1 && (end == tokens.Length || tokens[end].Has(TokenShape.ParagraphStart));
            if (!signed)
            {
                continue;
            }

            claimed ??= ClaimedTokens(doc, found);
            var (first, last) = doc.TokensIn(quote.ContentStart, quote.ContentEnd);
            if (claimed.AsSpan(first, last - first).Contains(true))
            {
                continue;
            }

            found.Add(new AttributionCandidate
            {
                Content = [.. quote.Parts],
                SourceTokens = (dash + 1, nameEnd),
                CueLemma = "",
                Sentence = context.SentenceOf[doc.FirstTokenEndingAfter(quote.ContentStart)],
                Pattern = AttributionPattern.SignedQuote,
                Confidence = SignedQuoteConfidence,
            });
            added = true;
        }

        if (added)
        {
            found.Sort((a, b) => a.ContentStart.CompareTo(b.ContentStart));
        }
    }

    private static bool IsDash(ReadOnlySpan<char> token) => token is "―" or "—" or "–" or "-" or "--";

    /// <summary>Per token, whether a found claim's content holds it.</summary>
    private static bool[] ClaimedTokens(AnnotatedDocument doc, List<AttributionCandidate> found)
    {
        var claimed = new bool[doc.Tokens.Length];
        foreach (var candidate in found)
        {
            foreach (var (first, end) in candidate.ContentTokenRanges(doc))
            {
                claimed.AsSpan(first, end - first).Fill(true);
            }
        }

        return claimed;
    }

    private static int CountWords(Token[] tokens, int first, int endOffset)
    {
        var words = 0;
        for (var i = first; i < tokens.Length && tokens[i].Start < endOffset; i++)
        {
            words += tokens[i].Has(TokenShape.Word) ? 1 : 0;
        }

        return words;
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
    /// <paramref name="preferences"/> how strongly each token was judged content and source.
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

        FillSmallGaps(window, labels);
        DropCoordinatedPredicates(context, window, labels);
        CompleteQuotations(context, window, labels);
    }

    /// <summary>
    /// Walking away from the cue, another cue that is not itself part of this content ("… the council expects.
    /// According to Reyes, the estimate is “optimistic”") starts another attribution: content past it is not ours.
    /// </summary>
    private static void StopAtOtherCues(in CueWindow window, int[] labels, bool[] inCue)
    {
        var blocked = false;
        for (var t = window.CueEnd; t < window.End; t++)
        {
            blocked |= inCue[t] && labels[t] != SpanFeatures.Content;
            if (blocked && labels[t] == SpanFeatures.Content)
            {
                labels[t] = SpanFeatures.Outside;
            }
        }

        blocked = false;
        for (var t = window.CueStart - 1; t >= window.First; t--)
        {
            blocked |= inCue[t] && labels[t] != SpanFeatures.Content;
            if (blocked && labels[t] == SpanFeatures.Content)
            {
                labels[t] = SpanFeatures.Outside;
            }
        }
    }

    /// <summary>The first token in [<paramref name="from"/>, <paramref name="end"/>) labelled content, or <paramref name="end"/> when there is none.</summary>
    private static int FirstContent(int[] labels, int from, int end)
    {
        while (from < end && labels[from] != SpanFeatures.Content)
        {
            from++;
        }

        return from;
    }

    /// <summary>The first token after the cue labelled content, or the window's end when there is none.</summary>
    private static int FirstContentAfterCue(in CueWindow window, int[] labels) => FirstContent(labels, window.CueEnd, window.End);

    /// <summary>
    /// "She said that taxes would fall. Critics disagree": reported speech that starts unquoted after the cue in the
    /// cue's sentence ends with that sentence; a later sentence is content only inside a quotation the content
    /// already runs into.
    /// </summary>
    internal static void KeepReportedSpeechInCueSentence(AttributionContext context, in CueWindow window, int[] labels)
    {
        var cueSentence = context.SentenceOf[window.CueHead];
        var first = FirstContentAfterCue(window, labels);

        if (first >= window.End || context.SentenceOf[first] != cueSentence || context.QuoteOf[first] >= 0)
        {
            return;
        }

        var lastQuote = -1;
        for (var t = first; t < window.End; t++)
        {
            if (context.SentenceOf[t] == cueSentence)
            {
                lastQuote = labels[t] == SpanFeatures.Content && context.QuoteOf[t] >= 0 ? context.QuoteOf[t] : lastQuote;
            }
            else if (labels[t] == SpanFeatures.Content && (lastQuote < 0 || context.QuoteOf[t] != lastQuote))
            {
                labels[t] = SpanFeatures.Outside;
            }
        }
    }

    /// <summary>
    /// “Here he is,” she said: when the cue's paragraph opens with a quotation and all the content between that and
    /// the cue is quoted, the content starts with the quotation, not in an earlier paragraph. In PolNeAR train, 8 of
    /// 2,050 such attributions take content from an earlier paragraph.
    /// </summary>
    internal static void StartAtOpeningQuotationOfParagraph(AttributionContext context, in CueWindow window, int[] labels)
    {
        var tokens = context.Tokens;
        var open = window.CueStart - 1;
        while (open > window.First && !tokens[open].Has(TokenShape.ParagraphStart))
        {
            open--;
        }

        if (open <= window.First || !tokens[open].Has(TokenShape.ParagraphStart) || context.QuoteOf[open] < 0 || !tokens[open].Pos.IsPunctuation())
        {
            return;
        }

        var quotedContent = false;
        for (var t = open; t < window.CueStart; t++)
        {
            if (labels[t] == SpanFeatures.Content && tokens[t].Has(TokenShape.Word))
            {
                if (context.QuoteOf[t] < 0)
                {
                    return;
                }

                quotedContent = true;
            }
        }

        if (!quotedContent)
        {
            return;
        }

        for (var t = window.First; t < open; t++)
        {
            if (labels[t] == SpanFeatures.Content)
            {
                labels[t] = SpanFeatures.Outside;
            }
        }
    }

    /// <summary>
    /// “Europe must be able to defend itself,” Hollande said as he entered the talks. “We need …”: when what comes before
    /// the cue is a quotation that opens its sentence, the speaker's words are the quotations. The unquoted words after
    /// the cue are the circumstances of the saying, and a quotation that opens the next sentence of the paragraph goes on
    /// with what was said. In PolNeAR train, of 2,397 attributions whose content before the cue is such a quotation, 45
    /// have unquoted content after the cue; of 1,097 whose next sentence in the paragraph opens with a quotation, 1,058
    /// take that quotation in.
    /// </summary>
    internal static void ContinueOpeningQuotation(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue)
    {
        var doc = context.Doc;
        var tokens = context.Tokens;
        var first = FirstContent(labels, window.First, window.CueStart);
        if (first >= window.CueStart || context.QuoteOf[first] < 0)
        {
            return;
        }

        for (var t = first; t < window.CueStart; t++)
        {
            if (labels[t] == SpanFeatures.Content && tokens[t].Has(TokenShape.Word) && context.QuoteOf[t] < 0)
            {
                return;
            }
        }

        // The quotation opens its sentence: nothing but its opening mark between the content's first word and the
        // sentence's start, a sentence-final mark or a paragraph break (the sentence splitter may have run on past one).
        var sentenceStart = doc.Sentences[context.SentenceOf[first]].FirstToken;
        var before = first - 1;
        while (before >= sentenceStart && tokens[before].Pos.IsPunctuation() && tokens[before].Pos != PosTag.Period && !tokens[before + 1].Has(TokenShape.ParagraphStart))
        {
            before--;
        }

        if (before >= sentenceStart && tokens[before].Pos != PosTag.Period && !tokens[before + 1].Has(TokenShape.ParagraphStart))
        {
            return;
        }

        for (var t = window.CueEnd; t < window.End; t++)
        {
            if (labels[t] == SpanFeatures.Content && context.QuoteOf[t] < 0)
            {
                labels[t] = SpanFeatures.Outside;
            }
        }

        // The next sentence of the paragraph opens with a quotation, and no cue after that quotation credits it to
        // someone else ("… she said. “If he gets in …,” she said").
        var cueSentence = context.SentenceOf[window.CueHead];
        if (cueSentence + 1 >= doc.Sentences.Length)
        {
            return;
        }

        var open = doc.Sentences[cueSentence + 1].FirstToken;
        var quote = context.QuoteOf[open];
        if (open < window.CueEnd || open >= window.End || quote < 0 || doc.Quotations[quote].OpenMark != tokens[open].Start)
        {
            return;
        }

        for (var t = window.CueEnd; t <= open; t++)
        {
            if (tokens[t].Has(TokenShape.ParagraphStart))
            {
                return;
            }
        }

        var end = open;
        while (end < window.End && context.QuoteOf[end] == quote)
        {
            end++;
        }

        for (var t = end; t < tokens.Length && context.SentenceOf[t] == context.SentenceOf[end - 1] && !tokens[t].Has(TokenShape.ParagraphStart); t++)
        {
            if (inCue[t])
            {
                return;
            }
        }

        labels.AsSpan(open, end - open).Fill(SpanFeatures.Content);
    }

    /// <summary>
    /// "said during the debate that …", "recalled in 2008 that …", "posted on Twitter Friday that …": when only adverbial
    /// phrases of the cue (where, when, how it was said) stand between the cue and its "that" clause, what was said
    /// starts at "that". In PolNeAR train, of 175 such attributions whose content holds the clause, 140 leave what stands
    /// between out (37 of 37 for a time phrase alone).
    /// </summary>
    internal static void StartAtThatClauseAfterAdjuncts(AttributionContext context, in CueWindow window, int[] labels)
    {
        var tokens = context.Tokens;
        if (FirstContent(labels, window.First, window.CueStart) < window.CueStart)
        {
            return;
        }

        var that = -1;
        for (var child = context.FirstChild[window.CueHead]; child >= 0 && that < 0; child = context.NextSibling[child])
        {
            if (child <= window.CueEnd || context.Relation(child) != "ccomp")
            {
                continue;
            }

            for (var mark = context.FirstChild[child]; mark >= 0; mark = context.NextSibling[mark])
            {
                if (context.Relation(mark) == "mark" && context.Lemmas[mark] == "that")
                {
                    that = mark;
                    break;
                }
            }
        }

        if (that <= window.CueEnd || that >= window.End)
        {
            return;
        }

        var labelled = false;
        for (var t = window.CueEnd; t < that; t++)
        {
            if (context.QuoteOf[t] >= 0)
            {
                return;
            }

            labelled |= labels[t] == SpanFeatures.Content;
        }

        for (var child = context.FirstChild[window.CueHead]; child >= 0; child = context.NextSibling[child])
        {
            if (child >= window.CueEnd && child < that && !tokens[child].Pos.IsPunctuation()
                && context.Relation(child) is not ("nmod" or "nmod:tmod" or "advmod"))
            {
                return;
            }
        }

        if (labelled)
        {
            labels.AsSpan(window.CueEnd, that - window.CueEnd).Fill(SpanFeatures.Outside);
        }
    }

    /// <summary>
    /// "said that officials knew Ansar al-Sharia [was behind the attack]": content that starts in a dependent of the cue
    /// after it and stops inside that dependent's subtree is cut short; what was said runs to the subtree's end.
    /// </summary>
    internal static void CompleteComplementClause(AttributionContext context, in CueWindow window, int[] labels, bool[] inCue)
    {
        var first = FirstContentAfterCue(window, labels);

        if (first >= window.End || context.PositionOf(first, window.CueHead) is not { Kind: TreeRelation.Below } branch)
        {
            return;
        }

        var sentence = context.SentenceOf[first];
        var last = first;
        while (last + 1 < window.End && labels[last + 1] == SpanFeatures.Content)
        {
            last++;
        }

        var end = last + 1;
        while (end < window.End && context.SentenceOf[end] == sentence && labels[end] == SpanFeatures.Outside && !inCue[end]
               && context.PositionOf(end, window.CueHead) is { Kind: TreeRelation.Below } b && b.BranchToken == branch.BranchToken)
        {
            end++;
        }

        // Only a clause completed to its last word: stopping short at another label leaves the labels as they were.
        if (end > last + 1 && (end == window.End || context.SentenceOf[end] != sentence || context.PositionOf(end, window.CueHead).BranchToken != branch.BranchToken))
        {
            labels.AsSpan(last + 1, end - last - 1).Fill(SpanFeatures.Content);
        }
    }

    /// <summary>
    /// "warned of a crisis", "asked for help", "talked about taxes": the preposition that links what was said to the
    /// cue is the cue's, not the content's (PolNeAR train annotators left it out about 30 times as often as in).
    /// </summary>
    internal static void DropLeadingPreposition(AttributionContext context, in CueWindow window, int[] labels)
    {
        var first = FirstContentAfterCue(window, labels);

        if (first + 1 < window.End && labels[first + 1] == SpanFeatures.Content && context.QuoteOf[first] < 0
            && context.Tokens[first].Pos == PosTag.IN && context.Lemmas[first] is not ("that" or "whether" or "if"))
        {
            labels[first] = SpanFeatures.Outside;
        }
    }

    /// <summary>Token-by-token labels leave holes in a content; a gap of a few tokens between content tokens is content.</summary>
    private static void FillSmallGaps(in CueWindow window, int[] labels)
    {
        var lastContent = -1;
        for (var t = window.First; t < window.End; t++)
        {
            if (labels[t] == SpanFeatures.Source || (t >= window.CueStart && t < window.CueEnd))
            {
                lastContent = -1;
                continue;
            }

            if (labels[t] != SpanFeatures.Content)
            {
                continue;
            }

            if (lastContent >= 0 && t - lastContent - 1 is > 0 and <= MaxContentGap)
            {
                labels.AsSpan(lastContent + 1, t - lastContent - 1).Fill(SpanFeatures.Content);
            }

            lastContent = t;
        }
    }

    /// <summary>
    /// "Trump says he spoke with Putin but avoids details": what hangs on the cue through a coordination is a second
    /// thing the speaker did, not part of what was said.
    /// </summary>
    internal static void DropCoordinatedPredicates(AttributionContext context, in CueWindow window, int[] labels)
    {
        // Walking back from the window's end, a coordinated stretch is dropped only while no kept content of the
        // cue's sentence follows it: one that the content resumes after ("he's proud of his campaign and expects to
        // leave with a “solid share”") is the misparsed middle of what was said, and dropping it would leave a hole.
        var cueSentence = context.SentenceOf[window.CueHead];
        var contentFollows = false;
        for (var t = window.End - 1; t >= window.First; t--)
        {
            if (labels[t] != SpanFeatures.Content)
            {
                continue;
            }

            var coordinated = context.QuoteOf[t] < 0 && context.PositionOf(t, window.CueHead) is { Kind: TreeRelation.Below } below
                && context.Relation(below.BranchToken) is "conj" or "cc";
            if (coordinated && !(contentFollows && t >= window.CueEnd))
            {
                labels[t] = SpanFeatures.Outside;
            }
            else if (!coordinated)
            {
                contentFollows = context.SentenceOf[t] == cueSentence && t >= window.CueEnd;
            }
        }
    }

    /// <summary>
    /// A quotation is said whole: when a good part of one is content, the greedy labeller's gaps inside it (a nested
    /// "his claims suggest", a sentence break) are filled, so the claim keeps the whole quote.
    /// </summary>
    private static void CompleteQuotations(AttributionContext context, in CueWindow window, int[] labels)
    {
        var tokens = context.Tokens;
        for (var t = window.First; t < window.End;)
        {
            var quote = context.QuoteOf[t];
            if (quote < 0)
            {
                t++;
                continue;
            }

            var end = t;
            int words = 0, contentWords = 0;
            while (end < window.End && context.QuoteOf[end] == quote)
            {
                if (tokens[end].Has(TokenShape.Word))
                {
                    words++;
                    contentWords += labels[end] == SpanFeatures.Content ? 1 : 0;
                }

                end++;
            }

            if (contentWords >= MinQuoteContentWords && contentWords * QuoteCompletionShare >= words)
            {
                for (var k = t; k < end; k++)
                {
                    if ((k < window.CueStart || k >= window.CueEnd) && labels[k] == SpanFeatures.Outside)
                    {
                        labels[k] = SpanFeatures.Content;
                    }
                }
            }

            t = end;
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

        if (IsFunctionWord(context, window) || IsNegated(context, window.CueHead))
        {
            return null;
        }

        var source = NearestRun(context, labels, window, SpanFeatures.Source);
        source = source.End > source.Start ? AntecedentOfRelativePronoun(context, window, source) : SubjectOf(context, window);
        if (OpeningOfInsertedAttribution(context, window, content, source) is { } opening)
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

    /// <summary>
    /// "Too often, Mr. Clarke said, the debate is …": a source and cue set off by commas inside the sentence interrupt
    /// what was said, whose opening words before them are content too. In PolNeAR train, of 260 attributions whose source
    /// and cue stand between commas with unquoted content after the cue, the content takes in the unquoted words
    /// before the source 198 times and leaves them out 44 times. Returns that opening, or null when the pattern does
    /// not hold or the content already reaches before the cue.
    /// </summary>
    internal static TextRange? OpeningOfInsertedAttribution(AttributionContext context, in CueWindow window, List<TextRange> content, (int Start, int End) source)
    {
        var doc = context.Doc;
        var tokens = context.Tokens;
        var after = window.CueEnd;
        if (source.End <= source.Start || source.End > window.CueStart || after >= tokens.Length || tokens[after].Pos != PosTag.Comma
            || content[0].Start < tokens[after].End)
        {
            return null;
        }

        var sentence = context.SentenceOf[window.CueHead];
        var comma = source.Start - 1;
        if (comma > 0 && tokens[comma].Pos != PosTag.Comma && doc.TokenText(comma) is "as" or "As")
        {
            comma--;
        }

        var first = doc.Sentences[sentence].FirstToken;
        if (comma <= first || tokens[comma].Pos != PosTag.Comma || context.SentenceOf[comma] != sentence || context.SentenceOf[after] != sentence)
        {
            return null;
        }

        var firstContent = doc.FirstTokenEndingAfter(content[0].Start);
        if (context.QuoteOf[firstContent] >= 0)
        {
            return null;
        }

        var words = false;
        for (var t = first; t < comma; t++)
        {
            if (context.QuoteOf[t] >= 0)
            {
                return null;
            }

            words |= tokens[t].Has(TokenShape.Word);
        }

        return words ? new TextRange(tokens[first].Start, tokens[comma - 1].End) : null;
    }

    /// <summary>
    /// A cue is a predicate: a verb, a speech noun, "according to", a dash or colon. A determiner, preposition or adverb
    /// the tagger marked on its own ("the", "about", "often") is the stray end of a phrase it missed, right about a
    /// third of the time in dev.
    /// </summary>
    private static bool IsFunctionWord(AttributionContext context, in CueWindow window) =>
        window.CueLemma != "according to"
        && context.Tokens[window.CueHead].Pos is PosTag.DT or PosTag.PDT or PosTag.IN or PosTag.TO or PosTag.CC or PosTag.PRPS or PosTag.WPS
            or PosTag.RB or PosTag.RBR or PosTag.RBS or PosTag.EX;

    /// <summary>"has not responded", "never said": speech that did not happen is no claim.</summary>
    private static bool IsNegated(AttributionContext context, int cueHead)
    {
        for (var child = context.FirstChild[cueHead]; child >= 0; child = context.NextSibling[child])
        {
            if (context.Relation(child) == "neg")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// When the labeller marked no source, the cue's grammatical subject is one ("the senator has argued …"): the
    /// subject's subtree, if it is contiguous and short.
    /// </summary>
    private static (int Start, int End) SubjectOf(AttributionContext context, in CueWindow window)
    {
        const int MaxClimb = 3;
        var predicate = window.CueHead;
        var subject = SubjectOf(context, window, predicate);

        // "…, saying that …", "refused to say …", "tried to use the ad, accusing her …": a participle or infinitive
        // shares its governor's subject, however many such links lead up to it; so does the speech noun of a
        // support verb ("Trump has made a bold claim").
        for (var climb = 0; climb < MaxClimb && subject.End <= subject.Start; climb++)
        {
            var governor = context.Tokens[predicate].Head;
            var relation = context.Relation(predicate);
            if (governor < 0 || !(relation is "xcomp" or "advcl" or "conj" || (relation == "dobj" && WordClasses.SupportVerbs.Contains(context.Lemmas[governor]))))
            {
                break;
            }

            predicate = governor;
            subject = SubjectOf(context, window, predicate);
        }

        return subject;
    }

    private static (int Start, int End) SubjectOf(AttributionContext context, in CueWindow window, int predicate)
    {
        const int MaxSubjectTokens = 12;
        for (var child = context.FirstChild[predicate]; child >= 0; child = context.NextSibling[child])
        {
            if (context.Relation(child) != "nsubj" || context.Tokens[child].Pos is PosTag.WDT or PosTag.EX)
            {
                continue;
            }

            int start = child, end = child + 1;
            while (start > window.First && start > child - MaxSubjectTokens && IsWithin(context, start - 1, child))
            {
                start--;
            }

            while (end < context.Tokens.Length && end != window.CueStart && end < child + MaxSubjectTokens && IsWithin(context, end, child))
            {
                end++;
            }

            return (start, end);
        }

        return (0, 0);
    }

    /// <summary>Whether <paramref name="token"/> lies in the dependency subtree of <paramref name="root"/>.</summary>
    private static bool IsWithin(AttributionContext context, int token, int root) =>
        context.PositionOf(token, root).Kind is TreeRelation.Below or TreeRelation.Self;

    /// <summary>"critics who argue that …": the source is the noun the relative clause hangs on, not "who".</summary>
    private static (int Start, int End) AntecedentOfRelativePronoun(AttributionContext context, in CueWindow window, (int Start, int End) source)
    {
        var tokens = context.Tokens;
        if (source.End - source.Start != 1 || tokens[source.Start].Pos is not (PosTag.WP or PosTag.WDT)
            || context.Relation(window.CueHead) is not ("rcmod" or "acl:relcl"))
        {
            return source;
        }

        var noun = tokens[window.CueHead].Head;
        if (noun < 0 || !tokens[noun].Pos.IsNoun())
        {
            return source;
        }

        var start = noun;
        for (var child = context.FirstChild[noun]; child >= 0; child = context.NextSibling[child])
        {
            if (child < start && context.Relation(child) is "det" or "amod" or "nn" or "compound" or "poss" or "num" or "nummod")
            {
                start = child;
            }
        }

        // The mention runs from the antecedent through the pronoun ("critics who"): both name the source.
        return source.Start > noun && source.Start - noun <= 2 ? (start, source.End) : (start, noun + 1);
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

/// <summary>Per token, the span labeller's score for content (and for source) over the best other label.</summary>
internal sealed class SpanPreferences(int tokenCount)
{
    public float[] Content { get; } = new float[tokenCount];

    public float[] Source { get; } = new float[tokenCount];

    public float MeanContent(AnnotatedDocument doc, IReadOnlyList<TextRange> content)
    {
        float sum = 0;
        var count = 0;
        foreach (var range in content)
        {
            var (first, end) = doc.TokensIn(range.Start, range.End);
            for (var t = first; t < end; t++)
            {
                sum += Content[t];
                count++;
            }
        }

        return count == 0 ? 0 : sum / count;
    }

    public float MeanSource((int Start, int End) source)
    {
        float sum = 0;
        for (var t = source.Start; t < source.End; t++)
        {
            sum += Source[t];
        }

        return source.End > source.Start ? sum / (source.End - source.Start) : 0;
    }
}
