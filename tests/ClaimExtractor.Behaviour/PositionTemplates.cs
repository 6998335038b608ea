using static ClaimExtraction.Behaviour.Slots;

namespace ClaimExtraction.Behaviour;

/// <summary>Where the attribution stands, in which tense, with which cue, and "according to".</summary>
internal static class PositionTemplates
{
    public const int PerCapability = 30;

    /// <summary>"…," Okafor said. / "…," Okafor, the city's transport chief, said.</summary>
    public static void After(CaseSink sink)
    {
        for (var i = 0; i < PerCapability; i++)
        {
            var (p, q, cue, marks) = (sink.Pick(People), sink.Pick(Quotes), sink.Pick(CommonCues), sink.Pick(Marks.Double));
            var text = (i % 3) switch
            {
                0 => $"{marks.Wrap(q.Words + ",")} {p.Name} {cue}.",
                1 => $"{marks.Wrap(q.Words + ",")} {p.Name}, {p.Role}, {cue}.",
                _ => $"{marks.Wrap(q.Words + ",")} {p.Name} {cue} on Tuesday.",
            };
            sink.Add(text, new ExpectedClaim(q.Key, p.Surname, cue, ClaimKind.Direct));
        }
    }

    /// <summary>"…," said Okafor. / "…," insists Okafor, in past and present tense.</summary>
    public static void AfterInverted(CaseSink sink)
    {
        for (var i = 0; i < PerCapability; i++)
        {
            var (p, q, marks) = (sink.Pick(People), sink.Pick(Quotes), sink.Pick(Marks.Double));
            var cue = i % 2 == 0 ? sink.Pick(CommonCues) : sink.Pick(PresentCues);
            var text = (i % 4) switch
            {
                0 or 1 => $"{marks.Wrap(q.Words + ",")} {cue} {p.Name}.",
                _ => $"{marks.Wrap(q.Words + ",")} {cue} {p.Name}, {p.Role}.",
            };
            sink.Add(text, new ExpectedClaim(q.Key, p.Surname, cue, ClaimKind.Direct));
        }
    }

    /// <summary>Okafor said: "…" / Okafor said, "…" / Okafor told reporters: "…"</summary>
    public static void Before(CaseSink sink)
    {
        for (var i = 0; i < PerCapability; i++)
        {
            var (p, q, marks) = (sink.Pick(People), sink.Pick(Quotes), sink.Pick(Marks.Double));
            var cue = sink.Pick(CommonCues);
            var (text, expectedCue) = (i % 4) switch
            {
                0 => ($"{p.Name} {cue}: {marks.Wrap(q.Words + ".")}", cue),
                1 => ($"{p.Name} {cue}, {marks.Wrap(q.Words + ".")}", cue),
                2 => ($"{p.Name} told reporters on Monday: {marks.Wrap(q.Words + ".")}", "told"),
                _ => ($"Speaking after the meeting, {p.Name}, {p.Role}, {cue}: {marks.Wrap(q.Words + ".")}", cue),
            };
            sink.Add(text, new ExpectedClaim(q.Key, p.Surname, expectedCue, ClaimKind.Direct));
        }
    }

    /// <summary>"First half," Okafor said, "second half."</summary>
    public static void Inside(CaseSink sink)
    {
        for (var i = 0; i < PerCapability; i++)
        {
            var (p, q, rest, marks) = (sink.Pick(People), sink.Pick(Quotes), sink.Pick(Continuations), sink.Pick(Marks.Double));
            var cue = sink.Pick(CommonCues);
            var attribution = i % 2 == 0 ? $"{p.Name} {cue}" : $"{cue} {p.Name}";
            var text = $"{marks.Wrap(q.Words + ",")} {attribution}, {marks.Wrap(rest.Words + ".")}";
            sink.Add(text, new ExpectedClaim(q.Key, p.Surname, cue), new ExpectedClaim(rest.Key, p.Surname, cue));
        }
    }

    /// <summary>"First sentence," Okafor said. "Second sentence."</summary>
    public static void Between(CaseSink sink)
    {
        for (var i = 0; i < PerCapability; i++)
        {
            var (p, marks) = (sink.Pick(People), sink.Pick(Marks.Double));
            var (q1, q2) = sink.PickTwo(Quotes);
            var cue = sink.Pick(CommonCues);
            var attribution = i % 2 == 0 ? $"{p.Name} {cue}" : $"{cue} {p.Name}";
            var text = $"{marks.Wrap(q1.Words + ",")} {attribution}. {marks.Wrap(q2.Words + ".")}";
            sink.Add(text, new ExpectedClaim(q1.Key, p.Surname, cue), new ExpectedClaim(q2.Key, p.Surname, cue));
        }
    }

    private static readonly (string Verb, string Cue)[] TenseForms =
    [
        ("says", "says"), ("said", "said"), ("has said", "said"), ("had said", "said"), ("was saying", "saying"),
        ("warns", "warns"), ("warned", "warned"), ("has warned", "warned"), ("had warned", "warned"), ("will argue", "argue"),
        ("argues", "argues"), ("has argued", "argued"), ("is insisting", "insisting"), ("has insisted", "insisted"),
    ];

    /// <summary>The same attribution in present, past, perfect, pluperfect, progressive and future, quoted and reported.</summary>
    public static void Tenses(CaseSink sink)
    {
        for (var i = 0; i < PerCapability + 6; i++)
        {
            var (p, form, marks) = (sink.Pick(People), TenseForms[i % TenseForms.Length], sink.Pick(Marks.Double));
            if (i % 2 == 0)
            {
                var clause = sink.Pick(Clauses);
                sink.Add($"{p.Name} {form.Verb} that {clause.Words}.", new ExpectedClaim(clause.Key, p.Surname, form.Cue));
            }
            else
            {
                var q = sink.Pick(Quotes);
                sink.Add($"{p.Name} {form.Verb}: {marks.Wrap(q.Words + ".")}", new ExpectedClaim(q.Key, p.Surname, form.Cue, ClaimKind.Direct));
            }
        }
    }

    /// <summary>Reported speech with and without "that", the attribution before or after.</summary>
    public static void Indirect(CaseSink sink)
    {
        for (var i = 0; i < PerCapability; i++)
        {
            var (p, clause, cue) = (sink.Pick(People), sink.Pick(Clauses), sink.Pick(CommonCues));
            var text = (i % 4) switch
            {
                0 => $"{p.Name} {cue} that {clause.Words}.",
                1 => $"{p.Name}, {p.Role}, {cue} on Monday that {clause.Words}.",
                2 => $"{CaseSink.Capitalise(clause.Words)}, {p.Name} {cue}.",
                _ => $"{CaseSink.Capitalise(clause.Words)}, {cue} {p.Name}, {p.Role}.",
            };
            sink.Add(text, new ExpectedClaim(clause.Key, p.Surname, cue, ClaimKind.Indirect));
        }
    }

    /// <summary>"According to" a person, an organisation or a document, before or after the content.</summary>
    public static void AccordingTo(CaseSink sink)
    {
        for (var i = 0; i < PerCapability + 6; i++)
        {
            var clause = sink.Pick(Clauses);
            var source = (i % 3) switch
            {
                0 => new Source(sink.Pick(People).Name, ""),
                1 => sink.Pick(Organisations),
                _ => sink.Pick(Slots.Documents),
            };
            var key = source.Key.Length > 0 ? source.Key : source.Name.Split(' ')[^1];
            var text = (i / 3 % 2) == 0
                ? $"According to {source.Name}, {clause.Words}."
                : $"{CaseSink.Capitalise(clause.Words)}, according to {source.Name}.";
            sink.Add(text, new ExpectedClaim(clause.Key, key, "according"));
        }
    }

    private static readonly string[] CueNouns = ["claim", "warning", "assertion", "admission", "promise", "insistence"];

    /// <summary>Manner-of-speaking verbs beyond the usual list, and speech nouns ("Okafor's warning that …").</summary>
    public static void CueVocabulary(CaseSink sink)
    {
        for (var i = 0; i < PerCapability + 10; i++)
        {
            var p = sink.Pick(People);
            if (i % 4 == 3)
            {
                var (clause, noun) = (sink.Pick(Clauses), sink.Pick(CueNouns));
                var owner = i % 8 == 3 ? $"{p.Name}'s {noun}" : $"The {noun} by {p.Name}";
                sink.Add($"{owner} that {clause.Words} surprised the committee.", new ExpectedClaim(clause.Key, p.Surname, noun));
                continue;
            }

            var (q, cue, marks) = (sink.Pick(Quotes), sink.Pick(MannerCues), sink.Pick(Marks.Double));
            var text = (i % 4) switch
            {
                0 => $"{marks.Wrap(q.Words + ",")} {p.Name} {cue}.",
                1 => $"{marks.Wrap(q.Words + ",")} {cue} {p.Name}.",
                _ => $"{p.Name} {cue}: {marks.Wrap(q.Words + ".")}",
            };
            sink.Add(text, new ExpectedClaim(q.Key, p.Surname, cue, ClaimKind.Direct));
        }
    }
}
