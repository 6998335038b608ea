using System.Text.Json;
using ClaimExtraction.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimExtraction.Tests.Records;

public class PublicApiTests
{
    [Fact]
    public void Null_text_is_an_argument_error()
    {
        var act = () => new ClaimExtractor().Extract(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Empty_text_gives_an_empty_result(string text)
    {
        var result = new ClaimExtractor().Extract(text);
        result.Claims.Should().BeEmpty();
        result.Speakers.Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"unbalanced “quotes ‘ here, he said that")]
    [InlineData("\uD800\uDC00\uDFFF lone surrogates \uD800 said that it \u0000\u001F works")]
    [InlineData("said said said that that that , , , “ ” \" \" according to according to")]
    public void Odd_text_gives_a_result_not_an_exception(string text)
    {
        var act = () => new ClaimExtractor().Extract(text);
        act.Should().NotThrow();
    }

    [Fact]
    public void A_five_megabyte_line_gives_a_result()
    {
        var line = string.Concat(Enumerable.Repeat("Trump said that “the war must end,” critics argue that it might not. ", 75_000));
        line.Length.Should().BeGreaterThan(5_000_000);
        var result = new ClaimExtractor().Extract(line);
        result.Claims.Should().NotBeEmpty();
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => new ClaimExtractor().Extract("Trump said that it works.", cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Options_are_validated()
    {
        var act = () => new ClaimExtractor(new ClaimExtractorOptions { MinimumConfidence = 2 });
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MinimumConfidence*");
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        var json = new ClaimExtractor().Extract("Critics argue that the plan could fail, according to the report.").ToJson();
        using var doc = JsonDocument.Parse(json);
        var claim = doc.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("cue").GetProperty("lemma").GetString() == "argue");
        foreach (var name in new[] { "id", "kind", "text", "spans", "speaker", "cue", "hedges", "certainty", "confidence", "sentence" })
        {
            claim.TryGetProperty(name, out _).Should().BeTrue(name);
        }

        claim.GetProperty("kind").GetString().Should().Be("indirect");
        claim.GetProperty("spans")[0].GetProperty("start").GetInt32().Should().BeGreaterThanOrEqualTo(0);
        claim.GetProperty("cue").GetProperty("lemma").GetString().Should().Be("argue");
        claim.GetProperty("hedges")[0].GetProperty("category").GetString().Should().Be("modal");
        var speaker = doc.RootElement.GetProperty("speakers").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "critics");
        foreach (var name in new[] { "id", "name", "kind", "aliases", "roles", "mentions" })
        {
            speaker.TryGetProperty(name, out _).Should().BeTrue(name);
        }

        speaker.GetProperty("kind").GetString().Should().Be("group");
        ExtractionResult.FromJson(json).Claims.Should().HaveCount(doc.RootElement.GetProperty("claims").GetArrayLength());
    }

    [Fact]
    public void Dependency_injection_gives_one_shared_configured_extractor()
    {
        using var provider = new ServiceCollection().AddClaimExtractor(o => o.MinimumConfidence = 0.99).BuildServiceProvider();
        var extractor = provider.GetRequiredService<IClaimExtractor>();
        extractor.Should().BeSameAs(provider.GetRequiredService<IClaimExtractor>());
        extractor.Extract("Trump said that it works.").Claims.Should().BeEmpty();
    }

    [Fact]
    public void A_shared_instance_is_safe_across_threads()
    {
        var extractor = new ClaimExtractor();
        const string text = "Trump said that the war must end. Critics argue that it might not.";
        var expected = extractor.Extract(text).ToJson();
        Parallel.For(0, 64, _ => extractor.Extract(text).ToJson().Should().Be(expected));
    }
}

public class SeedAcceptanceTests
{
    [SharedDataFact]
    public void The_seed_article_keeps_its_identities_and_claims()
    {
        var text = File.ReadAllText(SharedData.Path("acceptance", "seed-article.txt"));
        var result = new ClaimExtractor().Extract(text);
        // The claim count (check_seed.py's maxClaims) is gated by .ci/run with the other seed checks.
        result.Claims.Should().HaveCountGreaterThanOrEqualTo(15);
        result.Speakers.Where(s => s.Name == "Donald Trump").Should().ContainSingle()
            .Which.Aliases.Should().Contain("Trump");
        result.Speakers.Should().Contain(s => s.Name == "Robert Kagan" && s.Roles.Contains("political analyst"));
        result.Claims.Should().NotContain(c => c.Text == "America First");
        foreach (var claim in result.Claims)
        {
            foreach (var span in claim.Spans)
            {
                text[span.Start..span.End].Should().NotBeNullOrEmpty();
            }
        }
    }
}
