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

    /// <summary>Every this-many-th article is held out to fit the calibration.</summary>
    public const int HeldOutEvery = 8;

    public string Name => "attribution";

    public void Train(TrainingContext context)
    {
        var clock = Stopwatch.StartNew();
        var articles = AttributionCorpus.Read(context.DataDirectory, context.Log);
        context.Log($"attribution: analysed in {clock.Elapsed.TotalSeconds:F1} s");

        var fitting = articles.Where((_, i) => i % HeldOutEvery != 0).ToList();
        var heldOut = articles.Where((_, i) => i % HeldOutEvery == 0).ToList();
        var provisional = TrainModels(fitting, Calibration.Constant(0.5f), context.Log);
        var calibration = FitCalibration(provisional, heldOut, context.Log);
        var model = TrainModels(articles, calibration, context.Log);

        var path = context.OutputPath(ModelStore.AttributionFile);
        ModelFile.Write(path, AttributionModel.Kind, AttributionModel.Version, model.Write);
        context.Log($"attribution: {model.Cues.FeatureCount} cue and {model.Spans.FeatureCount} span features; wrote {path} ({new FileInfo(path).Length / 1024.0:F0} KiB) after {clock.Elapsed.TotalSeconds:F1} s");
    }

    public static AttributionModel TrainModels(IReadOnlyList<AttributionArticle> articles, Calibration calibration, Action<string> log)
    {
        var cues = new AveragedPerceptron(CueFeatures.ClassCount);
        var spans = new AveragedPerceptron(SpanFeatures.ClassCount);
        var random = new DeterministicRandom(Seed);
        Span<ulong> features = stackalloc ulong[Math.Max(CueFeatures.Max, SpanFeatures.Max)];
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

        var examples = new List<(AttributionArticle Article, CueWindow Window, int[] Labels)>();
        foreach (var article in articles)
        {
            foreach (var (window, labels) in article.Spans)
            {
                examples.Add((article, window, labels));
            }
        }

        order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < SpanEpochs; epoch++)
        {
            random.Shuffle(order);
            long errors = 0;
            foreach (var index in order)
            {
                var (article, window, labels) = examples[index];
                var previous = SpanFeatures.Outside;
                for (var t = window.First; t < window.End; t++)
                {
                    if (t >= window.CueStart && t < window.CueEnd)
                    {
                        previous = SpanFeatures.Outside;
                        continue;
                    }

                    var n = SpanFeatures.Extract(article.Context, window, t, previous, features);
                    var guess = spans.Predict(features[..n], scores);
                    var truth = labels[t - window.First];
                    spans.Update(features[..n], truth, guess);
                    spans.Tick();
                    errors += guess == truth ? 0 : 1;
                    previous = guess;
                }
            }

            log($"attribution: span epoch {epoch + 1}: {errors} token errors");
        }

        return new AttributionModel(cues.Freeze(MinimumWeight), spans.Freeze(MinimumWeight), calibration);
    }

    /// <summary>Bins the held-out predictions by cue margin into ten equal-count bins, makes the rates monotone, and places each at its bin's mean margin.</summary>
    private static Calibration FitCalibration(AttributionModel model, IReadOnlyList<AttributionArticle> heldOut, Action<string> log)
    {
        var finder = new LearnedAttribution(model);
        var points = new List<(float Margin, bool Right)>();
        foreach (var article in heldOut)
        {
            var candidates = finder.Find(article.Context, CancellationToken.None);
            var matched = ClaimMatcher.Match(article.Text, candidates.Select(c => (IReadOnlyList<(int, int)>)c.Content.Select(r => (r.Start, r.End)).ToList()).ToList(), article.Gold);
            for (var i = 0; i < candidates.Count; i++)
            {
                if (candidates[i].HasCue)
                {
                    points.Add((candidates[i].CueMargin, matched[i] >= 0));
                }
            }
        }

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
