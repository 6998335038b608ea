using System.Diagnostics;
using ClaimExtraction.Attribution;
using ClaimExtraction.Models;
using ClaimExtraction.Tagging;
using ClaimExtraction.Training.Commands;

namespace ClaimExtraction.Training.Attribution;

/// <summary>
/// Trains the cue tagger and the span labeller on PolNeAR train (the library's own tokens, tags and parse as
/// input), fits the confidence calibration on held-out articles, and writes attribution.bin. Deterministic.
/// </summary>
internal sealed class AttributionTrainer : ITrainer
{
    public const int CueEpochs = 10;
    public const int SpanEpochs = 10;
    public const float MinimumWeight = 0.5f;
    public const ulong Seed = 20180507;

    /// <summary>
    /// The claim scorer learns from candidates found in articles the cue and span models did not see: the train
    /// split is cut into this many folds, each found by models trained on the others.
    /// </summary>
    public const int Folds = 4;

    public string Name => "attribution";

    public void Train(TrainingContext context)
    {
        var clock = Stopwatch.StartNew();
        var articles = AttributionCorpus.Read(context.DataDirectory, context.Log);
        context.Log($"attribution: analysed in {clock.Elapsed.TotalSeconds:F1} s");

        var foldCues = FindOutOfFoldCues(articles);
        context.Log($"attribution: out-of-fold cues found after {clock.Elapsed.TotalSeconds:F1} s");
        var examples = CrossFitExamples(articles, foldCues, context.Log);
        context.Log($"attribution: {examples.Count} held-out candidates, {examples.Count(e => e.Right)} right, after {clock.Elapsed.TotalSeconds:F1} s");
        var outOfFold = OutOfFoldScores(examples);
        var calibration = FitCalibration(outOfFold, context.Log);
        LogBestThreshold(outOfFold, calibration, articles.Sum(a => a.Gold.Count), context.Log);
        var scorer = ClaimScorerTrainer.Train(examples, Seed);
        var found = TrainModels(articles, AttributionModel.EmptyScorer(), Calibration.Constant(0.5f), context.Log);
        var model = new AttributionModel(found.Cues, found.Spans, scorer, calibration);

        var path = context.OutputPath(ModelStore.AttributionFile);
        ModelFile.Write(path, AttributionModel.Kind, AttributionModel.Version, model.Write);
        context.Log($"attribution: {model.Cues.FeatureCount} cue, {model.Spans.FeatureCount} span and {model.Scorer.FeatureCount} scorer features; wrote {path} ({new FileInfo(path).Length / 1024.0:F0} KiB) after {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>
    /// Gives each article the cues a tagger trained on the other folds finds in it: their extents and misses are
    /// those the span labeller meets on unseen text, which a tagger that saw the article would hide. Returns each fold's
    /// tagger (trained on the other folds), which the cross-fitting reuses.
    /// </summary>
    private static PerceptronModel[] FindOutOfFoldCues(IReadOnlyList<AttributionArticle> articles)
    {
        var cueModels = new PerceptronModel[Folds];
        Parallel.For(0, Folds, fold =>
        {
            var cueModel = cueModels[fold] = TrainCues(articles.Where((_, i) => i % Folds != fold).ToList(), new DeterministicRandom(Seed), _ => { });
            foreach (var article in articles.Where((_, i) => i % Folds == fold))
            {
                article.OutOfFoldCues = LearnedAttribution.FindCues(cueModel, article.Context, CancellationToken.None);
            }
        });

        return cueModels;
    }

    /// <summary>Finds the candidates of each fold with models trained on the other folds and marks which match gold.</summary>
    private static List<ScoredExample> CrossFitExamples(IReadOnlyList<AttributionArticle> articles, PerceptronModel[] foldCues, Action<string> log)
    {
        var perFold = new List<ScoredExample>[Folds];
        Parallel.For(0, Folds, fold =>
        {
            var fitting = articles.Where((_, i) => i % Folds != fold).ToList();
            var model = TrainModels(fitting, AttributionModel.EmptyScorer(), Calibration.Constant(0.5f), _ => { }, foldCues[fold]);
            var finder = new LearnedAttribution(model);
            var examples = new List<ScoredExample>();
            foreach (var article in articles.Where((_, i) => i % Folds == fold))
            {
                var candidates = finder.Find(article.Context, CancellationToken.None);
                var matched = ClaimMatcher.Match(article.Text, candidates.Select(c => (IReadOnlyList<(int, int)>)c.Content.Select(r => (r.Start, r.End)).ToList()).ToList(), article.Gold);
                for (var i = 0; i < candidates.Count; i++)
                {
                    if (candidates[i].ClaimFeatures.Length > 0)
                    {
                        examples.Add(new ScoredExample(candidates[i].ClaimFeatures, matched[i] >= 0, fold));
                    }
                }
            }

            perFold[fold] = examples;
        });

        log("attribution: cross-fitted " + string.Join(", ", perFold.Select((f, i) => $"fold {i} {f.Count}")));
        return perFold.SelectMany(f => f).ToList();
    }

    /// <summary>
    /// The confidence threshold that would have given the best content F1 on the held-out candidates, to check the
    /// library's default <see cref="ClaimExtractorOptions.MinimumConfidence"/> against.
    /// </summary>
    private static void LogBestThreshold(List<(float Score, bool Right)> points, Calibration calibration, int gold, Action<string> log)
    {
        var ranked = points.Select(p => (Probability: calibration.Probability(p.Score), p.Right)).OrderByDescending(p => p.Probability).ToList();
        var report = new List<string>();
        foreach (var threshold in new[] { 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 })
        {
            var kept = ranked.Where(p => p.Probability >= threshold).ToList();
            var right = kept.Count(p => p.Right);
            report.Add($"{threshold:F2}: P {right / (double)Math.Max(1, kept.Count):F3} R {right / (double)gold:F3} F1 {2.0 * right / (kept.Count + gold):F3}");
        }

        log("attribution: held-out content by threshold " + string.Join("; ", report));
    }

    /// <summary>Each example's scorer log-odds from a scorer trained on the other folds, for an honest calibration.</summary>
    private static List<(float Score, bool Right)> OutOfFoldScores(IReadOnlyList<ScoredExample> examples)
    {
        var points = new List<(float, bool)>();
        Span<float> scores = stackalloc float[2];
        for (var fold = 0; fold < Folds; fold++)
        {
            var scorer = ClaimScorerTrainer.Train(examples.Where(e => e.Fold != fold).ToList(), Seed);
            foreach (var example in examples.Where(e => e.Fold == fold))
            {
                scorer.Score(example.Features, scores);
                points.Add((scores[1] - scores[0], example.Right));
            }
        }

        return points;
    }

    /// <summary>Trains the cue tagger and the span labeller on the articles, and puts them together with the given scorer.</summary>
    /// <param name="cues">The cue tagger when one trained on <paramref name="articles"/> is at hand; else it is trained here.</param>
    public static AttributionModel TrainModels(IReadOnlyList<AttributionArticle> articles, PerceptronModel scorer, Calibration calibration, Action<string> log, PerceptronModel? cues = null)
    {
        var spans = new AveragedPerceptron(SpanFeatures.ClassCount);
        var random = new DeterministicRandom(Seed);
        Span<ulong> features = stackalloc ulong[SpanFeatures.Max];
        Span<float> scores = stackalloc float[4];
        var cueModel = cues ?? TrainCues(articles, random, log);
        var examples = new List<(AttributionArticle Article, CueWindow Window, int[] Labels)>();
        var predictedExtents = 0;
        foreach (var article in articles)
        {
            foreach (var (window, labels) in article.Spans)
            {
                examples.Add((article, window, labels));
            }

            predictedExtents += AddPredictedCueWindows(article, article.OutOfFoldCues ?? LearnedAttribution.FindCues(cueModel, article.Context, CancellationToken.None), examples);
        }

        log($"attribution: {predictedExtents} windows around predicted cues whose extent differs from the gold one");

        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < SpanEpochs; epoch++)
        {
            random.Shuffle(order);
            long errors = 0;
            foreach (var index in order)
            {
                var (article, window, labels) = examples[index];
                var walk = default(SpanWalk);
                for (var k = 0; k < window.LabelledTokenCount; k++)
                {
                    var n = SpanFeatures.Extract(article.Context, window, k, ref walk, features);
                    var guess = spans.Predict(features[..n], scores);
                    var truth = labels[window.TokenInLabellingOrder(k) - window.First];
                    spans.Update(features[..n], truth, guess);
                    spans.Tick();
                    errors += guess == truth ? 0 : 1;
                    walk.PreviousLabel = guess;
                }
            }

            log($"attribution: span epoch {epoch + 1}: {errors} token errors");
        }

        return new AttributionModel(cueModel, spans.Freeze(MinimumWeight), scorer, calibration);
    }

    /// <summary>Trains the cue tagger: every token of every sentence, sentences shuffled each epoch.</summary>
    private static PerceptronModel TrainCues(IReadOnlyList<AttributionArticle> articles, DeterministicRandom random, Action<string> log)
    {
        var cues = new AveragedPerceptron(CueFeatures.ClassCount);
        Span<ulong> features = stackalloc ulong[CueFeatures.Max];
        Span<float> scores = stackalloc float[4];

        var sentences = new List<(AttributionArticle Article, int Sentence)>();
        foreach (var article in articles)
        {
            for (var s = 0; s < article.Context.Doc.Sentences.Length; s++)
            {
                sentences.Add((article, s));
            }
        }

        var order = Enumerable.Range(0, sentences.Count).ToArray();
        for (var epoch = 0; epoch < CueEpochs; epoch++)
        {
            random.Shuffle(order);
            long errors = 0;
            foreach (var index in order)
            {
                var (article, s) = sentences[index];
                var sentence = article.Context.Doc.Sentences[s];
                for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    var n = CueFeatures.Extract(article.Context, i, features);
                    var guess = cues.Predict(features[..n], scores);
                    var truth = article.CueLabels[i];
                    cues.Update(features[..n], truth, guess);
                    cues.Tick();
                    errors += guess == truth ? 0 : 1;
                }
            }

            log($"attribution: cue epoch {epoch + 1}: {errors} token errors");
        }

        return cues.Freeze(MinimumWeight);
    }

    /// <summary>
    /// The span labeller runs on the cues the tagger finds, whose extent often differs from the annotators' ("said"
    /// for "said in a phone interview", "described" for "described as"): it also learns from windows around the
    /// predicted cue of each gold attribution, so the words of a gold cue left outside the predicted one are learned
    /// as outside, not content.
    /// </summary>
    private static int AddPredictedCueWindows(AttributionArticle article, IReadOnlyList<FoundCue> predicted, List<(AttributionArticle, CueWindow, int[])> examples)
    {
        var added = 0;
        for (var k = 0; k < article.Spans.Count; k++)
        {
            var gold = article.Spans[k].Window;
            foreach (var cue in predicted)
            {
                if (cue.Start >= gold.CueEnd || cue.End <= gold.CueStart || (cue.Start == gold.CueStart && cue.End == gold.CueEnd))
                {
                    continue;
                }

                var window = CueWindow.Around(article.Context, cue.Start, cue.End);
                examples.Add((article, window, AttributionCorpus.Labels(article.Context, window, article.SpanAttributions[k])));
                added++;
                break;
            }
        }

        return added;
    }

    /// <summary>
    /// Bins held-out (score, right) points into ten equal-count bins, makes the rates monotone and places each at
    /// its bin's mean score.
    /// </summary>
    private static Calibration FitCalibration(List<(float Margin, bool Right)> points, Action<string> log)
    {
        points.Sort((a, b) => a.Margin.CompareTo(b.Margin));
        const int bins = 10;
        var bounds = new List<float>();
        var rates = new List<(double Right, int Count)>();
        for (var b = 0; b < bins; b++)
        {
            var from = points.Count * b / bins;
            var to = points.Count * (b + 1) / bins;
            if (to <= from)
            {
                continue;
            }

            bounds.Add(points.Skip(from).Take(to - from).Average(p => p.Margin));
            rates.Add((points.Skip(from).Take(to - from).Count(p => p.Right), to - from));
        }

        // Pool adjacent violators: a larger margin never gets a smaller probability.
        var pooled = rates.Select((_, index) => new List<int> { index }).ToList();
        var blocks = rates.Select(r => (r.Right, (double)r.Count)).ToList();
        for (var i = 1; i < blocks.Count;)
        {
            if (blocks[i].Right / blocks[i].Item2 < blocks[i - 1].Right / blocks[i - 1].Item2)
            {
                blocks[i - 1] = (blocks[i - 1].Right + blocks[i].Right, blocks[i - 1].Item2 + blocks[i].Item2);
                pooled[i - 1].AddRange(pooled[i]);
                blocks.RemoveAt(i);
                pooled.RemoveAt(i);
                i = Math.Max(1, i - 1);
            }
            else
            {
                i++;
            }
        }

        var probabilities = new float[rates.Count];
        for (var k = 0; k < blocks.Count; k++)
        {
            foreach (var bin in pooled[k])
            {
                probabilities[bin] = (float)(blocks[k].Right / blocks[k].Item2);
            }
        }

        log("attribution: calibration (held-out) " + string.Join(", ", bounds.Select((b, i) => $"{b:F1}: {probabilities[i]:F2}")));
        return new Calibration([.. bounds], probabilities);
    }
}
