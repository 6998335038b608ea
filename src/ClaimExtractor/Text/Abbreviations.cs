namespace ClaimExtraction.Text;

/// <summary>Words that keep their final period (titles, months, corporate suffixes, state abbreviations).</summary>
internal static class Abbreviations
{
    private static readonly WordSet Known = new(new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr",
        "pres", "sec", "amb", "atty", "rev", "fr", "st", "sr", "jr", "messrs", "hon", "supt", "insp", "det", "cpl", "pvt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "corp", "co", "ltd", "llc", "bros", "dept", "univ", "assn", "intl", "est",
        "vs", "etc", "no", "nos", "vol", "fig", "approx", "ca", "cf", "al", "ed", "eds", "ph", "pp", "mt", "ft",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
        "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex",
        "va", "vt", "wash", "wis", "wyo", "ariz", "d.c",
    });

    /// <summary>Whether <paramref name="word"/> (without its final period) is an abbreviation that keeps the period.</summary>
    public static bool KeepsPeriod(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        // Initials and dotted acronyms: "J", "U.S", "a.m", "D.C".
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return true;
        }

        if (word.Contains('.') && IsDottedAcronym(word))
        {
            return true;
        }

        return Known.Contains(word);
    }

    /// <summary>Titles that often stand before a name and rarely end a sentence.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) =>
        word.Equals("Mr", StringComparison.Ordinal) || word.Equals("Mrs", StringComparison.Ordinal) || word.Equals("Ms", StringComparison.Ordinal)
        || word.Equals("Dr", StringComparison.Ordinal) || word.Equals("Sen", StringComparison.Ordinal) || word.Equals("Rep", StringComparison.Ordinal)
        || word.Equals("Gov", StringComparison.Ordinal) || word.Equals("Gen", StringComparison.Ordinal) || word.Equals("Prof", StringComparison.Ordinal)
        || word.Equals("Lt", StringComparison.Ordinal) || word.Equals("Col", StringComparison.Ordinal) || word.Equals("St", StringComparison.Ordinal)
        || word.Equals("Rev", StringComparison.Ordinal) || word.Equals("Sgt", StringComparison.Ordinal) || word.Equals("Capt", StringComparison.Ordinal);

    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        // Letters separated by single dots, each run at most 2 letters: "U.S", "U.N", "a.m", "Ph.D".
        var run = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (run == 0)
                {
                    return false;
                }

                run = 0;
            }
            else if (char.IsLetter(c))
            {
                if (++run > 2)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        return run > 0;
    }
}
