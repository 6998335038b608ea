namespace ClaimExtraction.Documents;

/// <summary>Finds the quotation at a character offset by binary search (quotations never overlap).</summary>
internal sealed class QuoteIndex
{
    private readonly AnnotatedDocument _doc;

    public QuoteIndex(AnnotatedDocument doc) => _doc = doc;

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
