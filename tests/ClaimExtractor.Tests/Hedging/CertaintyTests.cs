using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;
using ClaimExtraction.Hedging;
using ClaimExtraction.Pipeline;

namespace ClaimExtraction.Tests.Hedging;

/// <summary>
/// Certainty checked on pairs of claims that differ in one factor only: a hedge or none, the cue's verb, the modal,
/// a negated cue. Each pair runs the whole finder on a parsed sentence with the claim's parts given by hand, so the
/// attribution model cannot blur the comparison; the formula itself is pinned on its own numbers.
/// </summary>
public class CertaintyTests
{
    private static double CertaintyOf(string text, string source, string cue, string content) => Scan(text, source, cue, content).Certainty;

    private static (List<Hedge> Hedges, double Certainty) Scan(string text, string source, string cue, string content)
    {
        var doc = DocumentPipeline.Default.Analyze(text, CancellationToken.None);
        var (cueFirst, cueEnd) = TokensOf(doc, text, cue);
        var contentStart = text.IndexOf(content, StringComparison.Ordinal);
        contentStart.Should().BeGreaterThanOrEqualTo(0, because: content);
        var claim = new AttributionCandidate
        {
            Content = [new TextRange(contentStart, contentStart + content.Length)],
            SourceTokens = TokensOf(doc, text, source),
            CueTokens = (cueFirst, cueEnd),
            CueLemma = doc.Tokens[cueFirst].Lemma ?? cue,
            Sentence = doc.SentenceOfToken(cueFirst),
            Confidence = 1,
            Pattern = AttributionPattern.Learned,
        };
        return HedgeFinder.Find(doc, claim);
    }

    private static (int, int) TokensOf(AnnotatedDocument doc, string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, because: words);
        return doc.TokensIn(start, start + words.Length);
    }

    [Fact]
    public void A_hedge_lowers_certainty()
    {
        var hedged = Scan("Officials said the bridge is probably unsafe.", "Officials", "said", "the bridge is probably unsafe");
        var plain = Scan("Officials said the bridge is unsafe.", "Officials", "said", "the bridge is unsafe");
        hedged.Hedges.Select(h => h.Text).Should().Equal("probably");
        plain.Hedges.Should().BeEmpty();
        hedged.Certainty.Should().BeLessThan(plain.Certainty);
    }

    [Fact]
    public void Claimed_is_less_certain_than_said() =>
        CertaintyOf("White claimed that the figures are correct.", "White", "claimed", "the figures are correct")
            .Should().BeLessThan(CertaintyOf("White said that the figures are correct.", "White", "said", "the figures are correct"));

    [Fact]
    public void Might_is_less_certain_than_will()
    {
        var might = Scan("The mayor said the bridge might collapse.", "The mayor", "said", "the bridge might collapse");
        var will = Scan("The mayor said the bridge will collapse.", "The mayor", "said", "the bridge will collapse");
        might.Hedges.Select(h => (h.Text, h.Category)).Should().Equal(("might", HedgeCategory.Modal));
        will.Hedges.Should().BeEmpty("future \"will\" is a booster, never a hedge");
        might.Certainty.Should().BeLessThan(will.Certainty);
    }

    [Fact]
    public void A_negated_cue_lowers_certainty() =>
        CertaintyOf("White did not say that the figures are correct.", "White", "say", "the figures are correct")
            .Should().BeLessThan(CertaintyOf("White did say that the figures are correct.", "White", "say", "the figures are correct"));

    [Fact]
    public void The_formula_multiplies_the_cue_strength_by_each_hedge_and_negation_then_moves_toward_one_by_boosters()
    {
        HedgeFinder.Certainty(0.9, [], false, []).Should().Be(0.9);
        HedgeFinder.Certainty(0.9, [0.35], false, []).Should().BeApproximately(0.9 * 0.65, 1e-12);
        HedgeFinder.Certainty(0.9, [0.35, 0.3], false, []).Should().BeApproximately(0.9 * 0.65 * 0.7, 1e-12);
        HedgeFinder.Certainty(0.9, [], true, []).Should().BeApproximately(0.9 * (1 - HedgeLexicon.CueNegationWeight), 1e-12);
        HedgeFinder.Certainty(0.5, [], false, [(0.5, false)]).Should().BeApproximately(0.75, 1e-12);
        HedgeFinder.Certainty(0.5, [], false, [(0.5, true)]).Should().BeApproximately(0.25, 1e-12);
    }

    [Theory]
    [InlineData("insist", "say")]
    [InlineData("say", "claim")]
    [InlineData("claim", "believe")]
    [InlineData("believe", "suggest")]
    [InlineData("suggest", "speculate")]
    public void Cue_strengths_are_ordered(string stronger, string weaker) =>
        HedgeLexicon.StrengthOfCue(stronger).Should().BeGreaterThan(HedgeLexicon.StrengthOfCue(weaker));

    [Fact]
    public void A_certainty_of_one_half_is_a_claim_hedged_about_twice()
    {
        // What the README promises a reader: "said" with two ordinary hedges ("might", "probably") lands near 0.5.
        var twice = Scan("Officials said the bridge might probably fail.", "Officials", "said", "the bridge might probably fail");
        twice.Hedges.Should().HaveCount(2);
        twice.Certainty.Should().BeInRange(0.4, 0.55);
    }
}
