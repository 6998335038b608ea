using ClaimExtraction.Attribution;
using ClaimExtraction.Training.Attribution;

namespace ClaimExtraction.Tests.Attribution;

public class ClaimScorerTests
{
    private const ulong Reliable = 11;
    private const ulong Dubious = 22;
    private const ulong Shared = 33;

    /// <summary>Claims with the reliable feature are right 9 times in 10, those with the dubious one 1 time in 10.</summary>
    private static List<ScoredExample> Examples()
    {
        var examples = new List<ScoredExample>();
        for (var i = 0; i < 200; i++)
        {
            examples.Add(new ScoredExample([Shared, Reliable], i % 10 != 0, i % 4));
            examples.Add(new ScoredExample([Shared, Dubious], i % 10 == 0, i % 4));
        }

        return examples;
    }

    [Fact]
    public void The_scorer_learns_log_odds_near_the_rates_it_saw()
    {
        var scorer = ClaimScorerTrainer.Train(Examples(), seed: 7);
        var model = new AttributionModel(AttributionModel.EmptyScorer(), new(SpanFeatures.ClassCount, [], [0], [], []), scorer, Calibration.Constant(0.5f));

        var reliable = model.ClaimScore([Shared, Reliable]);
        var dubious = model.ClaimScore([Shared, Dubious]);
        reliable.Should().BeInRange(1.2f, 3.5f, "log(0.9 / 0.1) is about 2.2");
        dubious.Should().BeInRange(-3.5f, -1.2f);
    }

    [Fact]
    public void Training_the_scorer_twice_gives_the_same_weights()
    {
        var first = ClaimScorerTrainer.Train(Examples(), seed: 7);
        var second = ClaimScorerTrainer.Train(Examples(), seed: 7);
        second.Keys.ToArray().Should().Equal(first.Keys.ToArray());
        second.Values.ToArray().Should().Equal(first.Values.ToArray());
    }

    [Fact]
    public void An_empty_scorer_gives_every_claim_even_odds()
    {
        var model = new AttributionModel(AttributionModel.EmptyScorer(), new(SpanFeatures.ClassCount, [], [0], [], []), AttributionModel.EmptyScorer(), Calibration.Constant(0.5f));
        model.ClaimScore([Shared, Reliable]).Should().Be(0);
        model.ClaimProbability([Dubious]).Should().Be(0.5);
    }

    [Fact]
    public void Every_learned_claim_carries_the_features_its_confidence_came_from()
    {
        const string text = "The senator said that the bill would pass. “It is a disaster,” critics argue.";
        var document = Pipeline.DocumentPipeline.Default.Analyze(text, CancellationToken.None);
        var model = Models.ModelStore.Attribution;
        var claims = new LearnedAttribution(model).Find(document, CancellationToken.None);
        claims.Should().NotBeEmpty();
        foreach (var claim in claims)
        {
            claim.ClaimFeatures.Should().NotBeEmpty();
            claim.Confidence.Should().Be(model.ClaimProbability(claim.ClaimFeatures));
        }
    }
}
