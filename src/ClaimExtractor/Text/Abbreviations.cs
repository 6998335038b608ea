namespace ClaimExtraction.Text;

/// <summary>How an abbreviation's final period behaves, after the classes of the Penn Treebank tokenizer in CoreNLP.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation: a final period is split off and ends the sentence.</summary>
    None,

    /// <summary>
    /// Usually followed by a lower-case word ("Calif.", "Inc.", "Jan.", "etc."): the period stays unless a capital,
    /// a second space or a line break follows, which makes it the end of the sentence.
    /// </summary>
    LowerFollows,

    /// <summary>
    /// Usually followed by a capitalized word (titles "Sen.", initials "J.", acronyms "U.S.", "p.m."): the period
    /// stays unless a common sentence-opening word ("The", "He", "But") follows.
    /// </summary>
    UpperFollows,

    /// <summary>Only an abbreviation before a number ("No. 1", "Fig. 3"); elsewhere a word and a period.</summary>
    BeforeNumber,

    /// <summary>Never ends a sentence ("vs.").</summary>
    Always,
}

/// <summary>
/// Words that may keep their final period, in the classes CoreNLP's tokenizer uses, so that the tokens and the
/// sentence ends it makes can be imitated: the period of "U.S." stays in "the U.S. economy" but becomes a sentence end
/// in "in the U.S. The next day".
/// </summary>
internal static class Abbreviations
{
    // Months, weekdays, states, company words, post-name titles, Latin and other short forms.
    private static readonly WordSet LowerFollowsWords = new(
    [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri",
        "ala", "ariz", "calif", "colo", "conn", "ct", "dak", "fla", "ga", "ind", "kan", "kans", "ky", "md", "mich",
        "minn", "mo", "mont", "neb", "nev", "okla", "penn", "tenn", "va", "vt", "wis", "wisc", "wyo",
        "inc", "co", "cos", "corp", "pty", "pte", "ptys", "ptes", "ltd", "plc", "rt", "bancorp", "bhd", "assn", "univ", "intl", "sys",
        "tel", "est", "ext", "sq",
        "jr", "sr", "bros", "ed.d", "ph.d", "b.sc", "d.sc", "m.sc", "ll.b", "ll.d", "ll.m", "esq", "sci",
        "sp", "spp", "ssp", "sspp", "subsp", "subspp", "aff", "var",
        "etc", "ect", "al", "seq", "bldg", "pls", "wrt", "orig", "incl", "kr", "eg", "avg", "pl", "cir", "lb", "cit",
    ]);

    // State abbreviations that are also common words: only with a capital first letter ("Mass." but not "mass.").
    private static readonly WordSet LowerFollowsCapitalized = new(["az", "ark", "del", "ill", "mass", "miss", "ore", "pa", "tex", "wash"]);

    // Titles before names and a few other forms normally followed by a capitalized word.
    private static readonly WordSet UpperFollowsWords = new(
    [
        "mr", "mrs", "ms", "mx", "dr", "drs", "prof", "profs", "sen", "sens", "rep", "reps", "atty", "attys", "lt", "col",
        "gen", "messrs", "gov", "govs", "adm", "rev", "fr", "maj", "sgt", "cpl", "pvt", "capt", "st", "sta", "ste",
        "ave", "pres", "lieut", "hon", "brig", "cmdr", "comdr", "pfc", "spc", "supt", "supts", "det", "mt", "ft", "adj",
        "adv", "asst", "assoc", "ens", "insp", "mlle", "mme", "msgr", "sfc", "amb", "ven", "br", "eng",
        "invt", "elec", "natl", "mfg", "mtg", "dept", "blvd", "rd", "viz", "exh", "exhs", "govt", "wm", "jos", "cie",
        "cf", "treas", "syn", "def", "mk", "soc",
    ]);

    private static readonly WordSet BeforeNumberWords = new(
    [
        "ca", "ch", "chs", "fig", "figs", "prop", "no", "nos", "nr", "nrs", "vol", "vols", "sec", "sect", "secs", "sects",
        "art", "arts", "para", "paras", "bldg", "pp", "op", "approx", "rs", "apt", "res",
    ]);

    // Words that open a sentence often enough that an acronym or title before them ends the previous one. The
    // CoreNLP version behind the training data does not count "On", "By", "Before", "Although", "Most", "Under".
    private static readonly WordSet SentenceOpeners = new(
    [
        "a", "about", "according", "additionally", "after", "all", "also", "an", "another", "as", "at", "both", "but",
        "did", "during", "each", "earlier", "following", "for", "from", "he", "her", "here", "his", "how", "however",
        "if", "in", "it", "its", "last", "later", "many", "more", "now", "once", "one", "other", "our", "she", "since",
        "so", "some", "such", "that", "the", "their", "then", "there", "these", "they", "this", "two", "upon", "we",
        "when", "while", "what", "who", "why", "yet", "you",
    ]);

    /// <summary>The class of <paramref name="word"/> (given without its final period).</summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return AbbreviationKind.None;
        }

        // "vs." and "a.k.a." never end a sentence.
        if (word.Equals("vs", StringComparison.OrdinalIgnoreCase) || word.Equals("a.k.a", StringComparison.OrdinalIgnoreCase))
        {
            return AbbreviationKind.Always;
        }

        // A hyphenated word ending in an acronym keeps its period: "(D-N.Y.)", "R-S.C.,".
        var hyphen = word.LastIndexOf('-');
        if (hyphen > 0 && word.Length - hyphen > 3 && IsInitialOrAcronym(word[(hyphen + 1)..]))
        {
            return AbbreviationKind.Always;
        }

        // The classes overlap a little ("Rt."); the order follows the tokenizer's rule order.
        if (LowerFollowsWords.Contains(word) || (char.IsUpper(word[0]) && LowerFollowsCapitalized.Contains(word))
            || word.Equals("La", StringComparison.Ordinal))
        {
            return AbbreviationKind.LowerFollows;
        }

        if (IsInitialOrAcronym(word) || UpperFollowsWords.Contains(word) || (char.IsUpper(word[0]) && word.Equals("Miss", StringComparison.OrdinalIgnoreCase))
            || word.Equals("Pl", StringComparison.Ordinal) || word.Equals("Sc", StringComparison.Ordinal)
            || (word.Length == 2 && (word[0] is 'P' or 'p') && word[1] == 'h'))
        {
            return AbbreviationKind.UpperFollows;
        }

        return BeforeNumberWords.Contains(word) || word.Equals("pt", StringComparison.OrdinalIgnoreCase) && word[1] == 't'
            ? AbbreviationKind.BeforeNumber
            : AbbreviationKind.None;
    }

    /// <summary>
    /// Whether the period of <paramref name="kind"/>'s abbreviation, standing at <paramref name="period"/> with only
    /// white space after it, is a sentence end that the tokenizer splits off (CoreNLP returns it as a second token).
    /// </summary>
    public static bool EndsSentence(AbbreviationKind kind, string text, int period) => kind switch
    {
        AbbreviationKind.None => true,
        AbbreviationKind.LowerFollows => LowerFollowsEnd(text, period + 1) || QuotationFollows(text, period + 1),
        AbbreviationKind.UpperFollows => OpenerFollows(text, period + 1) || QuotationFollows(text, period + 1)
            || (IsNameInitial(text, period) && NextSourceFollows(text, period + 1)),
        AbbreviationKind.BeforeNumber => !NumberFollows(text, period + 1),
        _ => false,
    };

    /// <summary>"Calif.|  ", "Calif.|\nX", "Calif.| The": a second space or line break, or a capital after one.</summary>
    private static bool LowerFollowsEnd(string text, int after)
    {
        if (after + 1 >= text.Length)
        {
            return true;
        }

        var c = text[after + 1];
        return char.IsWhiteSpace(c) || char.IsUpper(c) || StartsMarkup(text, after + 1);
    }

    /// <summary>White space, then a common sentence opener ("The", "He", "Mr.") followed by a space, "?" or "!".</summary>
    private static bool OpenerFollows(string text, int after)
    {
        var i = after;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i == after || i >= text.Length)
        {
            return false;
        }

        if (StartsMarkup(text, i))
        {
            return true;
        }

        if (!char.IsUpper(text[i]))
        {
            return false;
        }

        var wordStart = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        if (i < text.Length && text[i] == '.' && (word.Equals("Mr", StringComparison.OrdinalIgnoreCase)
            || word.Equals("Mrs", StringComparison.OrdinalIgnoreCase) || word.Equals("Ms", StringComparison.OrdinalIgnoreCase)))
        {
            i++;
        }
        else if (!SentenceOpeners.Contains(word))
        {
            return false;
        }

        return i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '?' or '!');
    }

    /// <summary>
    /// "said Anna K. “The …", "said Carl Benning Jr. \"We …": white space, then a double quotation mark opening a
    /// capitalised quote. A name's initial or a title runs on into a name, never into a quotation, so the period ends
    /// the sentence and the next speaker's quote is not merged into this one's.
    /// </summary>
    private static bool QuotationFollows(string text, int after)
    {
        var i = after;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i > after && i + 1 < text.Length && text[i] is '"' or CharClass.LeftDouble && char.IsUpper(text[i + 1]);
    }

    /// <summary>"Anna K.": a single capital letter after a capitalised word, the initial that may end a name.</summary>
    private static bool IsNameInitial(string text, int period) =>
        period >= 4 && char.IsUpper(text[period - 1]) && text[period - 2] == ' ' && char.IsLetter(text[period - 3]);

    /// <summary>
    /// "said Anna K. Rev. P. Nkemelu disagreed", "said Martin L. Elena Petrescu disagreed: …": after a name's final
    /// initial, a title ("Rev.", "Dr.") or two capitalised words and a reporting verb (or a word before a colon) start
    /// the next speaker's sentence. A middle initial runs on into one surname ("John F. Kennedy said"), never into a
    /// title or a given name and surname, so the period ends the sentence. Reads a few words: constant work.
    /// </summary>
    private static bool NextSourceFollows(string text, int after)
    {
        var i = after;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var (firstStart, firstEnd) = (i, LettersEnd(text, i));
        if (i == after || firstEnd == firstStart || !char.IsUpper(text[firstStart]) || firstEnd >= text.Length)
        {
            return false;
        }

        if (text[firstEnd] == '.')
        {
            return UpperFollowsWords.Contains(text.AsSpan(firstStart, firstEnd - firstStart)) && firstEnd + 2 < text.Length
                && text[firstEnd + 1] == ' ' && char.IsUpper(text[firstEnd + 2]);
        }

        var secondStart = firstEnd + 1;
        var secondEnd = LettersEnd(text, secondStart);
        if (text[firstEnd] != ' ' || secondEnd == secondStart || !char.IsUpper(text[secondStart]) || secondEnd + 1 >= text.Length || text[secondEnd] != ' ')
        {
            return false;
        }

        var verbStart = secondStart + (secondEnd - secondStart) + 1;
        var verbEnd = LettersEnd(text, verbStart);
        return verbEnd > verbStart && char.IsLower(text[verbStart])
            && ((verbEnd < text.Length && text[verbEnd] == ':') || AttributionAhead.StartsAt(text, secondStart, Math.Min(text.Length, verbEnd + 1)));
    }

    private static int LettersEnd(string text, int i)
    {
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>"No. 1", "No.\n1": a digit after at most one white-space character.</summary>
    private static bool NumberFollows(string text, int after)
    {
        var i = after;
        if (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && char.IsAsciiDigit(text[i]);
    }

    /// <summary>A markup tag such as "&lt;tweet" or "&lt;/p&gt;" starts at <paramref name="i"/>.</summary>
    private static bool StartsMarkup(string text, int i) =>
        text[i] == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!');

    /// <summary>Single letters with single dots between them: "J", "U.S", "a.m", "D.C".</summary>
    private static bool IsInitialOrAcronym(ReadOnlySpan<char> word)
    {
        if ((word.Length & 1) == 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if ((i & 1) == 0 ? !char.IsAsciiLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
