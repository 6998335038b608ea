namespace ClaimExtraction.Behaviour;

/// <summary>A person: full name, the surname the checks look for, and the pronoun that refers to them.</summary>
public sealed record Person(string Name, string Surname, string Pronoun, string Role);

/// <summary>A sentence to quote (no final punctuation) and the key words a claim must contain.</summary>
public sealed record Quote(string Words, string Key);

/// <summary>A named body or a document: how the text names it and the key word of its speaker name.</summary>
public sealed record Source(string Name, string Key);

/// <summary>The slot fillers every template draws from. All sentences are written for this suite.</summary>
internal static class Slots
{
    public static readonly Person[] People =
    [
        new("Maria Okafor", "Okafor", "she", "the city's transport chief"),
        new("Daniel Brandt", "Brandt", "he", "a union organiser"),
        new("Aiko Tanaka", "Tanaka", "she", "a hydrologist at the regional water board"),
        new("Samuel Mensah", "Mensah", "he", "the hospital's medical director"),
        new("Lucia Ferreira", "Ferreira", "she", "a farmer from the valley"),
        new("Tomasz Wojcik", "Wojcik", "he", "the harbour master"),
        new("Priya Raman", "Raman", "she", "an economist at the state bank"),
        new("Jonas Lindqvist", "Lindqvist", "he", "the club's head coach"),
        new("Fatima Haddad", "Haddad", "she", "a tenant organiser"),
        new("Rafael Ortega", "Ortega", "he", "the mayor of the port town"),
        new("Ingrid Solberg", "Solberg", "she", "a school principal"),
        new("Kwame Asante", "Asante", "he", "a spokesman for the grain traders"),
        new("Elena Petrescu", "Petrescu", "she", "the council's finance officer"),
        new("Hugo Marchetti", "Marchetti", "he", "a retired engineer"),
    ];

    /// <summary>Names with titles, initials and suffixes; the surname is what the speaker's name must contain.</summary>
    public static readonly Person[] Titled =
    [
        new("Prof. B. Okafor", "Okafor", "she", "an epidemiologist"),
        new("Dr. Lin", "Lin", "he", "a surgeon"),
        new("Mrs. Lowell", "Lowell", "she", "a shop owner"),
        new("Mr. J. R. Hale", "Hale", "he", "a ferry operator"),
        new("Sen. Ana Ruiz", "Ruiz", "she", "a senator"),
        new("Gov. T. Whitfield", "Whitfield", "he", "the governor"),
        new("Lt. Col. M. Varga", "Varga", "she", "an army officer"),
        new("Ms. Odile Brun", "Brun", "she", "a lawyer"),
        new("Rev. P. Nkemelu", "Nkemelu", "he", "a parish priest"),
        new("Capt. D. Moreau", "Moreau", "he", "a ship's captain"),
        new("Dr. Helga Strand", "Strand", "she", "a virologist"),
        new("Carl Benning Jr.", "Benning", "he", "a property developer"),
        new("Insp. Yusuf Demir", "Demir", "he", "a police inspector"),
        new("St. John Abara", "Abara", "he", "a lawmaker"),
    ];

    /// <summary>Names that end in an initial or a suffix, so that the name's last token looks like a sentence end.</summary>
    public static readonly Person[] EndingInInitial =
    [
        new("Anna K.", "Anna", "she", "a nurse"),
        new("Prof. Lena B.", "Lena", "she", "a lecturer"),
        new("Peter Vance Sr.", "Vance", "he", "a fisherman"),
        new("Martin L.", "Martin", "he", "a driver"),
        new("Dr. Sofia R.", "Sofia", "she", "a paediatrician"),
        new("Hannah Cole Jr.", "Cole", "she", "a student"),
        new("Mr. Omar T.", "Omar", "he", "a witness"),
    ];

    public static readonly Source[] Organisations =
    [
        new("the Red Cross", "Red Cross"),
        new("Amnesty International", "Amnesty"),
        new("the World Bank", "World Bank"),
        new("Northwind Logistics", "Northwind"),
        new("the Transport Ministry", "Ministry"),
        new("the Greenfield Water Trust", "Greenfield"),
        new("the Federal Reserve", "Federal Reserve"),
        new("Baltic Shipping Group", "Baltic"),
        new("the national weather service", "weather service"),
        new("Solace Pharmaceuticals", "Solace"),
    ];

    public static readonly Source[] Documents =
    [
        new("the report", "report"),
        new("the audit", "audit"),
        new("a court filing", "filing"),
        new("the ministry's annual review", "review"),
        new("a draft of the budget", "draft"),
        new("the inspection report", "report"),
        new("an internal memo", "memo"),
        new("the study", "study"),
    ];

    public static readonly Quote[] Quotes =
    [
        new("We will not raise bus fares this year", "raise bus fares"),
        new("The bridge needs urgent repairs before winter", "urgent repairs"),
        new("Nobody warned us that the factory would close", "factory would close"),
        new("Our nurses are working double shifts every week", "double shifts"),
        new("The new figures show a clear drop in burglaries", "drop in burglaries"),
        new("This budget leaves rural schools behind", "rural schools behind"),
        new("The harbour should reopen to small boats in March", "reopen to small boats"),
        new("The vaccine supply is stable for now", "vaccine supply is stable"),
        new("Farmers cannot survive another dry summer", "another dry summer"),
        new("The merger will cost hundreds of jobs in the valley", "hundreds of jobs"),
        new("We have asked the auditors to check the accounts again", "asked the auditors"),
        new("The river has never been this low in living memory", "never been this low"),
        new("Rents in the old town have doubled in five years", "have doubled in five years"),
        new("Those numbers are simply wrong", "simply wrong"),
        new("The library will stay open on Sundays", "open on Sundays"),
        new("The northern routes need more buses at rush hour", "more buses at rush hour"),
        new("The ceasefire is holding in most districts", "ceasefire is holding"),
        new("Teachers deserve a fair contract and a real pay rise", "fair contract"),
        new("The plant will run on solar power by next spring", "solar power"),
        new("Our volunteers cleared the beach in two hours", "cleared the beach"),
        new("The new runway would ruin the wetlands", "ruin the wetlands"),
        new("We found no trace of the missing shipment", "missing shipment"),
        new("The tram line will be finished on schedule", "finished on schedule"),
        new("Waiting lists at the clinic keep getting longer", "keep getting longer"),
    ];

    /// <summary>Second halves of a quotation that an attribution interrupts.</summary>
    public static readonly Quote[] Continuations =
    [
        new("and the night buses will keep running", "night buses"),
        new("but the repairs will take months", "repairs will take months"),
        new("and we intend to keep that promise", "keep that promise"),
        new("though the final bill is still unknown", "final bill"),
        new("and nobody here is surprised by it", "nobody here is surprised"),
        new("so the families will have to wait", "families will have to wait"),
        new("because the old pipes cannot take the pressure", "old pipes"),
        new("which is why we are asking for patience", "asking for patience"),
    ];

    public static readonly Quote[] Questions =
    [
        new("Who is going to pay for the repairs", "pay for the repairs"),
        new("Why did the council wait so long", "council wait so long"),
        new("How can a family live on this wage", "live on this wage"),
        new("Where were the inspectors last winter", "inspectors last winter"),
        new("What happens to the workers now", "happens to the workers"),
        new("Is anyone listening to the residents", "listening to the residents"),
        new("Does the ministry even read our letters", "read our letters"),
        new("When will the pumps be fixed", "pumps be fixed"),
    ];

    public static readonly Quote[] Exclamations =
    [
        new("Get the children out of the building", "children out of the building"),
        new("Stop the trucks at the gate", "trucks at the gate"),
        new("That is a disgrace to this city", "disgrace to this city"),
        new("Keep the lights on for the night shift", "lights on for the night"),
        new("We won the cup at last", "won the cup"),
        new("Close the road before it floods", "close the road"),
    ];

    /// <summary>Reported clauses for indirect speech; they read well after "said (that)" in any tense.</summary>
    public static readonly Quote[] Clauses =
    [
        new("the bridge needed urgent repairs", "urgent repairs"),
        new("fares would stay the same next year", "fares would stay the same"),
        new("the clinic had run out of test kits", "run out of test kits"),
        new("the council ignored several warnings about the dam", "ignored several warnings"),
        new("the company would move its headquarters to the coast", "move its headquarters"),
        new("the harvest was the worst in a decade", "worst in a decade"),
        new("the new law would protect tenants from eviction", "protect tenants"),
        new("more police officers were needed near the station", "more police officers"),
        new("the ferry service had lost money for three years", "lost money for three years"),
        new("the school would hire twelve new teachers", "twelve new teachers"),
    ];

    /// <summary>Cue verbs that news corpora use all the time (past tense).</summary>
    public static readonly string[] CommonCues =
        ["said", "added", "explained", "insisted", "warned", "argued", "claimed", "stated", "noted", "declared", "admitted", "stressed"];

    /// <summary>Manner-of-speaking and other less common cue verbs (past tense), mostly absent from PolNeAR's cue list.</summary>
    public static readonly string[] MannerCues =
    [
        "grumbled", "shrieked", "sobbed", "muttered", "whispered", "shouted", "snapped", "murmured", "yelled", "stammered",
        "growled", "sighed", "barked", "hissed", "mumbled", "groaned", "quipped", "gasped", "bellowed", "lamented",
        "scoffed", "fumed", "pleaded", "cried",
    ];

    /// <summary>Present-tense forms for the inverted present ("…, insists Moreau").</summary>
    public static readonly string[] PresentCues = ["says", "insists", "warns", "argues", "explains", "adds", "notes", "claims"];
}
