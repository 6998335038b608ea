using ClaimExtraction.Text;

namespace ClaimExtraction.Attribution;

/// <summary>Closed classes of English words the attribution rules ask about. Small, fixed lists: no learning needed.</summary>
internal static class WordClasses
{
    public static readonly WordSet Auxiliaries = new(
    [
        "has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "am", "will", "would", "shall", "should",
        "did", "does", "do", "may", "might", "can", "could", "must", "'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll",
    ]);

    public static readonly WordSet Negations = new(["not", "n't", "n’t", "never", "no", "neither", "nor", "cannot", "without", "refused", "declined"]);

    public static readonly WordSet SubjectPronouns = new(["he", "she", "they", "i", "we", "you", "it", "there", "this", "that", "these", "those", "who"]);

    public static readonly WordSet PersonPronouns = new(["he", "she", "i", "we", "they", "him", "her", "his", "hers", "them", "their", "himself", "herself", "you"]);

    public static readonly WordSet ObjectPronouns = new(["him", "her", "them", "us", "me", "reporters", "journalists"]);

    public static readonly WordSet Relatives = new(["who", "that", "which", "whom"]);

    /// <summary>Words that stand for a whole group of unnamed people when they are the subject: "Some believe".</summary>
    public static readonly WordSet GroupQuantifiers = new(["some", "others", "many", "most", "few", "several", "both", "all", "none", "critics", "experts", "analysts", "observers", "supporters", "opponents", "skeptics", "sceptics", "detractors", "advocates", "economists", "scientists", "officials", "lawmakers", "republicans", "democrats", "conservatives", "liberals", "voters", "residents", "people", "americans", "historians", "commentators", "pundits", "researchers", "strategists", "insiders", "activists", "diplomats", "leaders"]);

    /// <summary>Heads of unnamed individual sources: "a senior official", "sources familiar with the talks".</summary>
    public static readonly WordSet AnonymousHeads = new(["source", "sources", "official", "officials", "aide", "aides", "person", "people", "insider", "insiders", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisers", "advisor", "advisors", "staffer", "staffers", "operative", "operatives", "associate", "associates", "confidant", "witness", "witnesses", "member", "members", "someone"]);

    /// <summary>Heads that make a noun phrase an institution: "the Biden administration", "The Post".</summary>
    public static readonly WordSet OrganizationHeads = new(["administration", "campaign", "committee", "department", "ministry", "government", "party", "agency", "office", "house", "senate", "congress", "court", "council", "commission", "bureau", "foundation", "institute", "university", "company", "corporation", "association", "union", "network", "newspaper", "times", "post", "journal", "news", "magazine", "group", "organization", "organisation", "board", "service", "center", "centre", "pac", "inc", "corp", "fund", "team", "staff", "embassy", "kremlin", "pentagon", "police", "fbi", "cia", "nato", "poll", "survey", "report", "study", "statement", "press", "media", "reuters", "ap", "cnn", "fox", "msnbc", "nbc", "abc", "cbs", "politico", "breitbart", "tribune", "herald", "gazette", "daily"]);

    /// <summary>Title words that stand before a name and become the speaker's role.</summary>
    public static readonly WordSet TitleWords = new(["president", "vice", "former", "senator", "sen.", "sen", "rep.", "rep", "representative", "gov.", "gov", "governor", "mayor", "secretary", "minister", "prime", "chancellor", "candidate", "nominee", "speaker", "leader", "chairman", "chairwoman", "chair", "director", "chief", "general", "gen.", "judge", "justice", "attorney", "ambassador", "mr.", "mrs.", "ms.", "dr.", "prof.", "professor", "analyst", "spokesman", "spokeswoman", "adviser", "advisor", "strategist", "pollster", "manager", "executive", "ceo", "founder", "co-founder", "host", "anchor", "correspondent", "reporter", "columnist", "editor", "author", "economist", "historian", "commentator", "senior", "deputy", "acting", "state", "u.s.", "us", "american", "russian", "ukrainian", "democratic", "republican", "gop", "political", "foreign", "policy", "campaign", "press", "white", "house", "national", "security", "lt.", "col.", "capt.", "sgt.", "rev.", "king", "queen", "pope", "first", "lady", "then", "then-president", "then-candidate", "businessman", "billionaire", "lawmaker", "congressman", "congresswoman", "conservative", "liberal", "progressive", "talk", "radio", "tv", "television", "fellow", "scholar", "expert", "official", "lawyer", "chief", "of", "staff", "committee", "campaign", "independent", "libertarian", "green", "party", "vp"]);

    /// <summary>Verbs whose object noun names the speech act of their subject ("made a claim", "issued a warning").</summary>
    public static readonly WordSet SupportVerbs = new(["make", "issue", "release", "send", "deliver", "offer", "give", "put", "publish", "post", "voice", "express", "raise", "level"]);

    public static readonly WordSet ClauseBreakers = new(["when", "while", "because", "although", "though", "after", "before", "since", "unless", "if", "as", "whether", "where", "but", "and", "or", "so", "yet"]);

    public static readonly WordSet Weekdays = new(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "earlier", "later", "recently", "again", "also", "repeatedly", "publicly", "privately", "often", "once", "last", "this", "week", "month", "year", "night", "morning", "afternoon", "evening", "in", "a", "an", "the", "statement", "interview", "on", "twitter", "at", "during", "speech", "rally", "press", "conference", "told", "reporters", "to", "with", "his", "her", "their", "its", "post", "posted", "email", "emailed", "an", "news", "radio", "show", "tweet", "message", "letter", "wrote", "written", "of"]);
}
