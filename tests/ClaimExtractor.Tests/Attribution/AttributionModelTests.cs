using ClaimExtraction.Attribution;
using ClaimExtraction.Models;
using ClaimExtraction.Pipeline;

namespace ClaimExtraction.Tests.Attribution;

public class AttributionModelTests
{
    [Fact]
    public void The_shipped_model_loads_with_a_monotone_calibration()
    {
        var model = ModelStore.Attribution;
        model.Should().NotBeNull("attribution.bin ships as an embedded resource");
        var probabilities = model!.Calibration.Probabilities;
        probabilities.Should().OnlyContain(p => p >= 0 && p <= 1);
        probabilities.Should().BeInAscendingOrder();
        model.Calibration.Centres.Should().BeInAscendingOrder();
    }

    [Fact]
    public void The_model_file_round_trips_to_the_same_predictions()
    {
        var model = ModelStore.Attribution!;
        var bytes = ModelFile.ToBytes(AttributionModel.Kind, AttributionModel.Version, model.Write);
        var copy = ModelFile.Read(bytes, AttributionModel.Kind, AttributionModel.Version, AttributionModel.Read);

        const string text = "The senator said that the bill would pass. “It is a disaster,” critics argue.";
        var document = DocumentPipeline.Default.Analyze(text, CancellationToken.None);
        var original = new LearnedAttribution(model).Find(document, CancellationToken.None);
        var reloaded = new LearnedAttribution(copy).Find(document, CancellationToken.None);
        reloaded.Select(c => (c.ContentStart, c.ContentEnd, c.CueTokens, c.SourceTokens, c.Confidence))
            .Should().Equal(original.Select(c => (c.ContentStart, c.ContentEnd, c.CueTokens, c.SourceTokens, c.Confidence)));
        original.Should().HaveCount(2);
    }

    [Fact]
    public void A_model_file_of_another_kind_is_refused()
    {
        var bytes = ModelFile.ToBytes("pos", 1, w => w.Write(0));
        var act = () => ModelFile.Read(bytes, AttributionModel.Kind, AttributionModel.Version, AttributionModel.Read);
        act.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void Calibration_interpolates_between_bin_centres()
    {
        var calibration = new Calibration([0f, 10f, 20f], [0.2f, 0.5f, 0.9f]);
        calibration.Probability(-5f).Should().BeApproximately(0.2, 1e-6);
        calibration.Probability(5f).Should().BeApproximately(0.35, 1e-6);
        calibration.Probability(10f).Should().BeApproximately(0.5, 1e-6);
        calibration.Probability(1e6f).Should().BeApproximately(0.9, 1e-6);
    }
}
