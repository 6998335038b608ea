using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ClaimExtraction.Tests.Properties;

/// <summary>
/// Properties that hold for every input string: offsets lie in the input and every text field is the input at its
/// offsets; nothing but the documented exceptions escapes; <see cref="ClaimExtractor.ExtractMany"/> gives what
/// <see cref="ClaimExtractor.Extract"/> gives. The suite runs 10,000 texts and 1,000 batches; the nightly-style run
/// takes its count from <c>CLAIMEXTRACTOR_PROPERTY_RUNS</c> (see the README).
/// </summary>
public class ExtractionProperties
{
    /// <summary>Set to a number of runs for a longer search than the suite's (e.g. 1000000, overnight).</summary>
    public const string RunsVariable = "CLAIMEXTRACTOR_PROPERTY_RUNS";

    private static readonly ClaimExtractor Extractor = new(new ClaimExtractorOptions { MinimumConfidence = 0 });

    [Property(MaxTest = 10_000, Arbitrary = [typeof(ArticleTexts)])]
    public void Offsets_lie_in_the_input_and_texts_are_the_input_at_their_offsets(string text) =>
        CheckResult(text, Extractor.Extract(text));

    [Property(MaxTest = 1_000, Arbitrary = [typeof(ArticleTexts)])]
    public void ExtractMany_gives_what_Extract_gives(string[] texts)
    {
        var together = Extractor.ExtractMany(texts);
        together.Should().HaveCount(texts.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            CheckResult(texts[i], together[i]);
            Summary(together[i]).Should().Equal(Summary(Extractor.Extract(texts[i])), "text {0} of the batch must give what Extract gives", i);
        }
    }

    /// <summary>
    /// The nightly-style search: longer texts, as many as <see cref="RunsVariable"/> says (200 when unset, so that the
    /// suite still runs it).
    /// </summary>
    [Fact]
    public void Nightly_search_over_longer_texts()
    {
        var runs = int.TryParse(Environment.GetEnvironmentVariable(RunsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 200;
        var property = Prop.ForAll(ArticleTexts.Strings(), (string text) => CheckResult(text, Extractor.Extract(text)));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(runs).WithEndSize(400), property);
    }

    [Fact]
    public void The_documented_exceptions_are_the_ones_thrown()
    {
        var extract = () => Extractor.Extract(null!);
        extract.Should().Throw<ArgumentNullException>();
        var many = () => Extractor.ExtractMany(["a", null!]);
        many.Should().Throw<ArgumentNullException>();
        var cancelled = () => Extractor.Extract("He said it would rain.", new CancellationToken(canceled: true));
        cancelled.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void The_checks_catch_a_text_that_is_not_the_input_at_its_offsets()
    {
        const string text = "“We will win,” Trump said.";
        var result = Extractor.Extract(text);
        result.Claims.Should().NotBeEmpty();
        var claim = result.Claims[0];
        var moved = new ExtractionResult([claim with { Spans = [new TextSpan(claim.Spans[0].Start + 1, claim.Spans[0].End + 1)] }], result.Speakers);
        var check = () => CheckResult(text, moved);
        check.Should().Throw<Exception>();
    }

    private static void CheckResult(string text, ExtractionResult result)
    {
        foreach (var claim in result.Claims)
        {
            claim.Spans.Should().NotBeEmpty();
            var parts = new List<string>();
            var previousEnd = 0;
            foreach (var span in claim.Spans)
            {
                CheckRange(text, span.Start, span.End);
                span.Start.Should().BeGreaterThanOrEqualTo(previousEnd, "the spans are in text order and apart");
                previousEnd = span.End;
                parts.Add(text[span.Start..span.End]);
            }

            claim.Text.Should().Be(string.Join(' ', parts));
            if (claim.Cue is { } cue)
            {
                CheckText(text, cue.Text, cue.Start, cue.End);
            }

            foreach (var hedge in claim.Hedges)
            {
                CheckText(text, hedge.Text, hedge.Start, hedge.End);
            }

            if (claim.Speaker?.Mention is { } mention)
            {
                CheckText(text, mention.Text, mention.Start, mention.End);
            }

            claim.Certainty.Should().BeInRange(0, 1);
            claim.Confidence.Should().BeInRange(0, 1);
        }

        foreach (var speaker in result.Speakers)
        {
            foreach (var mention in speaker.Mentions)
            {
                CheckText(text, mention.Text, mention.Start, mention.End);
            }
        }
    }

    private static void CheckText(string text, string field, int start, int end)
    {
        CheckRange(text, start, end);
        field.Should().Be(text[start..end]);
    }

    private static void CheckRange(string text, int start, int end)
    {
        start.Should().BeInRange(0, text.Length);
        end.Should().BeInRange(start, text.Length);
    }

    /// <summary>Everything of a result but speaker names, which ExtractMany may make canonical across the batch.</summary>
    private static List<string> Summary(ExtractionResult result)
    {
        var lines = new List<string>();
        foreach (var c in result.Claims)
        {
            lines.Add(string.Join('|', c.Id, c.Kind, c.Text, string.Join(',', c.Spans), c.Speaker?.Id, c.Speaker?.Kind, c.Speaker?.Mention, c.Cue,
                string.Join(',', c.Hedges), c.Certainty.ToString("R", CultureInfo.InvariantCulture), c.Confidence.ToString("R", CultureInfo.InvariantCulture), c.Sentence));
        }

        foreach (var s in result.Speakers)
        {
            lines.Add(string.Join('|', s.Id, s.Kind, string.Join(',', s.Mentions)));
        }

        return lines;
    }
}
