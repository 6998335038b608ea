using ClaimExtraction.Text;

namespace ClaimExtraction.Hedging;

/// <summary>
/// Which reading rules a lexicon word needs before it counts: a belief verb hedges only with a first-person subject
/// inside the content, an approximator only before a quantity, a degree adverb only inside the content, and so on.
/// </summary>
internal enum HedgeSense : byte
{
    /// <summary>may, might, could, would: epistemic modals (with backshift and past-ability checks).</summary>
    Modal,

    /// <summary>think, believe, suspect, guess: a hedge as the cue, or in the content with a first-person subject.</summary>
    BeliefVerb,

    /// <summary>suggest, indicate, appear, seem, tend: evidential verbs that hedge whatever their subject.</summary>
    EvidentialVerb,

    /// <summary>possibly, probably, likely, unclear: likelihood adverbs and adjectives.</summary>
    Likelihood,

    /// <summary>largely, generally, basically, sort of: degree and frequency, hedges inside the content only.</summary>
    Degree,

    /// <summary>roughly, approximately, nearly, almost: approximators wherever they modify something.</summary>
    Approximator,

    /// <summary>about, around, some, up to: approximators only before a quantity ("about 200").</summary>
    QuantityApproximator,

    /// <summary>reportedly, allegedly, supposed: the writer or speaker does not vouch for the content.</summary>
    Shield,

    /// <summary>if, unless, whether: a condition the content depends on (not an embedded question).</summary>
    Conditional,

    /// <summary>clearly, certainly, must, will, of course: strengthen the claim (not reported as hedges).</summary>
    Booster,
}

/// <summary>A lexicon entry: the public category (null for boosters), the reading rule and its weight in 0..1.</summary>
internal readonly record struct HedgeEntry(HedgeCategory? Category, HedgeSense Sense, double Weight);

/// <summary>
/// Hedge and booster cues, after Hyland's (2005) metadiscourse lists of hedges and boosters and the most frequent
/// CoNLL-2010 uncertainty cues, grouped into the categories of the annotation guideline. Weights say how much a word
/// weakens (hedges) or strengthens (boosters) commitment. Verbs are looked up by lemma, other words by their
/// lower-case form. Backshifted "would" and past-ability "could" are in the lexicon as modals; the finder rejects
/// those readings from context.
/// </summary>
internal static class HedgeLexicon
{
    /// <summary>The weight of negation on the cue ("did not say", "doesn't believe").</summary>
    public const double CueNegationWeight = 0.3;

    private static readonly WordTable<HedgeEntry> Words = new(BuildWords());

    private static readonly WordTable<HedgeEntry> Verbs = new(BuildVerbs());

    /// <summary>Fixed phrases, longest first within a first word; matched on lower-case tokens.</summary>
    private static readonly (string[] Words, HedgeEntry Entry)[] Phrases =
    [
        (["more", "or", "less"], new(HedgeCategory.Approximator, HedgeSense.Approximator, 0.1)),
        (["or", "so"], new(HedgeCategory.Approximator, HedgeSense.Approximator, 0.1)),
        (["up", "to"], new(HedgeCategory.Approximator, HedgeSense.QuantityApproximator, 0.1)),
        (["close", "to"], new(HedgeCategory.Approximator, HedgeSense.QuantityApproximator, 0.1)),
        (["sort", "of"], new(HedgeCategory.Adverb, HedgeSense.Degree, 0.15)),
        (["kind", "of"], new(HedgeCategory.Adverb, HedgeSense.Degree, 0.15)),
        (["a", "little"], new(HedgeCategory.Adverb, HedgeSense.Degree, 0.1)),
        (["a", "bit"], new(HedgeCategory.Adverb, HedgeSense.Degree, 0.1)),
        (["in", "general"], new(HedgeCategory.Adverb, HedgeSense.Degree, 0.1)),
        (["to", "some", "extent"], new(HedgeCategory.Adverb, HedgeSense.Degree, 0.15)),
        (["to", "a", "certain", "extent"], new(HedgeCategory.Adverb, HedgeSense.Degree, 0.15)),
        (["in", "all", "likelihood"], new(HedgeCategory.Adverb, HedgeSense.Likelihood, 0.2)),
        (["by", "all", "appearances"], new(HedgeCategory.Adverb, HedgeSense.Likelihood, 0.2)),
        (["of", "sorts"], new(HedgeCategory.Adverb, HedgeSense.Degree, 0.15)),
        (["for", "all", "practical", "purposes"], new(HedgeCategory.Adverb, HedgeSense.Degree, 0.1)),
        (["just", "under"], new(HedgeCategory.Approximator, HedgeSense.QuantityApproximator, 0.1)),
        (["just", "over"], new(HedgeCategory.Approximator, HedgeSense.QuantityApproximator, 0.1)),
        (["or", "something"], new(HedgeCategory.Approximator, HedgeSense.Approximator, 0.1)),
        (["my", "understanding"], new(HedgeCategory.Shield, HedgeSense.Shield, 0.3)),
        (["of", "course"], new(null, HedgeSense.Booster, 0.3)),
        (["no", "doubt"], new(null, HedgeSense.Booster, 0.4)),
        (["in", "fact"], new(null, HedgeSense.Booster, 0.3)),
        (["without", "a", "doubt"], new(null, HedgeSense.Booster, 0.5)),
    ];

    private static readonly WordTable<double> CueStrength = new(new Dictionary<string, double>
    {
        ["insist"] = 1.0, ["assert"] = 1.0, ["declare"] = 1.0, ["state"] = 0.95, ["confirm"] = 1.0, ["announce"] = 0.95, ["stress"] = 1.0,
        ["emphasize"] = 1.0, ["vow"] = 0.95, ["promise"] = 0.9, ["know"] = 1.0, ["prove"] = 1.0, ["show"] = 0.95, ["find"] = 0.9,
        ["say"] = 0.9, ["tell"] = 0.9, ["write"] = 0.9, ["add"] = 0.9, ["note"] = 0.9, ["explain"] = 0.9, ["according to"] = 0.85,
        ["report"] = 0.85, ["argue"] = 0.85, ["maintain"] = 0.85, ["contend"] = 0.8, ["warn"] = 0.8, ["claim"] = 0.75, ["allege"] = 0.7,
        ["caution"] = 0.7, ["estimate"] = 0.7, ["indicate"] = 0.75, ["believe"] = 0.7, ["expect"] = 0.65, ["predict"] = 0.65,
        ["forecast"] = 0.65, ["think"] = 0.65, ["feel"] = 0.65, ["fear"] = 0.6, ["suggest"] = 0.6, ["appear"] = 0.6, ["seem"] = 0.6,
        ["hope"] = 0.55, ["suspect"] = 0.5, ["speculate"] = 0.45, ["guess"] = 0.45, ["wonder"] = 0.4, ["ask"] = 0.5, ["question"] = 0.5,
    });

    /// <summary>"is said to", "was reported to": the guideline's "it is said".</summary>
    public static readonly HedgeEntry PassiveShield = new(HedgeCategory.Shield, HedgeSense.Shield, 0.3);

    /// <summary>"should she win": the inverted condition.</summary>
    public static readonly HedgeEntry InvertedCondition = new(HedgeCategory.Conditional, HedgeSense.Conditional, 0.25);

    public static bool TryGetWord(ReadOnlySpan<char> word, out HedgeEntry entry) => Words.TryGetValue(word, out entry);

    public static bool TryGetVerb(ReadOnlySpan<char> lemma, out HedgeEntry entry) => Verbs.TryGetValue(lemma, out entry);

    public static IReadOnlyList<(string[] Words, HedgeEntry Entry)> PhraseList => Phrases;

    /// <summary>How firmly a cue asserts its content by itself ("insisted" 1.0, "said" 0.9, "speculated" 0.45); no cue 0.8.</summary>
    public static double StrengthOfCue(string? lemma) =>
        lemma is null ? 0.8 : CueStrength.TryGetValue(lemma, out var s) ? s : 0.85;

    private static KeyValuePair<string, HedgeEntry> E(string word, HedgeCategory? category, HedgeSense sense, double weight) => new(word, new HedgeEntry(category, sense, weight));

    private static IEnumerable<KeyValuePair<string, HedgeEntry>> Of(HedgeCategory? category, HedgeSense sense, double weight, params string[] words) =>
        words.Select(w => E(w, category, sense, weight));

    private static IEnumerable<KeyValuePair<string, HedgeEntry>> BuildWords() =>
        Of(HedgeCategory.Modal, HedgeSense.Modal, 0.35, "might", "mightn't", "mightn’t")
            .Concat(Of(HedgeCategory.Modal, HedgeSense.Modal, 0.3, "may", "could", "couldn't", "couldn’t"))
            .Concat(Of(HedgeCategory.Modal, HedgeSense.Modal, 0.2, "would", "wouldn't", "wouldn’t", "'d", "’d"))
            .Concat(Of(HedgeCategory.Modal, HedgeSense.Modal, 0.2, "should", "can"))
            .Concat(Of(HedgeCategory.Adverb, HedgeSense.Likelihood, 0.3, "possibly", "perhaps", "maybe", "probably", "potentially", "presumably",
                "apparently", "seemingly", "conceivably", "arguably", "plausibly", "possible", "probable", "potential", "plausible", "unclear",
                "uncertain", "doubtful", "debatable", "questionable", "unsure", "possibility", "apparent", "seeming", "implausible", "prospective"))
            .Concat(Of(HedgeCategory.Adverb, HedgeSense.Likelihood, 0.25, "likely"))
            .Concat(Of(HedgeCategory.Adverb, HedgeSense.Likelihood, 0.4, "unlikely", "improbable"))
            .Concat(Of(HedgeCategory.Adverb, HedgeSense.Degree, 0.1, "virtually", "largely", "generally", "relatively", "somewhat", "partly",
                "partially", "mostly", "mainly", "essentially", "basically", "broadly", "usually", "normally", "typically", "often", "sometimes",
                "mostly", "predominantly", "ordinarily", "effectively", "moderately", "presumptively"))
            .Concat(Of(HedgeCategory.Approximator, HedgeSense.Approximator, 0.1, "roughly", "approximately", "nearly", "almost", "approx."))
            .Concat(Of(HedgeCategory.Approximator, HedgeSense.QuantityApproximator, 0.1, "about", "around", "some", "circa", "upwards"))
            .Concat(Of(HedgeCategory.Shield, HedgeSense.Shield, 0.3, "reportedly", "allegedly", "supposedly", "purportedly", "ostensibly",
                "rumored", "rumoured", "alleged", "purported", "supposed", "so-called", "putative", "putatively", "rumor", "rumors", "rumour", "rumours"))
            .Concat(Of(HedgeCategory.EpistemicVerb, HedgeSense.EvidentialVerb, 0.25, "suggestion", "opinion", "assumption", "suggestions", "belief", "beliefs",
                "doubts", "estimates", "guess", "hints"))
            .Concat(Of(HedgeCategory.Conditional, HedgeSense.Conditional, 0.25, "if", "unless"))
            .Concat(Of(HedgeCategory.Conditional, HedgeSense.Conditional, 0.15, "whether"))
            .Concat(Of(null, HedgeSense.Booster, 0.5, "clearly", "certainly", "definitely", "undoubtedly", "unquestionably", "undeniably",
                "indisputably", "doubtless", "conclusively"))
            .Concat(Of(null, HedgeSense.Booster, 0.4, "surely", "obviously", "evidently", "certain", "sure", "clear", "obvious", "evident",
                "undeniable", "must"))
            .Concat(Of(null, HedgeSense.Booster, 0.3, "absolutely", "indeed", "truly", "actually", "always"))
            .Concat(Of(null, HedgeSense.Booster, 0.1, "will", "'ll", "’ll", "really"));

    private static IEnumerable<KeyValuePair<string, HedgeEntry>> BuildVerbs() =>
        Of(HedgeCategory.EpistemicVerb, HedgeSense.BeliefVerb, 0.3, "think", "believe", "assume", "suppose", "presume", "reckon", "imagine", "feel")
            .Concat(Of(HedgeCategory.EpistemicVerb, HedgeSense.BeliefVerb, 0.35, "suspect", "guess", "doubt"))
            .Concat(Of(HedgeCategory.EpistemicVerb, HedgeSense.BeliefVerb, 0.45, "speculate"))
            .Concat(Of(HedgeCategory.EpistemicVerb, HedgeSense.BeliefVerb, 0.2, "expect", "estimate", "predict", "forecast", "anticipate", "project"))
            .Concat(Of(HedgeCategory.EpistemicVerb, HedgeSense.EvidentialVerb, 0.3, "suggest", "appear", "seem", "imply", "postulate", "hypothesize", "float"))
            .Concat(Of(HedgeCategory.EpistemicVerb, HedgeSense.EvidentialVerb, 0.2, "indicate", "tend", "signal", "hint"))
            .Concat(Of(HedgeCategory.EpistemicVerb, HedgeSense.BeliefVerb, 0.2, "consider", "view", "figure", "surmise", "assess"))
            .Concat(Of(null, HedgeSense.Booster, 0.4, "know", "prove", "demonstrate", "establish"))
            .Concat(Of(null, HedgeSense.Booster, 0.2, "show", "confirm", "realize"));
}
