namespace ClaimExtraction.Documents;

/// <summary>Coarse facts about a token's characters, found by the tokenizer.</summary>
[Flags]
internal enum TokenShape : ushort
{
    None = 0,
    Word = 1,
    Number = 1 << 1,
    Punctuation = 1 << 2,
    Capitalized = 1 << 3,
    AllCaps = 1 << 4,
    OpeningQuote = 1 << 5,
    ClosingQuote = 1 << 6,
    Dash = 1 << 7,
    Url = 1 << 8,
    Contraction = 1 << 9,
    /// <summary>The token begins a paragraph (a line of the input).</summary>
    ParagraphStart = 1 << 10,
}

/// <summary>
/// One token of an <see cref="AnnotatedDocument"/>: half-open character offsets into the caller's string plus the
/// annotations later stages assign. Stored by value in one array per document; no object per token.
/// </summary>
internal struct Token
{
    public int Start;
    public int End;
    public TokenShape Shape;
    public PosTag Pos;
    public EntityType Entity;
    /// <summary>Index of the token's governor within the document, or -1 for a root or an unparsed token.</summary>
    public int Head;
    /// <summary>The dependency label to <see cref="Head"/>, interned; null when unparsed.</summary>
    public string? Relation;
    /// <summary>The lemma, lower-case for common words; null until lemmatized.</summary>
    public string? Lemma;

    public readonly int Length => End - Start;

    public readonly bool Has(TokenShape shape) => (Shape & shape) != 0;
}
