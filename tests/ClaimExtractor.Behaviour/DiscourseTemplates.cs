using static ClaimExtraction.Behaviour.Slots;

namespace ClaimExtraction.Behaviour;

/// <summary>Speakers across sentences and paragraphs: pronouns, short names, successive speakers, long quotes, headlines.</summary>
internal static class DiscourseTemplates
{
    public const int PerCapability = 30;

    /// <summary>Capitalised words a quotation may open with; a pronoun after it must never resolve to them.</summary>
    private static readonly string[] QuoteOpeners = ["Morning", "Monday", "Berlin", "Brussels", "Frankly", "Honestly", "Sorry", "Congratulations"];

    /// <summary>
    /// "she"/"he" after a quote resolves to the earlier person: never to a capitalised word inside the quotation, never
    /// to an organisation named in between, and to the person whose pronoun it is when two are named.
    /// </summary>
    public static void Pronouns(CaseSink sink)
    {
        for (var i = 0; i < PerCapability + 10; i++)
        {
            var (p, q, marks, cue) = (sink.Pick(People), sink.Pick(Quotes), sink.Pick(Marks.Double), sink.Pick(CommonCues));
            string text;
            switch (i % 4)
            {
                case 0:
                    var opener = sink.Pick(QuoteOpeners);
                    text = $"{p.Name} opened the door to the press room. {marks.Wrap(opener + ",")} {p.Pronoun} {cue}. {marks.Wrap(q.Words + ".")}";
                    break;
                case 1:
                    var org = sink.Pick(Organisations);
                    text = $"{p.Name}, {p.Role}, met officials from {org.Name} on Tuesday. {marks.Wrap(q.Words + ",")} {p.Pronoun} {cue} afterwards.";
                    break;
                case 2:
                    var other = PickOtherGender(sink, p);
                    text = $"{other.Name} and {p.Name} toured the site together. {marks.Wrap(q.Words + ",")} {p.Pronoun} {cue}.";
                    break;
                default:
                    var city = sink.Pick(QuoteOpeners[1..4]);
                    text = $"{p.Name} returned from a week of talks. {marks.Wrap(city + " was a long week. " + q.Words + ",")} {p.Pronoun} {cue}.";
                    break;
            }

            sink.Add(text, new ExpectedClaim(q.Key, p.Surname, cue));
        }
    }

    private static Person PickOtherGender(CaseSink sink, Person p)
    {
        while (true)
        {
            var other = sink.Pick(People);
            if (other.Pronoun != p.Pronoun)
            {
                return other;
            }
        }
    }

    /// <summary>A surname alone (or with a title) names the right one of two people introduced in full.</summary>
    public static void ShortNames(CaseSink sink)
    {
        for (var i = 0; i < PerCapability; i++)
        {
            var (a, b) = sink.PickPair(People);
            var (q, marks, cue) = (sink.Pick(Quotes), sink.Pick(Marks.Double), sink.Pick(CommonCues));
            var title = b.Pronoun == "she" ? "Ms." : "Mr.";
            var shortName = i % 3 == 2 ? $"{title} {b.Surname}" : b.Surname;
            var text = (i % 2) switch
            {
                0 => $"{a.Name}, {a.Role}, and {b.Name}, {b.Role}, spoke at the hearing.\n\n{marks.Wrap(q.Words + ",")} {shortName} {cue}.",
                _ => $"{b.Name} arrived after {a.Name} had left. {shortName} {cue} that {sink.Pick(Clauses).Words}. {marks.Wrap(q.Words + ",")} {cue} {shortName}.",
            };
            sink.Add(text, new ExpectedClaim(q.Key, b.Name, cue));
        }
    }

    /// <summary>Quotes by different speakers one after the other: each keeps its own speaker and stays apart.</summary>
    public static void SuccessiveSpeakers(CaseSink sink)
    {
        for (var i = 0; i < PerCapability + 6; i++)
        {
            var (a, b) = sink.PickPair(i % 3 == 2 ? Titled : People);
            var (q1, q2) = sink.PickTwo(Quotes);
            var marks = sink.Pick(Marks.Double);
            var (cue1, cue2) = sink.PickTwo(CommonCues);
            var separator = i % 2 == 0 ? " " : "\n\n";
            var text = (i % 3) switch
            {
                0 => $"{marks.Wrap(q1.Words + ",")} {a.Name} {cue1}.{separator}{marks.Wrap(q2.Words + ",")} {b.Name} {cue2}.",
                1 => $"{a.Name} {cue1}: {marks.Wrap(q1.Words + ".")}{separator}{b.Name} {cue2}: {marks.Wrap(q2.Words + ".")}",
                _ => $"{marks.Wrap(q1.Words + ",")} {cue1} {a.Name}.{separator}{marks.Wrap(q2.Words + ",")} {cue2} {b.Name}.",
            };
            sink.Add(text,
                new ExpectedClaim(q1.Key, a.Surname, cue1, NotContent: q2.Key),
                new ExpectedClaim(q2.Key, b.Surname, cue2, NotContent: q1.Key));
        }
    }

    /// <summary>
    /// A quotation left open at the end of its paragraph (a missing closing mark, or the attribution inside it): it must
    /// not swallow the next paragraph's quote, which another speaker is credited with.
    /// </summary>
    public static void OpenAtParagraphEnd(CaseSink sink)
    {
        for (var i = 0; i < PerCapability; i++)
        {
            var (a, b) = sink.PickPair(People);
            var (q1, q2) = sink.PickTwo(Quotes);
            var marks = sink.Pick(Marks.Double);
            var cue = sink.Pick(CommonCues);
            var text = (i % 3) switch
            {
                0 => $"{marks.Open}{q1.Words}, {a.Name} {cue}.\n\n{marks.Wrap(q2.Words + ",")} said {b.Name}.",
                1 => $"{marks.Open}{q1.Words}, {cue} {a.Name}, {a.Role}.\n\n{b.Name} {cue}: {marks.Wrap(q2.Words + ".")}",
                _ => $"{a.Name} spoke first. {marks.Open}{q1.Words}, {a.Pronoun} {cue}.\n\n{marks.Wrap(q2.Words + ",")} {b.Name} replied.",
            };
            sink.Add(text,
                new ExpectedClaim(q1.Key, a.Surname, cue, NotContent: q2.Key),
                new ExpectedClaim(q2.Key, b.Surname, null, NotContent: q1.Key));
        }
    }

    /// <summary>A quote running over paragraphs, each reopened with a mark: every part is the first speaker's.</summary>
    public static void MultiParagraph(CaseSink sink)
    {
        for (var i = 0; i < PerCapability; i++)
        {
            var (p, marks, cue) = (sink.Pick(People), sink.Pick(Marks.Double), sink.Pick(CommonCues));
            var (q1, q2) = sink.PickTwo(Quotes);
            var q3 = sink.Pick(Continuations);
            var third = CaseSink.Capitalise(q3.Words);
            var text = (i % 3) switch
            {
                0 => $"{p.Name} {cue}: {marks.Open}{q1.Words}.\n\n{marks.Open}{q2.Words}.\n\n{marks.Wrap(third + ".")}",
                1 => $"{marks.Wrap(q1.Words + ",")} {p.Name} {cue}. {marks.Open}{q2.Words}.\n\n{marks.Wrap(third + ".")}",
                _ => $"{p.Name}, {p.Role}, {cue} at length. {marks.Open}{q1.Words}.\n\n{marks.Open}{q2.Words}.\n\n{marks.Wrap(third + ".")}",
            };
            sink.Add(text,
                new ExpectedClaim(q1.Key, p.Surname, null),
                new ExpectedClaim(q2.Key, p.Surname, null),
                new ExpectedClaim(q3.Key, p.Surname, null));
        }
    }

    private static readonly string[] HeadlineLines =
    [
        "Port Town Braces for Winter Storms", "Fare Freeze Splits City Council", "Valley Farmers Count the Cost of Drought",
        "Clinic Queues Grow as Staff Leave", "New Tram Line Nears Completion", "Harbour Reopening Delayed Again",
        "Rents Soar in the Old Town", "Union Vows to Fight Plant Closure",
    ];

    private static readonly string[] Subheads = ["Budget pressures", "What comes next", "A long wait", "Reaction", "The numbers"];

    /// <summary>
    /// A headline (and a subhead) without final punctuation above the article: it is no claim and no speaker, and the
    /// claim below it keeps its own speaker. A "Name: quote" headline is that person's claim.
    /// </summary>
    public static void Headlines(CaseSink sink)
    {
        for (var i = 0; i < PerCapability; i++)
        {
            var (p, q, marks, cue) = (sink.Pick(People), sink.Pick(Quotes), sink.Pick(Marks.Double), sink.Pick(CommonCues));
            var headline = sink.Pick(HeadlineLines);
            var headlineKey = headline.Split(' ')[1];
            switch (i % 3)
            {
                case 0:
                    sink.Add($"{headline}\n\n{marks.Wrap(q.Words + ",")} {p.Name}, {p.Role}, {cue} on Monday.",
                        new ExpectedClaim(q.Key, p.Surname, cue, NotContent: headline));
                    break;
                case 1:
                    var clause = sink.Pick(Clauses);
                    var q2 = sink.Pick(Quotes);
                    sink.Add($"{headline}\n\n{p.Name} {cue} that {clause.Words}.\n\n{sink.Pick(Subheads)}\n\n{marks.Wrap(q2.Words + ",")} {p.Pronoun} {cue}.",
                        new ExpectedClaim(clause.Key, p.Surname, cue, NotContent: headlineKey),
                        new ExpectedClaim(q2.Key, p.Surname, cue));
                    break;
                default:
                    var single = sink.Pick([Marks.SingleCurly, Marks.SingleStraight]);
                    sink.Add($"{p.Surname}: {single.Wrap(q.Words)}\n\n{p.Name}, {p.Role}, spoke to reporters on Monday.",
                        new ExpectedClaim(q.Key, p.Surname, null));
                    break;
            }
        }
    }
}
