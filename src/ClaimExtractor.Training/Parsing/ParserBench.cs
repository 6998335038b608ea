using System.Diagnostics;
using ClaimExtractor.Documents;
using ClaimExtractor.Tagging.Parsing;
using ClaimExtractor.Training.Corpus;

namespace ClaimExtractor.Training.Parsing;

internal static class ParserBench
{
    public static int Run(string dataDir, string modelPath)
    {
        DependencyParser parser;
        using (var stream = File.OpenRead(modelPath))
        {
            parser = DependencyParser.Read(stream);
        }

        var articles = CoreNlpCorpus.Read(Path.Combine(dataDir, "dev")).ToList();
        var labels = ParserTrainer.CollectLabels(articles);
        var sentences = ParserTrainer.ToSentences(articles, labels, out _);
        var tokens = sentences.Sum(s => s.Length);
        var state = new ParseState(256);
        var features = new ulong[ParserFeatures.MaxTransitionFeatures];
        var scores = new float[64];
        var labelIdx = new int[512];
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var s in sentences) { Load(state, s); parser.Parse(state); }
            var full = clock.Elapsed.TotalSeconds;
            clock.Restart();
            long sink = 0;
            foreach (var s in sentences)
            {
                Load(state, s);
                for (var i = 0; i < s.Length; i++) labelIdx[i] = s.Labels[i];
                while (ArcHybridOracle.Next(state, s.Heads, labelIdx, out var move, out var label))
                {
                    var n = ParserFeatures.Transition(state, features);
                    sink += (long)features[n - 1];
                    if (move != Move.Shift && state.HeadFor(move) != state.Length)
                    {
                        n = ParserFeatures.Label(state, state.HeadFor(move), state.Stack[state.StackCount - 1], features);
                        sink += (long)features[n - 1];
                    }

                    state.Apply(move, label);
                }
            }

            var extract = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var positions = new int[256];
            var checks = new uint[256];
            foreach (var s in sentences)
            {
                Load(state, s);
                for (var i = 0; i < s.Length; i++) labelIdx[i] = s.Labels[i];
                while (ArcHybridOracle.Next(state, s.Heads, labelIdx, out var move, out var label))
                {
                    var n = ParserFeatures.Transition(state, features);
                    parser.MoveWeights.Score(features.AsSpan(0, n), scores, positions, checks);
                    state.Apply(move, label);
                }
            }

            var moveScoring = clock.Elapsed.TotalSeconds;
            clock.Restart();
            foreach (var s in sentences)
            {
                Load(state, s);
                for (var i = 0; i < s.Length; i++) labelIdx[i] = s.Labels[i];
                while (ArcHybridOracle.Next(state, s.Heads, labelIdx, out var move, out var label))
                {
                    if (move != Move.Shift && state.HeadFor(move) != state.Length)
                    {
                        var n = ParserFeatures.Label(state, state.HeadFor(move), state.Stack[state.StackCount - 1], features);
                        parser.LabelWeights.Score(features.AsSpan(0, n), scores, positions, checks);
                    }

                    state.Apply(move, label);
                }
            }

            var labelScoring = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"   move features+scoring {tokens / moveScoring:N0}/s; label features+scoring {tokens / labelScoring:N0}/s");
            clock.Restart();
            foreach (var s in sentences)
            {
                Load(state, s);
                for (var i = 0; i < s.Length; i++) labelIdx[i] = s.Labels[i];
                while (ArcHybridOracle.Next(state, s.Heads, labelIdx, out var move, out var label))
                {
                    state.Apply(move, label);
                }
            }

            var oracle = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"tokens {tokens}: full parse {tokens / full:N0}/s; oracle walk {tokens / oracle:N0}/s; oracle+features {tokens / extract:N0}/s ({sink & 1})");
        }

        return 0;
    }

    private static void Load(ParseState state, ParserSentence s)
    {
        state.Reset(s.Length);
        s.Words.CopyTo(state.Words, 0);
        s.Tags.CopyTo(state.Tags, 0);
    }
}
