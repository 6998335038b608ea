using ClaimExtraction.Tests.Support;
using ClaimExtraction.Documents;
using ClaimExtraction.Tagging;
using ClaimExtraction.Tagging.Parsing;
using ClaimExtraction.Training.Parsing;

namespace ClaimExtraction.Tests.Tagging;

public class ParserTests
{
    private static readonly string[] SyntheticLabels = ["root", "amod", "det", "dobj", "nsubj", "punct"];

    [Fact]
    public void Oracle_rebuilds_a_projective_gold_tree()
    {
        // "The senator said that he would resign ." in parser numbering (n = 8 is the root).
        int[] gold = [1, 2, 8, 6, 6, 6, 2, 2];
        int[] labels = [1, 2, 0, 3, 4, 5, 6, 7];
        ArcHybridOracle.IsProjective(gold).Should().BeTrue();

        var state = new ParseState(4);
        state.Reset(gold.Length);
        var steps = 0;
        while (ArcHybridOracle.Next(state, gold, labels, out var move, out var label))
        {
            state.IsLegal(move).Should().BeTrue();
            ArcHybridOracle.Cost(state, move, gold).Should().Be(0, "the oracle only takes moves that lose no gold arc");
            state.Apply(move, label);
            steps++;
        }

        steps.Should().Be(2 * gold.Length, "every token is shifted once and attached once");
        state.Heads.AsSpan(0, gold.Length).ToArray().Should().Equal(gold);
        state.Labels.AsSpan(0, gold.Length).ToArray().Select(l => (int)l).Should().Equal(labels);
    }

    [Fact]
    public void Dynamic_oracle_costs_count_lost_arcs()
    {
        // a <- b, root -> b, b -> c : heads [1, 3, 1], root = 3.
        int[] gold = [1, 3, 1];
        var state = new ParseState(4);
        state.Reset(3);
        state.Apply(Move.Shift, 0); // stack [a], buffer [b c root]
        ArcHybridOracle.Cost(state, Move.Left, gold).Should().Be(0);
        state.Apply(Move.Shift, 0); // stack [a b]: a can no longer take b as its head
        ArcHybridOracle.Cost(state, Move.Right, gold).Should().Be(2, "b's head is in the buffer and c is b's dependent");
        ArcHybridOracle.Cost(state, Move.Left, gold).Should().Be(2, "b's head is the root, not c, and b loses its dependent c");
        ArcHybridOracle.Cost(state, Move.Shift, gold).Should().Be(0);
    }

    [Fact]
    public void Between_counts_commas_and_quotes_strictly_inside_the_span()
    {
        // He said , " we won , " today .
        var tags = new[] { PosTag.PRP, PosTag.VBD, PosTag.Comma, PosTag.OpenQuote, PosTag.PRP, PosTag.VBD, PosTag.Comma, PosTag.CloseQuote, PosTag.NN, PosTag.Period };
        var state = new ParseState(4);
        state.Reset(tags.Length);
        for (var i = 0; i < tags.Length; i++)
        {
            state.Tags[i] = (byte)tags[i];
        }

        state.Between(1, 2).Should().Be(0, "adjacent tokens have nothing between them");
        state.Between(1, 4).Should().Be(1 | (1 << 2), "one comma and one quote");
        state.Between(1, 8).Should().Be(2 | (2 << 2));
        state.Between(0, tags.Length).Should().Be(2 | (2 << 2), "up to the root");
        state.Between(-1, 3).Should().Be(15, "a missing token has its own code");
    }

    [Fact]
    public void VerbsBetween_counts_verbs_and_modals_strictly_inside_the_span()
    {
        // He said he would go home .
        var tags = new[] { PosTag.PRP, PosTag.VBD, PosTag.PRP, PosTag.MD, PosTag.VB, PosTag.NN, PosTag.Period };
        var state = new ParseState(4);
        state.Reset(tags.Length);
        for (var i = 0; i < tags.Length; i++)
        {
            state.Tags[i] = (byte)tags[i];
        }

        state.VerbsBetween(0, 2).Should().Be(1);
        state.VerbsBetween(1, 5).Should().Be(2, "a modal counts; the count stops at 2");
        state.VerbsBetween(1, 3).Should().Be(0, "the ends are not counted");
        state.VerbsBetween(-1, 3).Should().Be(3, "a missing token has its own code");
    }

    [Fact]
    public void ShapeId_backs_off_to_suffix_and_shape()
    {
        ParserFeatures.ShapeId("Blocking").Should().Be(ParserFeatures.ShapeId("Stopping"), "same suffix, capital and length");
        ParserFeatures.ShapeId("blocking").Should().NotBe(ParserFeatures.ShapeId("Blocking"));
        ParserFeatures.ShapeId("1990").Should().Be(ParserFeatures.ShapeId("2016"));
        ParserFeatures.ShapeId("NATO").Should().NotBe(ParserFeatures.ShapeId("Nato"));
        ParserFeatures.ShapeId("a").Should().NotBe(ParserFeatures.ShapeId(""));
    }

    [Theory]
    [InlineData(3)] // the move model: weights held in the slots
    [InlineData(40)] // the label model: rows of weights, long ones also dense
    public void Packed_weights_score_like_a_plain_sum(int classCount)
    {
        var random = new Random(11);
        var (model, keyArray, rows) = RandomSparseModel.Build(random, classCount, wideKeys: true, maxRow: classCount);
        var weights = new PackedWeights(model);
        Span<float> actual = stackalloc float[64];
        for (var trial = 0; trial < 200; trial++)
        {
            var features = Enumerable.Range(0, random.Next(1, 120)).Select(_ => keyArray[random.Next(keyArray.Length)]).ToArray();
            var expected = new float[classCount];
            foreach (var feature in features)
            {
                foreach (var (c, value) in rows[feature])
                {
                    expected[c] += value;
                }
            }

            weights.Score(features, actual);
            for (var c = 0; c < classCount; c++)
            {
                // The move model's weights are 16-bit fixed point; the label model's rows add exactly.
                actual[c].Should().BeApproximately(expected[c], classCount == 3 ? features.Length * 2e-4f : 0f);
            }
        }

        // Every key alone: the keys at the far end of the longest probe runs (past one vector of slots) are found too.
        foreach (var key in keyArray)
        {
            weights.Score([key], actual);
            foreach (var (c, value) in rows[key])
            {
                actual[c].Should().BeApproximately(value, classCount == 3 ? 2e-4f : 0f);
            }
        }
    }

    [Fact]
    public void Read_refuses_models_of_another_format_version()
    {
        var parser = ParserTrainer.TrainModel(SyntheticTreebank(20, seed: 3), SyntheticLabels, new ParserTrainingOptions { Epochs = 1 });
        var bytes = Serialize(parser);
        DependencyParser.Read(new MemoryStream(bytes)).Labels.Should().Equal(SyntheticLabels);
        bytes[4] = 2; // a version-2 model was scored with other features
        var act = () => DependencyParser.Read(new MemoryStream(bytes));
        act.Should().Throw<InvalidDataException>().WithMessage("*version 2*");
    }

    [Fact]
    public void Projectivize_lifts_crossing_arcs()
    {
        // Arcs 0 -> 2 and 1 -> 3 cross (root = 4).
        int[] heads = [4, 4, 0, 1];
        ArcHybridOracle.IsProjective(heads).Should().BeFalse();
        ArcHybridOracle.Projectivize(heads).Should().BeGreaterThan(0);
        ArcHybridOracle.IsProjective(heads).Should().BeTrue();
    }

    [Fact]
    public void Training_is_deterministic_and_the_model_round_trips()
    {
        var treebank = SyntheticTreebank(300, seed: 7);
        var options = new ParserTrainingOptions { Epochs = 3, MinimumWeight = 0.001f, LabelMinimumWeight = 0.001f, MinimumWordCount = 2 };
        var first = ParserTrainer.TrainModel(treebank, SyntheticLabels, options);
        var second = ParserTrainer.TrainModel(treebank, SyntheticLabels, options);
        var firstBytes = Serialize(first);
        Serialize(second).Should().Equal(firstBytes, "training uses fixed seeds and ordinal orders");

        firstBytes.Take(4).Should().Equal("CXDP"u8.ToArray());
        var reloaded = DependencyParser.Read(new MemoryStream(firstBytes));
        Serialize(reloaded).Should().Equal(firstBytes);
        reloaded.Labels.Should().Equal(SyntheticLabels);
        reloaded.VocabularySize.Should().BeGreaterThan(10);
        reloaded.MapWord(ParserFeatures.WordId("senator")).Should().Be(ParserFeatures.WordId("senator"));
        reloaded.MapWord(ParserFeatures.WordId("zeppelin")).Should().Be(ParseState.UnknownWord);

        // The learned parser recovers unseen synthetic sentences.
        var test = SyntheticTreebank(50, seed: 99);
        var state = new ParseState();
        int correct = 0, total = 0;
        foreach (var sentence in test)
        {
            state.Reset(sentence.Length);
            sentence.Words.CopyTo(state.Words, 0);
            sentence.Shapes?.CopyTo(state.Shapes, 0);
            sentence.Tags.CopyTo(state.Tags, 0);
            reloaded.Parse(state);
            for (var i = 0; i < sentence.Length; i++)
            {
                total++;
                if (state.Heads[i] == sentence.Heads[i] && state.Labels[i] == sentence.Labels[i])
                {
                    correct++;
                }
            }
        }

        ((double)correct / total).Should().BeGreaterThan(0.95);
    }

    [Fact]
    public void Read_rejects_foreign_data()
    {
        var act = () => DependencyParser.Read(new MemoryStream("NOPE\u0001\0\0\0"u8.ToArray()));
        act.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void Shipped_parser_finds_subject_and_complement_clause()
    {
        var parser = DependencyParser.LoadEmbedded();
        parser.Should().NotBeNull("parser.bin ships as an embedded resource");

        var document = Tagged("The senator said that he would resign .", "DT NN VBD IN PRP MD VB .");
        parser.Process(document, CancellationToken.None);

        document.Layers.Should().HaveFlag(AnnotationLayers.Dependencies);
        var t = document.Tokens;
        t[2].Head.Should().Be(-1);
        t[2].Relation.Should().Be("root");
        t[1].Head.Should().Be(2);
        t[1].Relation.Should().Be("nsubj");
        t[6].Head.Should().Be(2);
        t[6].Relation.Should().Be("ccomp");
        t[4].Head.Should().Be(6);
        t[4].Relation.Should().Be("nsubj");
        ReferenceEquals(t[1].Relation, string.Intern("nsubj")).Should().BeTrue("labels are interned");
    }

    [Fact]
    public void Shipped_parser_handles_several_sentences_with_document_offsets()
    {
        var parser = DependencyParser.LoadEmbedded();
        var document = Tagged("Prices rose . The senator said that he would resign .", "NNS VBD . DT NN VBD IN PRP MD VB .", sentenceBreaks: [3]);
        parser.Process(document, CancellationToken.None);
        document.Tokens[1].Head.Should().Be(-1);
        document.Tokens[0].Head.Should().Be(1);
        document.Tokens[5].Head.Should().Be(-1);
        document.Tokens[4].Head.Should().Be(5);
        document.Tokens.Where(x => x.Head == -1).Should().HaveCount(2, "one root per sentence");
    }

    [Fact]
    public void Shipped_parser_is_safe_to_share_across_threads()
    {
        var parser = DependencyParser.LoadEmbedded();
        var expected = Tagged("The senator said that he would resign .", "DT NN VBD IN PRP MD VB .");
        parser.Process(expected, CancellationToken.None);
        var results = new AnnotatedDocument[16];
        Parallel.For(0, results.Length, i =>
        {
            var document = Tagged("The senator said that he would resign .", "DT NN VBD IN PRP MD VB .");
            parser.Process(document, CancellationToken.None);
            results[i] = document;
        });

        foreach (var document in results)
        {
            document.Tokens.Select(t => (t.Head, t.Relation)).Should().Equal(expected.Tokens.Select(t => (t.Head, t.Relation)));
        }
    }

    [SharedDataFact]
    public void Shipped_parser_meets_the_dev_targets_on_part_of_dev()
    {
        var scores = ParserTrainer.Evaluate(SharedData.PolnearDirectory!, DependencyParser.LoadEmbedded(), maxArticles: 12);
        scores.Uas.Should().BeGreaterThan(0.86);
        scores.Las.Should().BeGreaterThan(0.83);
    }

    private static byte[] Serialize(DependencyParser parser)
    {
        using var stream = new MemoryStream();
        parser.Write(stream);
        return stream.ToArray();
    }

    private static AnnotatedDocument Tagged(string text, string tags, int[]? sentenceBreaks = null)
    {
        var words = text.Split(' ');
        var tagList = tags.Split(' ');
        var tokens = new Token[words.Length];
        var offset = 0;
        for (var i = 0; i < words.Length; i++)
        {
            tokens[i] = new Token { Start = offset, End = offset + words[i].Length, Pos = PosTags.Parse(tagList[i]), Head = -1 };
            offset += words[i].Length + 1;
        }

        var bounds = new List<int> { 0 };
        bounds.AddRange(sentenceBreaks ?? []);
        bounds.Add(words.Length);
        var sentences = new Sentence[bounds.Count - 1];
        for (var s = 0; s < sentences.Length; s++)
        {
            sentences[s] = new Sentence(bounds[s], bounds[s + 1], tokens[bounds[s]].Start, tokens[bounds[s + 1] - 1].End, 0);
        }

        return new AnnotatedDocument(text, tokens, sentences, [], [])
        {
            Layers = AnnotationLayers.Tokens | AnnotationLayers.Sentences | AnnotationLayers.PartOfSpeech,
        };
    }

    /// <summary>Random "(the|a) (JJ) NN VBD (the|a) (JJ) NN ." sentences with their trees.</summary>
    private static List<ParserSentence> SyntheticTreebank(int count, int seed)
    {
        string[] nouns = ["senator", "voter", "campaign", "report", "bill", "party", "judge", "donor"];
        string[] verbs = ["signed", "blocked", "praised", "attacked", "funded", "won"];
        string[] adjectives = ["new", "big", "angry", "local"];
        string[] determiners = ["the", "a", "every"];
        var random = new Random(seed);
        var result = new List<ParserSentence>();
        for (var k = 0; k < count; k++)
        {
            var words = new List<string>();
            var tags = new List<PosTag>();
            var heads = new List<int>();
            var labels = new List<int>();

            void NounPhrase(int headSlot, int relation)
            {
                var det = words.Count;
                words.Add(determiners[random.Next(determiners.Length)]);
                tags.Add(PosTag.DT);
                heads.Add(-1);
                labels.Add(2);
                var adjective = random.Next(2) == 0 ? words.Count : -1;
                if (adjective >= 0)
                {
                    words.Add(adjectives[random.Next(adjectives.Length)]);
                    tags.Add(PosTag.JJ);
                    heads.Add(-1);
                    labels.Add(1);
                }

                var noun = words.Count;
                words.Add(nouns[random.Next(nouns.Length)]);
                tags.Add(PosTag.NN);
                heads.Add(headSlot);
                labels.Add(relation);
                heads[det] = noun;
                if (adjective >= 0)
                {
                    heads[adjective] = noun;
                }
            }

            NounPhrase(-2, 4); // head fixed below: the verb
            var verb = words.Count;
            words.Add(verbs[random.Next(verbs.Length)]);
            tags.Add(PosTag.VBD);
            heads.Add(-3);
            labels.Add(0);
            NounPhrase(-2, 3);
            words.Add(".");
            tags.Add(PosTag.Period);
            heads.Add(verb);
            labels.Add(5);
            var n = words.Count;
            for (var i = 0; i < n; i++)
            {
                heads[i] = heads[i] switch { -2 => verb, -3 => n, _ => heads[i] };
            }

            result.Add(new ParserSentence(
                words.Select(w => ParserFeatures.WordId(w)).ToArray(),
                tags.Select(t => (byte)t).ToArray(),
                heads.ToArray(),
                labels.Select(l => (byte)l).ToArray(),
                words.Select(w => ParserFeatures.ShapeId(w)).ToArray()));
        }

        return result;
    }
}
