using static ClaimExtraction.Behaviour.Slots;

namespace ClaimExtraction.Behaviour;

/// <summary>Punctuation styles, quotation marks, questions and exclamations, and names with titles or initials.</summary>
internal static class StyleTemplates
{
    public const int PerCapability = 30;

    /// <summary>A comma or full stop outside the closing mark, the British way: "No", he shouted.</summary>
    public static void PunctuationOutside(CaseSink sink)
    {
        for (var i = 0; i < PerCapability; i++)
        {
            var (p, q, marks) = (sink.Pick(People), sink.Pick(Quotes), sink.Pick(Marks.All));
            var cue = sink.Pick(CommonCues);
            var text = (i % 4) switch
            {
                0 => $"{marks.Wrap(q.Words)}, {p.Name} {cue}.",
                1 => $"{marks.Wrap(q.Words)}, {cue} {p.Name}.",
                2 => $"{p.Name} {cue}: {marks.Wrap(q.Words)}.",
                _ => $"{p.Name} {cue} that it was {marks.Wrap(q.Words.ToLowerInvariant())}.",
            };
            var kind = i % 4 == 3 ? (ClaimKind?)null : ClaimKind.Direct;
            sink.Add(text, new ExpectedClaim(q.Key, p.Surname, cue, kind));
        }

        // Short exclamations with the comma outside, and a second sentence that must stay apart.
        string[] shortQuotes = ["No", "Never", "Not yet", "Enough", "Wait"];
        for (var i = 0; i < 10; i++)
        {
            var (p, word, marks, q) = (sink.Pick(People), sink.Pick(shortQuotes), sink.Pick(Marks.Double), sink.Pick(Quotes));
            var cue = sink.Pick(MannerCues);
            sink.Add($"{p.Name} stood up. {marks.Wrap(word)}, {p.Pronoun} {cue}. {marks.Wrap(q.Words + ".")}",
                new ExpectedClaim(word, p.Surname, cue, ClaimKind.Direct), new ExpectedClaim(q.Key, p.Surname, null));
        }
    }

    private static readonly string[] Dashes = ["\u2014", " \u2014 ", "\u2013", " \u2013 ", "--", " -- "];

    /// <summary>A dash or a colon between the quote and its attribution.</summary>
    public static void DashAndColon(CaseSink sink)
    {
        for (var i = 0; i < PerCapability + 6; i++)
        {
            var (p, q, marks) = (sink.Pick(i % 2 == 0 ? People : Titled), sink.Pick(Quotes), sink.Pick(Marks.Double));
            var dash = sink.Pick(Dashes);
            var cue = sink.Pick(CommonCues);
            var text = (i % 4) switch
            {
                0 => $"{marks.Wrap(q.Words)}{dash}{cue} {p.Name}.",
                1 => $"{marks.Wrap(q.Words + ".")}{dash}{p.Name}, {p.Role}, {cue} on Friday.",
                2 => $"{p.Name}{dash}{p.Role}{dash}{cue}: {marks.Wrap(q.Words + ".")}",
                _ => $"{p.Name} {cue} on Friday: {marks.Wrap(q.Words + ".")}",
            };
            sink.Add(text, new ExpectedClaim(q.Key, p.Surname, cue, ClaimKind.Direct));
        }
    }

    /// <summary>Straight, curly and single marks, before and after; every quote is direct speech.</summary>
    public static void QuotationMarks(CaseSink sink)
    {
        for (var i = 0; i < PerCapability + 10; i++)
        {
            var (p, q, marks) = (sink.Pick(People), sink.Pick(Quotes), Marks.All[i % Marks.All.Length]);
            var cue = sink.Pick(CommonCues);
            var text = (i / 4 % 3) switch
            {
                0 => $"{marks.Wrap(q.Words + ",")} {p.Name} {cue}.",
                1 => $"{p.Name} {cue}: {marks.Wrap(q.Words + ".")}",
                _ => $"{marks.Wrap(q.Words + ",")} {cue} {p.Name}, {p.Role}.",
            };
            sink.Add(text, new ExpectedClaim(q.Key, p.Surname, cue, ClaimKind.Direct));
        }
    }

    /// <summary>Quoted questions and exclamations, with the attribution after (lower case) or before.</summary>
    public static void QuestionsAndExclamations(CaseSink sink)
    {
        string[] askCues = ["asked", "wondered", "demanded", "said"];
        string[] exclaimCues = ["shouted", "cried", "yelled", "said", "exclaimed"];
        for (var i = 0; i < PerCapability + 6; i++)
        {
            var (p, marks) = (sink.Pick(People), sink.Pick(Marks.All));
            var question = i % 2 == 0;
            var q = question ? sink.Pick(Questions) : sink.Pick(Exclamations);
            var cue = question ? sink.Pick(askCues) : sink.Pick(exclaimCues);
            var mark = question ? "?" : "!";
            var text = (i / 2 % 3) switch
            {
                0 => $"{marks.Wrap(q.Words + mark)} {p.Name} {cue}.",
                1 => $"{marks.Wrap(q.Words + mark)} {cue} {p.Name}, {p.Role}.",
                _ => $"{p.Name} {cue}: {marks.Wrap(q.Words + mark)}",
            };
            sink.Add(text, new ExpectedClaim(q.Key, p.Surname, cue, ClaimKind.Direct));
        }
    }

    /// <summary>Titles, initials and suffixes in the speaker's name, in every position.</summary>
    public static void TitledNames(CaseSink sink)
    {
        for (var i = 0; i < PerCapability + 6; i++)
        {
            var (p, q, marks) = (sink.Pick(Titled), sink.Pick(Quotes), sink.Pick(Marks.Double));
            var cue = sink.Pick(CommonCues);
            var text = (i % 4) switch
            {
                0 => $"{marks.Wrap(q.Words + ",")} {cue} {p.Name}.",
                1 => $"{marks.Wrap(q.Words + ",")} {p.Name} {cue}.",
                2 => $"{p.Name}, {p.Role}, {cue}: {marks.Wrap(q.Words + ".")}",
                _ => $"{marks.Wrap(q.Words + ",")} {cue} {p.Name}, {p.Role}. The hearing resumes next week.",
            };
            sink.Add(text, new ExpectedClaim(q.Key, p.Surname, cue, ClaimKind.Direct));
        }
    }

    /// <summary>
    /// A name ending in an initial or suffix ("said Anna K.") closes one speaker's quote and the next speaker's quote
    /// follows at once: the two must stay apart, each with its own speaker.
    /// </summary>
    public static void NamesEndingInInitial(CaseSink sink)
    {
        for (var i = 0; i < PerCapability; i++)
        {
            var (first, second) = (sink.Pick(EndingInInitial), sink.Pick(i % 2 == 0 ? People : Titled));
            var (q1, q2) = sink.PickTwo(Quotes);
            var marks = sink.Pick(Marks.Double);
            var cue = sink.Pick(CommonCues);
            var text = (i % 3) switch
            {
                0 => $"{marks.Wrap(q1.Words + ",")} {cue} {first.Name} {marks.Wrap(q2.Words + ",")} said {second.Name}.",
                1 => $"{marks.Wrap(q1.Words + ",")} {cue} {first.Name} {second.Name} disagreed: {marks.Wrap(q2.Words + ".")}",
                _ => $"{marks.Wrap(q1.Words + ",")} {cue} {first.Name}\n\n{marks.Wrap(q2.Words + ",")} said {second.Name}.",
            };
            var secondCue = i % 3 == 1 ? null : "said";
            sink.Add(text,
                new ExpectedClaim(q1.Key, first.Surname, cue, NotContent: q2.Key),
                new ExpectedClaim(q2.Key, second.Surname, secondCue, NotContent: q1.Key));
        }
    }
}
