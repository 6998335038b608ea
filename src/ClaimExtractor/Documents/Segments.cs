namespace ClaimExtraction.Documents;

/// <summary>A sentence: a half-open range of tokens and the characters they cover.</summary>
internal readonly record struct Sentence(int FirstToken, int EndToken, int Start, int End, int Paragraph)
{
    public int TokenCount => EndToken - FirstToken;
}

/// <summary>A paragraph (one line of the input): half-open character range and its sentences.</summary>
internal readonly record struct Paragraph(int Start, int End, int FirstSentence, int EndSentence);

/// <summary>
/// A quotation: the characters between an opening mark and its closing mark (or the end of the paragraph where the
/// closing mark is missing). A quotation that continues into following paragraphs has one part per paragraph.
/// </summary>
internal sealed class Quotation
{
    public Quotation(int openMark, IReadOnlyList<TextRange> parts, int closeMark, int closeMarkWidth = 1)
    {
        OpenMark = openMark;
        Parts = parts;
        CloseMark = closeMark;
        CloseMarkWidth = closeMark >= 0 ? closeMarkWidth : 0;
    }

    /// <summary>Offset of the opening quotation mark.</summary>
    public int OpenMark { get; }

    /// <summary>The quoted text, one range per paragraph, marks excluded.</summary>
    public IReadOnlyList<TextRange> Parts { get; }

    /// <summary>Offset of the closing mark, or -1 when the quote was never closed.</summary>
    public int CloseMark { get; }

    /// <summary>Characters in the closing mark: 1, or 2 for a doubled apostrophe (''); 0 when unclosed.</summary>
    public int CloseMarkWidth { get; }

    public bool IsClosed => CloseMark >= 0;

    public int ContentStart => Parts[0].Start;

    public int ContentEnd => Parts[^1].End;

    /// <summary>Offset just past the closing mark, or the end of the content when unclosed.</summary>
    public int OuterEnd => CloseMark >= 0 ? CloseMark + CloseMarkWidth : ContentEnd;
}

/// <summary>A half-open character range into the document text.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;
}
