using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution;

/// <summary>Finds the quotation or sentence at a character offset by binary search (quotations never overlap).</summary>
internal sealed class QuoteIndex
{
    private readonly AnnotatedDocument _doc;

    public QuoteIndex(AnnotatedDocument doc) => _doc = doc;

    /// <summary>The quotation whose opening mark is at <paramref name="offset"/> or whose text starts there.</summary>
    public Quotation? StartingAt(int offset)
    {
        var q = LastOpeningAtOrBefore(offset);
        return q is not null && (q.OpenMark == offset || q.ContentStart == offset) ? q : null;
    }

    /// <summary>The quotation closed by the mark at <paramref name="closeMark"/>.</summary>
    public Quotation? EndingAt(int closeMark)
    {
        var q = LastOpeningAtOrBefore(closeMark);
        return q is not null && q.CloseMark == closeMark ? q : null;
    }

    /// <summary>The quotation whose quoted text contains <paramref name="offset"/>.</summary>
    public Quotation? Around(int offset)
    {
        var q = LastOpeningAtOrBefore(offset);
        if (q is null)
        {
            return null;
        }

        foreach (var part in q.Parts)
        {
            if (part.Contains(offset))
            {
                return q;
            }
        }

        return null;
    }

    public int SentenceOf(int offset) => LastAtOrBefore(_doc.Sentences, offset, static s => s.Start);

    private Quotation? LastOpeningAtOrBefore(int offset)
    {
        var index = LastAtOrBefore(_doc.Quotations, offset, static q => q.OpenMark);
        return index < 0 ? null : _doc.Quotations[index];
    }

    /// <summary>Binary search: the last item (sorted by <paramref name="start"/>) that starts at or before the offset, or -1.</summary>
    private static int LastAtOrBefore<T>(T[] items, int offset, Func<T, int> start)
    {
        int lo = 0, hi = items.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (start(items[mid]) <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}

/// <summary>One sentence as the rules see it: its token range and quick questions about its tokens.</summary>
internal readonly struct SentenceView
{
    public SentenceView(AnnotatedDocument doc, int index, QuoteIndex quotes)
    {
        Doc = doc;
        Index = index;
        Quotes = quotes;
        First = doc.Sentences[index].FirstToken;
        End = doc.Sentences[index].EndToken;
    }

    public AnnotatedDocument Doc { get; }

    public int Index { get; }

    public QuoteIndex Quotes { get; }

    public int First { get; }

    public int End { get; }

    public bool Is(int token, string word) => Doc.TokenText(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The quotation that opens at token <paramref name="token"/> (its mark, or its first word).</summary>
    public Quotation? QuotationStartingAt(int token)
    {
        var t = Doc.Tokens[token];
        return Quotes.StartingAt(t.Start) ?? (t.Has(TokenShape.OpeningQuote) && token + 1 < Doc.Tokens.Length ? Quotes.StartingAt(Doc.Tokens[token + 1].Start) : null);
    }

    public Quotation? QuotationEndingAt(int closeMark) => Quotes.EndingAt(closeMark);

    public Quotation? QuotationAround(int offset) => Quotes.Around(offset);

    public bool InsideQuote(int offset) => Quotes.Around(offset) is not null;
}
