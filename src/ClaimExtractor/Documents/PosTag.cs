namespace ClaimExtraction.Documents;

/// <summary>Penn Treebank part-of-speech tags, as CoreNLP writes them. <see cref="None"/> means "not tagged".</summary>
internal enum PosTag : byte
{
    None = 0,
    CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRPS, RB, RBR, RBS, RP,
    SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB,
    Comma, Period, Colon, OpenQuote, CloseQuote, LeftBracket, RightBracket, Dollar, Hash,
}

/// <summary>Conversions between <see cref="PosTag"/> and the PTB strings, and tag classes the rules ask about.</summary>
internal static class PosTags
{
    private static readonly string[] Names =
    [
        "", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS",
        "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP",
        "WP$", "WRB", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "$", "#",
    ];

    private static readonly Dictionary<string, PosTag> ByName = BuildLookup();

    /// <summary>Number of tags including <see cref="PosTag.None"/>.</summary>
    public const int Count = (int)PosTag.Hash + 1;

    public static string ToPtb(this PosTag tag) => Names[(int)tag];

    public static PosTag Parse(string ptb) => ByName.TryGetValue(ptb, out var tag) ? tag : PosTag.None;

    public static bool IsVerb(this PosTag t) => t is >= PosTag.VB and <= PosTag.VBZ;

    public static bool IsNoun(this PosTag t) => t is >= PosTag.NN and <= PosTag.NNPS;

    public static bool IsProperNoun(this PosTag t) => t is PosTag.NNP or PosTag.NNPS;

    public static bool IsAdjective(this PosTag t) => t is >= PosTag.JJ and <= PosTag.JJS;

    public static bool IsPunctuation(this PosTag t) => t >= PosTag.Comma;

    private static Dictionary<string, PosTag> BuildLookup()
    {
        var map = new Dictionary<string, PosTag>(StringComparer.Ordinal);
        for (var i = 1; i < Names.Length; i++)
        {
            map[Names[i]] = (PosTag)i;
        }

        map["-LCB-"] = PosTag.LeftBracket;
        map["-RCB-"] = PosTag.RightBracket;
        return map;
    }
}
