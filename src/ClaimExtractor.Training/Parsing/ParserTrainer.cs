using System.Diagnostics;
using ClaimExtraction.Documents;
using ClaimExtraction.Pipeline;
using ClaimExtraction.Tagging;
using ClaimExtraction.Tagging.Parsing;
using ClaimExtraction.Training.Corpus;

namespace ClaimExtraction.Training.Parsing;

/// <summary>Attachment scores (punctuation excluded) and parse speed on one core.</summary>
/// <remarks>
/// <see cref="TokensPerSecond"/> is measured on the CPU time of the (single) parsing thread, so it stays meaningful on a
/// busy shared machine; <see cref="WallTokensPerSecond"/> is the wall-clock rate of the same pass.
/// </remarks>
internal sealed record ParserScores(double Uas, double Las, double TokensPerSecond, int Tokens, int Sentences, double WallTokensPerSecond = 0)
{
    public override string ToString() =>
        $"UAS {Uas:F4}  LAS {Las:F4}  ({Tokens} scored tokens, {Sentences} sentences)  {TokensPerSecond:N0} tokens/s of CPU time " +
        $"({WallTokensPerSecond:N0} tokens/s wall clock)";
}

/// <summary>A gold sentence for training: word ids, tag codes, heads (n = root) and label indices.</summary>
/// <remarks><see cref="Shapes"/> (suffix-and-shape ids) may be null: the parser then sees no shapes.</remarks>
internal sealed record ParserSentence(ulong[] Words, byte[] Tags, int[] Heads, byte[] Labels, ulong[]? Shapes = null)
{
    public int Length => Words.Length;
}

/// <summary>Training knobs; the defaults make the shipped model.</summary>
internal sealed record ParserTrainingOptions
{
    public int Epochs { get; init; } = 10;

    /// <summary>First epoch (0-based) in which the learner follows its own wrong moves (dynamic-oracle exploration).</summary>
    public int ExploreFrom { get; init; } = 1;

    public double ExploreProbability { get; init; } = 0.9;

    /// <summary>Probability of swapping a training tag for a commonly confused one (robustness to tagger errors).</summary>
    public double TagNoise { get; init; }

    /// <summary>Averaged weights smaller than this are dropped from the shipped model.</summary>
    public float MinimumWeight { get; init; } = 1.75f;

    /// <summary>Averaged label weights smaller than this are dropped (labels see fewer updates: smaller weights).</summary>
    public float LabelMinimumWeight { get; init; } = 1f;

    public int Seed { get; init; } = 20161108;

    /// <summary>
    /// Word forms seen fewer times than this are trained (and later parsed) as unknown words; 1 (the default: it
    /// scored better on dev than 2) keeps every form and ships no vocabulary.
    /// </summary>
    public int MinimumWordCount { get; init; } = 1;

    /// <summary>Epochs (1-based) after which the averaged model is scored on dev; tuning aid only.</summary>
    public IReadOnlyList<int> CheckpointEpochs { get; init; } = [];

    /// <summary>Extra pruning thresholds to report (size and dev scores) after training; tuning aid only.</summary>
    public IReadOnlyList<(float Moves, float Labels)> PruneSweep { get; init; } = [];
}

/// <summary>
/// Trains the arc-hybrid <see cref="DependencyParser"/> on the CoreNLP silver trees of PolNeAR train with a dynamic
/// oracle and exploration, and evaluates it on dev. Deterministic: fixed seeds, ordinal file order, sorted labels.
/// </summary>
internal static class ParserTrainer
{
    public const string ModelFileName = "parser.bin";

    /// <summary>Gold tags whose tokens are left out of the attachment scores.</summary>
    private static readonly HashSet<string> PunctuationTags = new(StringComparer.Ordinal) { ",", ".", ":", "``", "''", "-LRB-", "-RRB-" };

    public static int Train(string dataDir, string outDir) => Train(dataDir, outDir, new ParserTrainingOptions());

    public static int Train(string dataDir, string outDir, ParserTrainingOptions options)
    {
        var clock = Stopwatch.StartNew();
        var articles = CoreNlpCorpus.Read(Path.Combine(dataDir, "train")).ToList();
        var labels = ParserCorpus.CollectLabels(articles);
        var sentences = ParserCorpus.ToSentences(articles, labels, out var lifted);
        Console.WriteLine($"parser: {sentences.Count} training sentences, {sentences.Sum(s => s.Length)} tokens, " +
                          $"{labels.Count} labels, {lifted} non-projective trees lifted ({clock.Elapsed.TotalSeconds:F1}s to load)");
        var dev = Path.Combine(dataDir, "dev");
        var hasDev = Directory.Exists(Path.Combine(dev, "corenlp"));
        Action<int, AveragedPerceptron, AveragedPerceptron, ulong[]>? checkpoint = !hasDev || options.CheckpointEpochs.Count == 0 ? null :
            (epoch, m, l, v) =>
            {
                if (options.CheckpointEpochs.Contains(epoch))
                {
                    var candidate = new DependencyParser(labels, m.Freeze(options.MinimumWeight), l.Freeze(options.LabelMinimumWeight), v);
                    Console.WriteLine($"parser checkpoint after epoch {epoch}: dev {Evaluate(dataDir, candidate)}");
                }
            };
        var (moves, labeler, vocabulary) = TrainPerceptrons(sentences, labels, options, Console.WriteLine, checkpoint);
        foreach (var threshold in options.PruneSweep)
        {
            var candidate = new DependencyParser(labels, moves.Freeze(threshold.Moves), labeler.Freeze(threshold.Labels), vocabulary);
            using var sized = new MemoryStream();
            candidate.Write(sized);
            Console.WriteLine($"parser prune {threshold}: {sized.Length / 1024.0 / 1024.0:F2} MB, {candidate.FeatureCount} features, " +
                              $"{candidate.EntryCount} weights; dev {Evaluate(dataDir, candidate)}");
            var sweepDir = Path.Combine(outDir, FormattableString.Invariant($"prune-{threshold.Moves}-{threshold.Labels}"));
            Directory.CreateDirectory(sweepDir);
            File.WriteAllBytes(Path.Combine(sweepDir, ModelFileName), sized.ToArray());
        }

        var parser = new DependencyParser(labels, moves.Freeze(options.MinimumWeight), labeler.Freeze(options.LabelMinimumWeight), vocabulary);
        Console.WriteLine($"parser: vocabulary of {vocabulary.Length} word forms");
        Directory.CreateDirectory(outDir);
        var path = Path.Combine(outDir, ModelFileName);
        using (var buffer = new MemoryStream())
        {
            parser.Write(buffer);
            File.WriteAllBytes(path, buffer.ToArray());
        }

        Console.WriteLine($"parser: wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F2} MB, {parser.FeatureCount} features, " +
                          $"{parser.EntryCount} weights) after {clock.Elapsed.TotalMinutes:F1} min");
        DependencyParser reloaded;
        using (var stream = File.OpenRead(path))
        {
            reloaded = DependencyParser.Read(stream);
        }

        if (hasDev)
        {
            Console.WriteLine($"parser dev: {Evaluate(dataDir, reloaded)}");
        }

        return 0;
    }

    /// <summary>Scores the parser embedded in the library on the dev split.</summary>
    public static ParserScores Evaluate(string dataDir)
    {
        var parser = DependencyParser.LoadEmbedded();
        return Evaluate(dataDir, parser);
    }

    /// <param name="dataDir">The corpus root (holding the split's folder).</param>
    /// <param name="parser">The parser to score.</param>
    /// <param name="split">The split to score on.</param>
    /// <param name="maxArticles">Only the first articles of the split (quick checks).</param>
    /// <param name="tagger">When given, it re-tags the tokens first: scores on predicted rather than CoreNLP tags.</param>
    public static ParserScores Evaluate(
        string dataDir, DependencyParser parser, string split = "dev", int maxArticles = int.MaxValue, IDocumentStage? tagger = null)
    {
        var articles = CoreNlpCorpus.Read(Path.Combine(dataDir, split)).Take(maxArticles).ToList();
        var documents = new List<(AnnotatedDocument Document, CoreNlpArticle Article)>(articles.Count);
        foreach (var article in articles)
        {
            var document = ParserCorpus.ToDocument(article);
            tagger?.Process(document, CancellationToken.None);
            documents.Add((document, article));
        }

        // Warm up (JIT, tiered compilation), then time a clean pass on one thread.
        for (var round = 0; round < 2; round++)
        {
            foreach (var (document, _) in documents)
            {
                parser.Process(document, CancellationToken.None);
            }
        }

        // Best of three timed passes: the machine is shared, the fastest pass is the least disturbed one.
        var tokenCount = documents.Sum(d => d.Document.Tokens.Length);
        var bestSeconds = double.MaxValue;
        var bestCpuSeconds = double.MaxValue;
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < 3; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var (document, _) in documents)
            {
                parser.Process(document, CancellationToken.None);
            }

            bestSeconds = Math.Min(bestSeconds, clock.Elapsed.TotalSeconds);
            process.Refresh();
            bestCpuSeconds = Math.Min(bestCpuSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
        }

        var breakdown = Environment.GetEnvironmentVariable("PARSER_BREAKDOWN") == "1" ? new SortedDictionary<string, int[]>(StringComparer.Ordinal) : null;
        var dumpPath = Environment.GetEnvironmentVariable("PARSER_DUMP");
        using var dump = dumpPath is null ? null : new StreamWriter(dumpPath);
        long scored = 0, headRight = 0, bothRight = 0;
        var sentenceCount = 0;
        foreach (var (document, article) in documents)
        {
            var first = 0;
            foreach (var sentence in article.Sentences)
            {
                sentenceCount++;
                for (var i = 0; i < sentence.Length; i++)
                {
                    var gold = sentence[i];
                    if (dump is not null)
                    {
                        var p = document.Tokens[first + i];
                        dump.WriteLine($"{sentenceCount}\t{i + 1}\t{gold.Word}\t{gold.Pos}\t{gold.Head}\t{gold.Relation}\t{(p.Head < 0 ? 0 : p.Head - first + 1)}\t{p.Relation}");
                        if (i == sentence.Length - 1)
                        {
                            dump.WriteLine();
                        }
                    }

                    if (PunctuationTags.Contains(gold.Pos))
                    {
                        continue;
                    }

                    var token = document.Tokens[first + i];
                    var goldHead = gold.Head == 0 ? -1 : first + gold.Head - 1;
                    scored++;
                    if (breakdown is not null)
                    {
                        var key = gold.Relation;
                        if (!breakdown.TryGetValue(key, out var cell))
                        {
                            breakdown[key] = cell = new int[3];
                        }

                        cell[0]++;
                        cell[1] += token.Head == goldHead ? 1 : 0;
                        cell[2] += token.Head == goldHead && token.Relation == gold.Relation ? 1 : 0;
                    }

                    if (token.Head == goldHead)
                    {
                        headRight++;
                        if (string.Equals(token.Relation, gold.Relation, StringComparison.Ordinal))
                        {
                            bothRight++;
                        }
                    }
                }

                first += sentence.Length;
            }
        }

        if (breakdown is not null)
        {
            foreach (var (key, cell) in breakdown.OrderByDescending(kv => kv.Value[0] - kv.Value[1]))
            {
                Console.WriteLine($"  {key,-14} {cell[0],7} head-errors {cell[0] - cell[1],6} ({1 - (double)cell[1] / cell[0]:P1}) label-errors {cell[1] - cell[2],6}");
            }
        }

        return new ParserScores(
            scored == 0 ? 0 : (double)headRight / scored,
            scored == 0 ? 0 : (double)bothRight / scored,
            tokenCount / Math.Max(bestCpuSeconds, 1e-9),
            (int)scored,
            sentenceCount,
            tokenCount / Math.Max(bestSeconds, 1e-9));
    }

    /// <summary>Trains on in-memory sentences; <paramref name="labels"/>[0] must be <see cref="DependencyParser.RootLabel"/>.</summary>
    public static DependencyParser TrainModel(
        IReadOnlyList<ParserSentence> sentences, IReadOnlyList<string> labels, ParserTrainingOptions options, Action<string>? log = null)
    {
        var (moves, labeler, vocabulary) = TrainPerceptrons(sentences, labels, options, log);
        return new DependencyParser(labels, moves.Freeze(options.MinimumWeight), labeler.Freeze(options.LabelMinimumWeight), vocabulary);
    }

    /// <summary>Runs the training epochs; returns the move and label perceptrons before freezing.</summary>
    public static (AveragedPerceptron Moves, AveragedPerceptron Labeler, ulong[] Vocabulary) TrainPerceptrons(
        IReadOnlyList<ParserSentence> sentences, IReadOnlyList<string> labels, ParserTrainingOptions options, Action<string>? log = null,
        Action<int, AveragedPerceptron, AveragedPerceptron, ulong[]>? checkpoint = null)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var sentence in options.MinimumWordCount > 1 ? sentences : [])
        {
            foreach (var word in sentence.Words)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        var vocabulary = options.MinimumWordCount <= 1
            ? []
            : counts.Where(kv => kv.Value >= options.MinimumWordCount).Select(kv => kv.Key).Order().ToArray();
        var known = new HashSet<ulong>(vocabulary);
        var mapWords = vocabulary.Length > 0;

        var labelCount = labels.Count;
        var moves = new AveragedPerceptron(3);
        var labeler = new AveragedPerceptron(labelCount);
        var random = new Random(options.Seed);
        var order = new int[sentences.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var state = new ParseState(256);
        var features = new ulong[ParserFeatures.MaxTransitionFeatures];
        var scores = new float[64];
        Span<int> costs = stackalloc int[3];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            Shuffle(order, random);
            var explore = epoch >= options.ExploreFrom;
            long decisions = 0, mistakes = 0, arcs = 0, labelMistakes = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var n = sentence.Length;
                state.Reset(n);
                for (var i = 0; i < n; i++)
                {
                    var word = sentence.Words[i];
                    state.Words[i] = !mapWords || known.Contains(word) ? word : ParseState.UnknownWord;
                }

                sentence.Shapes?.CopyTo(state.Shapes, 0);
                sentence.Tags.CopyTo(state.Tags, 0);
                if (options.TagNoise > 0)
                {
                    AddTagNoise(state.Tags.AsSpan(0, n), options.TagNoise, random);
                }

                var gold = sentence.Heads;
                while (!state.IsTerminal)
                {
                    var legalCount = 0;
                    var minCost = int.MaxValue;
                    var only = Move.Shift;
                    for (var m = Move.Shift; m <= Move.Right; m++)
                    {
                        if (!state.IsLegal(m))
                        {
                            costs[(int)m] = int.MaxValue;
                            continue;
                        }

                        legalCount++;
                        only = m;
                        costs[(int)m] = ArcHybridOracle.Cost(state, m, gold);
                        minCost = Math.Min(minCost, costs[(int)m]);
                    }

                    Move move;
                    if (legalCount == 1)
                    {
                        move = only;
                    }
                    else
                    {
                        var count = ParserFeatures.Transition(state, features);
                        var f = features.AsSpan(0, count);
                        moves.Score(f, scores.AsSpan(0, 3));
                        moves.Tick();
                        decisions++;
                        var predicted = DependencyParser.BestLegalMove(state, scores);
                        var best = Move.Shift;
                        var bestScore = float.NegativeInfinity;
                        var found = false;
                        for (var m = Move.Shift; m <= Move.Right; m++)
                        {
                            if (costs[(int)m] == minCost && (!found || scores[(int)m] > bestScore))
                            {
                                best = m;
                                bestScore = scores[(int)m];
                                found = true;
                            }
                        }

                        if (costs[(int)predicted] > minCost)
                        {
                            mistakes++;
                            moves.Update(f, (int)best, (int)predicted);
                            move = explore && random.NextDouble() < options.ExploreProbability ? predicted : best;
                        }
                        else
                        {
                            move = predicted;
                        }
                    }

                    var label = 0;
                    if (move != Move.Shift)
                    {
                        var head = state.HeadFor(move);
                        var dependent = state.Stack[state.StackCount - 1];
                        if (head != n)
                        {
                            var count = ParserFeatures.Label(state, head, dependent, features);
                            var f = features.AsSpan(0, count);
                            labeler.Score(f, scores.AsSpan(0, labelCount));
                            labeler.Tick();
                            var predicted = DependencyParser.BestArcLabel(scores.AsSpan(0, labelCount));
                            label = predicted;
                            if (gold[dependent] == head && sentence.Labels[dependent] != 0)
                            {
                                arcs++;
                                var truth = sentence.Labels[dependent];
                                if (predicted != truth)
                                {
                                    labelMistakes++;
                                    labeler.Update(f, truth, predicted);
                                }

                                if (!explore)
                                {
                                    label = truth;
                                }
                            }
                        }
                    }

                    state.Apply(move, label);
                }
            }

            log?.Invoke($"parser epoch {epoch + 1}/{options.Epochs}: move errors {(double)mistakes / Math.Max(1, decisions):P2}, " +
                        $"label errors {(double)labelMistakes / Math.Max(1, arcs):P2}, {moves.FeatureCount + labeler.FeatureCount} features, " +
                        $"{clock.Elapsed.TotalSeconds:F1}s");
            checkpoint?.Invoke(epoch + 1, moves, labeler, vocabulary);
        }

        return (moves, labeler, vocabulary);
    }

    private static void Shuffle(int[] order, Random random)
    {
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }

    /// <summary>Pairs of tags a tagger confuses; a noisy training tag is swapped for its partner.</summary>
    private static readonly (PosTag A, PosTag B)[] Confusions =
    [
        (PosTag.NN, PosTag.NNP), (PosTag.NN, PosTag.JJ), (PosTag.NNS, PosTag.VBZ), (PosTag.VBD, PosTag.VBN),
        (PosTag.VB, PosTag.VBP), (PosTag.IN, PosTag.RP), (PosTag.IN, PosTag.RB), (PosTag.JJ, PosTag.VBN),
        (PosTag.VBG, PosTag.NN), (PosTag.RB, PosTag.JJ), (PosTag.WDT, PosTag.IN), (PosTag.NNPS, PosTag.NNS),
        (PosTag.VBP, PosTag.NN), (PosTag.JJ, PosTag.NNP), (PosTag.DT, PosTag.IN),
    ];

    private static void AddTagNoise(Span<byte> tags, double rate, Random random)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            if (random.NextDouble() >= rate)
            {
                continue;
            }

            var tag = (PosTag)tags[i];
            foreach (var (a, b) in Confusions)
            {
                if (tag == a)
                {
                    tags[i] = (byte)b;
                    break;
                }

                if (tag == b)
                {
                    tags[i] = (byte)a;
                    break;
                }
            }
        }
    }
}
