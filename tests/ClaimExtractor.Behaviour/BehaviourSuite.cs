namespace ClaimExtraction.Behaviour;

/// <summary>
/// A behavioural test suite for the extractor in the manner of CheckList (Ribeiro et al., ACL 2020): cases generated
/// from templates with slots (people, titled and abbreviated names, organisations, documents, cue verbs and nouns,
/// tenses, attribution positions, punctuation and quotation-mark styles), grouped by capability. Every template and
/// sentence is written for this suite. Generation is deterministic: each capability draws from its own
/// <see cref="Random"/> seeded from the suite seed and the capability's position.
/// <para>
/// Matching rule, through the public API only (<c>new ClaimExtractor().Extract(text)</c> at the default threshold).
/// An expected claim is found when some claim's text contains the expected key words (case-insensitive, whitespace
/// collapsed), its speaker's name contains the expected name (a surname, a full name for short-name cases, an
/// organisation's or document's key word), its cue's text contains the expected cue word, its kind equals the
/// expected kind where one is given, and its text does not contain the words named as another claim's (the check that
/// two speakers' quotes stay apart). Several expectations may be met by the same claim (a quote running over two
/// sentences or paragraphs is one claim). A case passes when every expectation is found; a negative case passes
/// when no claim at all is found.
/// </para>
/// </summary>
public static class BehaviourSuite
{
    public const int DefaultSeed = 12;

    /// <summary>The capabilities in order, each with the generator that writes its cases.</summary>
    private static readonly (string Name, Action<CaseSink> Generate)[] Capabilities =
    [
        ("position-after", PositionTemplates.After),
        ("position-after-inverted", PositionTemplates.AfterInverted),
        ("position-before", PositionTemplates.Before),
        ("position-inside", PositionTemplates.Inside),
        ("position-between", PositionTemplates.Between),
        ("tenses", PositionTemplates.Tenses),
        ("indirect-speech", PositionTemplates.Indirect),
        ("according-to", PositionTemplates.AccordingTo),
        ("cue-vocabulary", PositionTemplates.CueVocabulary),
        ("punctuation-outside", StyleTemplates.PunctuationOutside),
        ("dash-and-colon", StyleTemplates.DashAndColon),
        ("quotation-marks", StyleTemplates.QuotationMarks),
        ("questions-exclamations", StyleTemplates.QuestionsAndExclamations),
        ("titled-names", StyleTemplates.TitledNames),
        ("names-ending-in-initial", StyleTemplates.NamesEndingInInitial),
        ("pronouns", DiscourseTemplates.Pronouns),
        ("short-names", DiscourseTemplates.ShortNames),
        ("successive-speakers", DiscourseTemplates.SuccessiveSpeakers),
        ("open-at-paragraph-end", DiscourseTemplates.OpenAtParagraphEnd),
        ("multi-paragraph", DiscourseTemplates.MultiParagraph),
        ("headlines", DiscourseTemplates.Headlines),
        ("negative-scare-quotes-titles", NegativeTemplates.ScareQuotesAndTitles),
        ("negative-no-speech", NegativeTemplates.NegatedOrAbsentSpeech),
        ("negative-non-speech-verbs", NegativeTemplates.NonSpeechVerbs),
    ];

    public static IReadOnlyList<string> CapabilityNames { get; } = Capabilities.Select(c => c.Name).ToArray();

    /// <summary>Every case of the suite, in capability order.</summary>
    public static IReadOnlyList<BehaviourCase> Generate(int seed = DefaultSeed)
    {
        var cases = new List<BehaviourCase>();
        for (var i = 0; i < Capabilities.Length; i++)
        {
            var (name, generate) = Capabilities[i];
            generate(new CaseSink(name, unchecked(seed * 7919 + i), cases));
        }

        return cases;
    }

    /// <summary>Runs every case through the extractor.</summary>
    public static IReadOnlyList<CaseResult> Run(IClaimExtractor extractor, IReadOnlyList<BehaviourCase> cases)
    {
        var results = new CaseResult[cases.Count];
        for (var i = 0; i < cases.Count; i++)
        {
            var found = extractor.Extract(cases[i].Text).Claims;
            var reason = Check(cases[i], found);
            results[i] = new CaseResult(cases[i], reason is null, reason ?? "", found);
        }

        return results;
    }

    /// <summary>Pass counts per capability (in suite order) and overall (last, named "overall").</summary>
    public static IReadOnlyList<CapabilityScore> Score(IReadOnlyList<CaseResult> results)
    {
        var scores = CapabilityNames
            .Select(name => results.Where(r => r.Case.Capability == name).ToArray())
            .Select((rs, i) => new CapabilityScore(CapabilityNames[i], rs.Count(r => r.Passed), rs.Length))
            .ToList();
        scores.Add(new CapabilityScore("overall", results.Count(r => r.Passed), results.Count));
        return scores;
    }

    /// <summary>Null when the case passes, else why it fails.</summary>
    public static string? Check(BehaviourCase behaviourCase, IReadOnlyList<Claim> found)
    {
        if (behaviourCase.ExpectsNoClaim)
        {
            return found.Count == 0 ? null : $"expected no claim, found {found.Count}";
        }

        foreach (var expected in behaviourCase.Claims)
        {
            if (!found.Any(claim => Matches(expected, claim)))
            {
                return $"missing {expected}";
            }
        }

        return null;
    }

    public static bool Matches(ExpectedClaim expected, Claim claim)
    {
        if (!Contains(claim.Text, expected.Content))
        {
            return false;
        }

        if (expected.NotContent is not null && Contains(claim.Text, expected.NotContent))
        {
            return false;
        }

        if (expected.Speaker is not null && (claim.Speaker is null || !Contains(claim.Speaker.Name, expected.Speaker)))
        {
            return false;
        }

        if (expected.Cue is not null && (claim.Cue is null || !Contains(claim.Cue.Text, expected.Cue)))
        {
            return false;
        }

        return expected.Kind is null || claim.Kind == expected.Kind;
    }

    private static bool Contains(string text, string words) =>
        Normalise(text).Contains(Normalise(words), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>One line per claim, for failure listings.</summary>
    public static string Describe(Claim claim) =>
        $"{claim.Kind} {claim.Confidence:0.00} speaker={claim.Speaker?.Name ?? "-"} cue={claim.Cue?.Text ?? "-"} text=\"{claim.Text}\"";
}
