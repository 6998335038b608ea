using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;
using ClaimExtraction.Hedging;
using ClaimExtraction.Pipeline;
using ClaimExtraction.Tagging;
using ClaimExtraction.Tests.Support;
using ClaimExtraction.Training.Hedging;

namespace ClaimExtraction.Tests.Hedging;

/// <summary>The hedge scan's bounded work, the learned model's file and training, and the marked train data.</summary>
public class HedgeScanTests
{
    /// <summary>
    /// One sentence with no punctuation, its whole length a claim full of candidates: the scan's work per token must
    /// not grow with the sentence. Counted in tokens visited, not timed; a scan that reads a word's whole sentence
    /// (looking for its dependents, say) does four times the work per token at four times the length.
    /// </summary>
    [Fact]
    public void The_scan_visits_a_bounded_number_of_tokens_per_claim_token_however_long_the_sentence()
    {
        var (shortWork, shortTokens) = ScanWork(300);
        var (longWork, longTokens) = ScanWork(1200);
        var shortRate = shortWork / (double)shortTokens;
        var longRate = longWork / (double)longTokens;
        longRate.Should().BeLessThan(shortRate * 1.25, "work per token must not grow with the sentence");
        longRate.Should().BeLessThan(4 * (HedgeFinder.ArcWindow + HedgeFinder.MaxHeadSteps));
    }

    private static (long Work, int Tokens) ScanWork(int repeats)
    {
        var text = "Officials said " + string.Concat(Enumerable.Repeat("the bridge may collapse and we think about 200 people could leave if it rains and ", repeats)) + "that is all";
        var doc = DocumentPipeline.Default.Analyze(text, CancellationToken.None);
        doc.Sentences.Length.Should().BeLessThan(4, "the text is one long sentence");
        var cue = doc.TokensIn(10, 14);
        var claim = new AttributionCandidate
        {
            Content = [new TextRange(15, text.Length)],
            SourceTokens = doc.TokensIn(0, 9),
            CueTokens = cue,
            CueLemma = "say",
            Sentence = 0,
            Confidence = 1,
            Pattern = AttributionPattern.Learned,
        };
        var scan = HedgeFinder.Scan(doc, claim);
        scan.Candidates.Count.Should().BeGreaterThan(repeats * 4);
        return (scan.TokensVisited, doc.Tokens.Length);
    }

    /// <summary>The guideline's "never" readings of "if", "whether" and "would" are ruled out whatever the model says; a condition is not.</summary>
    [Theory]
    [InlineData("Officials said that even if it rains, the bridge may collapse.", "if", true)]
    [InlineData("Officials said it was, as if by magic, the best plan in years.", "if", true)]
    [InlineData("Officials said they asked the engineers if the bridge may collapse.", "if", true)]
    [InlineData("Officials said they do not know whether the bridge may collapse.", "whether", true)]
    [InlineData("Officials said the bridge may collapse if it rains.", "if", false)]
    [InlineData("Officials said everyone knows that if it rains, the bridge may collapse.", "if", false)]
    [InlineData("Officials said they would rather see a new bridge.", "would", true)]
    [InlineData("Officials said they asked how the city would pay for the bridge.", "would", true)]
    [InlineData("Officials said they closed it so the bridge would not collapse.", "would", true)]
    [InlineData("Officials said the people who would cross the bridge are at risk.", "would", false)]
    [InlineData("Officials said the bridge would collapse if it rained.", "would", false)]
    [InlineData("Officials said they wonder how the city could pay for the bridge.", "could", true)]
    [InlineData("Officials said they wonder how the bridge might collapse.", "might", false)]
    [InlineData("Officials said the bridge is popular among likely voters.", "likely", true)]
    [InlineData("Officials said the bridge is likely to collapse.", "likely", false)]
    [InlineData("Officials said residents are wary, if not opposed, to the bridge.", "if", true)]
    [InlineData("Officials said they will finish it as soon as possible.", "possible", true)]
    [InlineData("Officials said a collapse is possible.", "possible", false)]
    [InlineData("Officials said public opinion has turned against the bridge.", "opinion", true)]
    [InlineData("Officials said the bridge is, in my opinion, unsafe.", "opinion", false)]
    [InlineData("Officials said the city might as well close the bridge.", "might", true)]
    [InlineData("Officials said the bridge will close before the May 10 primary.", "May", true)]
    [InlineData("Officials said the bridge might close in June.", "might", false)]
    public void The_rules_rule_out_the_guidelines_never_readings(string text, string word, bool ruledOut)
    {
        var candidate = ScanSaid(text).Single(c => text[c.Start..c.End] == word);
        candidate.RuledOut.Should().Be(ruledOut);
        HedgeFinder.RulesVeto(candidate.Entry.Sense, candidate.RuleAccepts, candidate.RuledOut).Should().Be(ruledOut);
    }

    /// <summary>The belief rule takes the speaker's own belief where the parse found no complement, and a participle before a noun.</summary>
    [Theory]
    [InlineData("Officials said that we just don't think endorsements matter much.", "think", true)]
    [InlineData("Officials said that we will think very clearly about it.", "think", false)]
    [InlineData("Officials said the suspected hackers struck twice.", "suspected", true)]
    public void The_belief_rule_reads_first_person_beliefs_and_participles(string text, string word, bool accepted)
    {
        var candidate = ScanSaid(text).Single(c => text[c.Start..c.End] == word);
        candidate.RuleAccepts.Should().Be(accepted);
    }

    [Fact]
    public void An_inverted_should_is_a_condition_candidate()
    {
        const string text = "Officials said the bridge would close should the river rise.";
        var candidate = ScanSaid(text).Single(c => text[c.Start..c.End] == "should");
        candidate.Entry.Category.Should().Be(HedgeCategory.Conditional);
        candidate.RuleAccepts.Should().BeTrue();
    }

    [Fact]
    public void The_impersonal_passive_is_a_shield_candidate()
    {
        const string text = "Officials said the bridge is said to cost 5 million dollars.";
        var candidate = ScanSaid(text).Single(c => text[c.Start..c.End] == "said" && c.Start > 20);
        candidate.Entry.Category.Should().Be(HedgeCategory.Shield);
    }

    /// <summary>The hedge candidates of the claim after "Officials said" (cue "said", content to the end).</summary>
    private static List<HedgeCandidate> ScanSaid(string text)
    {
        var doc = DocumentPipeline.Default.Analyze(text, CancellationToken.None);
        var claim = new AttributionCandidate
        {
            Content = [new TextRange(15, text.Length)],
            SourceTokens = doc.TokensIn(0, 9),
            CueTokens = doc.TokensIn(10, 14),
            CueLemma = "say",
            Sentence = 0,
            Confidence = 1,
            Pattern = AttributionPattern.Learned,
        };
        return HedgeFinder.Scan(doc, claim).Candidates;
    }

    [Fact]
    public void The_shipped_model_is_embedded_and_decides_seven_classes()
    {
        var model = HedgeModel.Default;
        model.Should().NotBeNull("hedges.bin ships in the library");
        model!.Weights.ClassCount.Should().Be(HedgeModel.ClassCount);
        model.Threshold.Should().BeInRange(0.05f, 0.95f);
    }

    [Fact]
    public void A_written_model_reads_back_with_the_same_decisions()
    {
        var examples = SyntheticExamples();
        var model = HedgeClassifierTrainer.Train(examples, 0.4f);
        var bytes = Models.ModelFile.ToBytes(HedgeModel.Kind, HedgeModel.Version, model.Write);
        var back = Models.ModelFile.Read(bytes, HedgeModel.Kind, HedgeModel.Version, HedgeModel.Read);
        back.Threshold.Should().Be(0.4f);
        foreach (var example in examples)
        {
            back.Decide(example.Features).Should().Be(model.Decide(example.Features));
        }
    }

    [Fact]
    public void Training_is_deterministic_and_learns_the_categories()
    {
        var examples = SyntheticExamples();
        var first = Models.ModelFile.ToBytes(HedgeModel.Kind, HedgeModel.Version, HedgeClassifierTrainer.Train(examples, 0.5f).Write);
        var second = Models.ModelFile.ToBytes(HedgeModel.Kind, HedgeModel.Version, HedgeClassifierTrainer.Train(examples, 0.5f).Write);
        second.Should().Equal(first);
        var model = HedgeClassifierTrainer.Train(examples, 0.5f);
        var might = model.Decide([FeatureHash.Of(1, "might")]);
        var about = model.Decide([FeatureHash.Of(1, "about")]);
        might.Category.Should().Be(HedgeCategory.Modal);
        might.Probability.Should().BeGreaterThan(0.9f);
        about.Probability.Should().BeLessThan(might.Probability - 0.3f);
    }

    /// <summary>"might" always a modal hedge, "about" never one: enough for a model to learn in a few passes.</summary>
    private static List<HedgeExample> SyntheticExamples() =>
        [.. Enumerable.Range(0, 40).Select(i => i % 2 == 0
            ? new HedgeExample(0, 5, [FeatureHash.Of(1, "might")], 1 + (int)HedgeCategory.Modal, true, false, HedgeCategory.Modal, "might", true, HedgeSense.Modal, false)
            : new HedgeExample(0, 5, [FeatureHash.Of(1, "about")], 0, false, false, HedgeCategory.Approximator, "about", true, HedgeSense.QuantityApproximator, false))];

    [Fact]
    public void The_marked_train_data_holds_offsets_and_hedge_words_only()
    {
        var path = HedgeCorpusPath();
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        lines.Count.Should().BeGreaterThan(3000);
        foreach (var line in lines)
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("doc", "content", "cue", "hedges");
            foreach (var hedge in json.RootElement.GetProperty("hedges").EnumerateArray())
            {
                hedge.EnumerateObject().Select(p => p.Name).Should().Equal("start", "end", "text", "category", "in");
                hedge.GetProperty("text").GetString()!.Split(' ').Length.Should().BeLessThanOrEqualTo(6, "a hedge is a word or a short fixed phrase");
            }
        }
    }

    [SharedDataFact]
    public void The_marked_hedges_are_the_words_at_their_offsets()
    {
        foreach (var line in File.ReadLines(HedgeCorpusPath()).Where(l => l.Length > 0).Take(600))
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            var doc = json.RootElement.GetProperty("doc").GetString()!;
            var text = File.ReadAllText(SharedData.Path("polnear", "train", "text", doc + ".txt"));
            foreach (var hedge in json.RootElement.GetProperty("hedges").EnumerateArray())
            {
                var (start, end) = (hedge.GetProperty("start").GetInt32(), hedge.GetProperty("end").GetInt32());
                text[start..end].Should().Be(hedge.GetProperty("text").GetString());
            }
        }
    }

    private static string HedgeCorpusPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "data", "hedges", "train.jsonl");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("data/hedges/train.jsonl is not in the repository.");
    }
}
