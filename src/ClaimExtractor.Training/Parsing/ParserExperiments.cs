using System.Diagnostics;
using ClaimExtraction.Tagging.Parsing;
using ClaimExtraction.Training.Corpus;

namespace ClaimExtraction.Training.Parsing;

/// <summary>
/// Diagnostics for tuning the parser (<c>parser-ablate MODEL DATA</c>): the dev UAS/LAS lost when one feature template
/// is left out of a trained model (no retraining: an upper bound of its worth), and where the parse time goes.
/// </summary>
internal static class ParserExperiments
{
    private const ulong Absent = 0x0123_4567_89AB_CDEFUL;

    private static HashSet<int> s_drop = [];
    private static bool s_skipLabels;

    public static int Run(string modelPath, string dataDir, string? drop = null)
    {
        DependencyParser parser;
        using (var stream = File.OpenRead(modelPath))
        {
            parser = DependencyParser.Read(stream);
        }

        var sentences = Load(dataDir, parser, out var punct);
        Console.WriteLine($"moves: {parser.MoveWeights.ClassCount} classes; features total {parser.FeatureCount}, entries {parser.EntryCount}");
        if (drop == "time")
        {
            for (var round = 0; round < 4; round++)
            {
                s_skipLabels = round % 2 == 1;
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var tokens = 0L;
                for (var r = 0; r < 5; r++)
                {
                    Score(parser, sentences, punct, -1, -1);
                    tokens += sentences.Sum(x => x.Length);
                }

                var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                Console.WriteLine($"labels {(s_skipLabels ? "skipped" : "scored")}: {tokens / seconds:N0} tokens/s");
            }

            return 0;
        }

        var (uas, las) = Score(parser, sentences, punct, -1, -1);
        Console.WriteLine($"base UAS {uas:F4} LAS {las:F4}");
        if (drop is not null)
        {
            s_drop = drop.Split(',').Select(int.Parse).ToHashSet();
            var (du, dl) = Score(parser, sentences, punct, -1, -1);
            Console.WriteLine($"without {s_drop.Count} templates: UAS {du:F4} LAS {dl:F4}");
            return 0;
        }
        for (var t = 0; t < ParserFeatures.MaxTransitionFeatures; t++)
        {
            var (u, l) = Score(parser, sentences, punct, t, -1);
            if (u < 0)
            {
                break;
            }

            Console.WriteLine($"T {t,3} dUAS {uas - u:F4} dLAS {las - l:F4}");
        }

        for (var t = 0; t < ParserFeatures.MaxLabelFeatures; t++)
        {
            var (u, l) = Score(parser, sentences, punct, -1, t);
            if (u < 0)
            {
                break;
            }

            Console.WriteLine($"L {t,3} dUAS {uas - u:F4} dLAS {las - l:F4}");
        }

        return 0;
    }

    private static List<ParserSentence> Load(string dataDir, DependencyParser parser, out List<bool[]> punct)
    {
        var articles = CoreNlpCorpus.Read(dataDir).ToList();
        var labels = parser.Labels.ToList();
        var sentences = ParserCorpus.ToSentences(articles, labels, out _);
        punct = [];
        var punctTags = new HashSet<string>(StringComparer.Ordinal) { ",", ".", ":", "``", "''", "-LRB-", "-RRB-" };
        foreach (var article in articles)
        {
            foreach (var sentence in article.Sentences)
            {
                punct.Add(sentence.Select(t => punctTags.Contains(t.Pos)).ToArray());
            }
        }

        if (punct.Count != sentences.Count)
        {
            throw new InvalidDataException("sentences were skipped");
        }

        return sentences;
    }

    private static (double Uas, double Las) Score(DependencyParser parser, List<ParserSentence> sentences, List<bool[]> punct, int dropMove, int dropLabel)
    {
        var state = new ParseState(256);
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxTransitionFeatures];
        Span<float> scores = stackalloc float[64];
        long total = 0, head = 0, both = 0;
        for (var si = 0; si < sentences.Count; si++)
        {
            var sentence = sentences[si];
            var n = sentence.Length;
            state.Reset(n);
            for (var i = 0; i < n; i++)
            {
                state.Words[i] = parser.MapWord(sentence.Words[i]);
            }

            sentence.Shapes?.CopyTo(state.Shapes, 0);
            sentence.Tags.CopyTo(state.Tags, 0);
            while (!state.IsTerminal)
            {
                if (DependencyParser.ForcedMove(state) is not { } move)
                {
                    var count = ParserFeatures.Transition(state, features);
                    if (dropMove >= count)
                    {
                        return (-1, -1);
                    }

                    if (dropMove >= 0)
                    {
                        features[dropMove] = Absent;
                    }

                    foreach (var d in s_drop)
                    {
                        features[d] = Absent;
                    }

                    parser.MoveWeights.Score(features[..count], scores);
                    move = DependencyParser.BestLegalMove(state, scores);
                }

                var label = 0;
                if (move != Move.Shift)
                {
                    var h = state.HeadFor(move);
                    if (h != state.Length && !s_skipLabels)
                    {
                        var count = ParserFeatures.Label(state, h, state.Stack[state.StackCount - 1], features);
                        if (dropLabel >= count)
                        {
                            return (-1, -1);
                        }

                        if (dropLabel >= 0)
                        {
                            features[dropLabel] = Absent;
                        }

                        parser.LabelWeights.Score(features[..count], scores);
                        label = DependencyParser.BestArcLabel(scores[..parser.Labels.Count]);
                    }
                }

                state.Apply(move, label);
            }

            for (var i = 0; i < n; i++)
            {
                if (punct[si][i])
                {
                    continue;
                }

                total++;
                if (state.Heads[i] == sentence.Heads[i])
                {
                    head++;
                    both += state.Labels[i] == sentence.Labels[i] ? 1 : 0;
                }
            }
        }

        return ((double)head / total, (double)both / total);
    }
}
