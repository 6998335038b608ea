using ClaimExtraction.Text;

namespace ClaimExtraction.Hedging;

/// <summary>A hedge word's category and how much it weakens a claim (0..1).</summary>
internal readonly record struct HedgeEntry(HedgeCategory Category, double Weight);

/// <summary>
/// Hedge cues by category, after Hyland's hedges and the CoNLL-2010 uncertainty cues: modals, epistemic verbs,
/// adverbs and adjectives of likelihood, approximators (only before a quantity), attribution shields and
/// conditionals. Backshifted "would" is deliberately absent: "said he would attend" is not a hedge.
/// </summary>
internal static class HedgeLexicon
{
    private static readonly WordTable<HedgeEntry> Words = new(Build());

    private static readonly WordTable<double> CueStrength = new(new Dictionary<string, double>
    {
        ["insist"] = 1.0, ["assert"] = 1.0, ["declare"] = 1.0, ["state"] = 0.95, ["confirm"] = 1.0, ["announce"] = 0.95, ["stress"] = 1.0,
        ["say"] = 0.9, ["tell"] = 0.9, ["write"] = 0.9, ["add"] = 0.9, ["note"] = 0.9, ["according to"] = 0.85, ["report"] = 0.85,
        ["argue"] = 0.85, ["claim"] = 0.75, ["allege"] = 0.7, ["contend"] = 0.8, ["maintain"] = 0.85, ["warn"] = 0.8, ["caution"] = 0.7,
        ["predict"] = 0.65, ["expect"] = 0.65, ["believe"] = 0.7, ["think"] = 0.65, ["feel"] = 0.65, ["suggest"] = 0.6, ["hope"] = 0.55,
        ["fear"] = 0.6, ["speculate"] = 0.45, ["guess"] = 0.45, ["suspect"] = 0.5, ["wonder"] = 0.4, ["ask"] = 0.5, ["question"] = 0.5,
        ["appear"] = 0.6, ["seem"] = 0.6, ["estimate"] = 0.7, ["indicate"] = 0.75,
    });

    private static readonly WordSet Boosters = new(["clearly", "certainly", "definitely", "undoubtedly", "surely", "obviously", "absolutely", "always", "never", "indeed", "must"]);

    public static bool TryGet(ReadOnlySpan<char> word, out HedgeEntry entry) => Words.TryGetValue(word, out entry);

    public static bool IsBooster(ReadOnlySpan<char> word) => Boosters.Contains(word);

    /// <summary>How firmly a cue asserts its content by itself ("insisted" 1.0, "said" 0.9, "speculated" 0.45).</summary>
    public static double StrengthOfCue(string? lemma) => lemma is not null && CueStrength.TryGetValue(lemma, out var s) ? s : 0.85;

    private static IEnumerable<KeyValuePair<string, HedgeEntry>> Build()
    {
        static IEnumerable<KeyValuePair<string, HedgeEntry>> Of(HedgeCategory category, double weight, params string[] words) =>
            words.Select(w => new KeyValuePair<string, HedgeEntry>(w, new HedgeEntry(category, weight)));

        return Of(HedgeCategory.Modal, 0.3, "may", "might", "could", "can't", "couldn't", "mightn't")
            .Concat(Of(HedgeCategory.EpistemicVerb, 0.3, "suggest", "suggests", "suggested", "suggesting", "believe", "believes", "believed", "believing",
                "think", "thinks", "thought", "appear", "appears", "appeared", "appearing", "seem", "seems", "seemed", "seeming", "estimate", "estimates",
                "estimated", "suspect", "suspects", "suspected", "speculate", "speculated", "speculates", "assume", "assumes", "assumed", "imply", "implies",
                "implied", "indicate", "indicates", "indicated", "doubt", "doubts", "doubted", "guess", "guessed", "presume", "presumed", "tend", "tends",
                "feel", "feels", "felt"))
            .Concat(Of(HedgeCategory.Adverb, 0.3, "possibly", "perhaps", "maybe", "probably", "likely", "unlikely", "potentially", "apparently", "presumably",
                "seemingly", "conceivably", "arguably", "supposedly", "possible", "potential", "probable", "unclear", "uncertain", "plausibly", "perhaps",
                "somewhat", "relatively", "largely", "generally", "usually", "often", "sometimes", "occasionally"))
            .Concat(Of(HedgeCategory.Approximator, 0.1, "about", "roughly", "nearly", "approximately", "around", "almost", "some", "estimated", "up to",
                "more than", "less than", "fewer than", "at least"))
            .Concat(Of(HedgeCategory.Shield, 0.3, "reportedly", "allegedly", "purportedly", "ostensibly", "rumored", "rumoured", "alleged", "purported"))
            .Concat(Of(HedgeCategory.Conditional, 0.25, "if", "unless", "whether"));
    }
}
