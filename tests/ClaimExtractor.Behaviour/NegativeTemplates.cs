using static ClaimExtraction.Behaviour.Slots;

namespace ClaimExtraction.Behaviour;

/// <summary>Texts in which nobody claims anything: no claim may be found in them.</summary>
internal static class NegativeTemplates
{
    public const int PerCapability = 30;

    private static readonly string[] ScareWords = ["reform", "modernisation", "green", "temporary", "voluntary", "savings", "consultation", "upgrade"];

    private static readonly string[] Titles =
    [
        "Salt and Stone", "Northern Lights", "The Quiet Harbour", "A Year Without Rain", "Nobody Leaves Tonight",
        "We Were Never Here", "Bread and Ashes", "The Last Ferry",
    ];

    /// <summary>Scare quotes around a word, and titles of works in quotation marks.</summary>
    public static void ScareQuotesAndTitles(CaseSink sink)
    {
        string[] scare =
        [
            "The so-called {0} plan was shelved in March.",
            "The council's {0} car park has now stood for nine years.",
            "Critics of the {0} programme gathered outside the town hall on Saturday.",
            "The {0} scheme cost the city twice the original estimate.",
            "Workers at the depot were moved to the {0} shift last spring.",
        ];
        string[] titles =
        [
            "The band released {0} in 2019.",
            "{1} starred in {0} last year.",
            "The exhibition {0} opens on Friday at the city museum.",
            "Her novel {0} sold 40,000 copies in its first month.",
            "The documentary {0} won a prize at the festival in June.",
            "The choir will perform {0} at the cathedral on Sunday.",
        ];
        for (var i = 0; i < PerCapability + 6; i++)
        {
            var marks = sink.Pick(Marks.All);
            if (i % 2 == 0)
            {
                sink.None(string.Format(sink.Pick(scare), marks.Wrap(sink.Pick(ScareWords))));
            }
            else
            {
                sink.None(string.Format(sink.Pick(titles), marks.Wrap(sink.Pick(Titles)), sink.Pick(People).Name));
            }
        }
    }

    /// <summary>Negated speech (nobody says anything) and plain narrative without any speech at all.</summary>
    public static void NegatedOrAbsentSpeech(CaseSink sink)
    {
        string[] negated =
        [
            "{0} declined to comment on the plans.",
            "{0} has not responded to requests for comment.",
            "{0} did not return calls on Monday.",
            "{1} would not confirm the figures.",
            "{1} has not commented on the closure.",
            "{0} refused to discuss the contract with reporters.",
        ];
        string[] absent =
        [
            "{0} visited the harbour on Monday and met the crew.",
            "{0} left the meeting early to catch a train.",
            "The ferry arrived two hours late on Sunday.",
            "{0} moved to the coast in 2011 and opened a bakery.",
            "{1} opened a new depot near the airport in May.",
            "Heavy rain closed three roads in the valley overnight.",
            "For now, the bridge stays closed to traffic.",
            "In the meantime, buses will run every ten minutes.",
            "With the storm over, crews began repairs on the pier.",
        ];
        for (var i = 0; i < PerCapability + 6; i++)
        {
            var template = i % 2 == 0 ? sink.Pick(negated) : sink.Pick(absent);
            sink.None(string.Format(template, sink.Pick(People).Name, CaseSink.Capitalise(sink.Pick(Organisations).Name)));
        }
    }

    /// <summary>Reports about medicine, finance, sport and courts whose verbs are not speech: arrested, requires, scored.</summary>
    public static void NonSpeechVerbs(CaseSink sink)
    {
        string[] medicine =
        [
            "The patient was discharged on Tuesday after surgery.",
            "{0} was treated for smoke inhalation at the district hospital.",
            "The drug requires a prescription in most countries.",
            "The clinic vaccinated {2} children last week.",
            "Surgeons removed the tumour in a four-hour operation.",
        ];
        string[] finance =
        [
            "Shares in {1} rose {3} percent on Friday.",
            "The central bank raised interest rates by half a point.",
            "The regulation requires written approval from the board.",
            "The fund lost a third of its value in March.",
            "{1} cut {2} jobs after the merger.",
        ];
        string[] sport =
        [
            "The striker was suspended for two matches after the foul.",
            "{0} scored twice in the second half.",
            "The club signed a new goalkeeper on a three-year contract.",
            "The match was postponed because of the storm.",
            "The team finished third in the league for the {4} time.",
        ];
        string[] courts =
        [
            "The driver was arrested after the crash.",
            "The judge sentenced {0} to four years in prison.",
            "The court adjourned the hearing until May.",
            "The jury acquitted the former manager of fraud.",
            "Police charged two men with burglary on Sunday.",
            "{0} was released on bail on Thursday.",
        ];
        string[][] domains = [medicine, finance, sport, courts];
        string[] ordinals = ["second", "third", "fifth"];
        for (var i = 0; i < PerCapability + 10; i++)
        {
            var template = sink.Pick(domains[i % domains.Length]);
            var text = string.Format(template, sink.Pick(People).Name, sink.Pick(Organisations).Name.Replace("the ", ""),
                20 + sink.Next(400), 1 + sink.Next(9), sink.Pick(ordinals));
            sink.None(text);
        }
    }
}
