using ClaimExtraction.Pipeline;
using FluentAssertions;
using Xunit;

namespace ClaimExtraction.Tests.Records;

/// <summary>Articles taken through the pipeline together give what each gives alone.</summary>
public class BatchTests
{
    private static readonly ClaimExtractor Extractor = new();

    /// <summary>More articles than one chunk of ExtractMany, blank ones among them.</summary>
    private static List<string> Articles()
    {
        string[] speakers = ["The mayor", "Senator Maria Lopez", "Critics", "A spokesman for the company", "Officials"];
        string[] cues = ["said", "argued", "warned", "claimed", "believe"];
        var texts = new List<string>();
        for (var i = 0; i < 140; i++)
        {
            texts.Add(i % 17 == 5
                ? "   "
                : $"Budget talks, day {i}\n{speakers[i % 5]} {cues[(i / 5) % 5]} that the plan could cost {i + 3} million dollars. "
                  + $"“We will not accept it,” {speakers[(i + 2) % 5]} told reporters on Tuesday, adding that talks would go on.");
        }

        return texts;
    }

    [Fact]
    public void AnalyzeMany_annotates_each_text_as_Analyze_does()
    {
        var texts = Articles().Where(t => !string.IsNullOrWhiteSpace(t)).Take(12).ToList();
        var together = DocumentPipeline.Default.AnalyzeMany(texts, CancellationToken.None);
        together.Should().HaveCount(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var alone = DocumentPipeline.Default.Analyze(texts[i], CancellationToken.None);
            together[i].Text.Should().BeSameAs(texts[i]);
            together[i].Layers.Should().Be(alone.Layers);
            together[i].Tokens.Should().Equal(alone.Tokens);
        }
    }

    [Fact]
    public void ExtractMany_finds_in_each_article_what_Extract_finds()
    {
        var texts = Articles();
        var together = Extractor.ExtractMany(texts);
        together.Should().HaveCount(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var alone = Extractor.Extract(texts[i]);
            together[i].Claims.Select(Describe).Should().Equal(alone.Claims.Select(Describe), because: $"article {i}");
        }
    }

    private static string Describe(Claim claim) =>
        $"{claim.Kind} {string.Join(",", claim.Spans.Select(s => $"{s.Start}-{s.End}"))} {claim.Cue?.Text} {claim.Speaker?.Mention?.Text} {claim.Confidence:F6} {claim.Certainty:F6}";
}
