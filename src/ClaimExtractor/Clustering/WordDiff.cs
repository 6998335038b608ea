namespace ClaimExtraction.Clustering;

/// <summary>One step of an alignment of two word sequences: a word both have, or one only the first or second has.</summary>
internal enum DiffOperation : byte
{
    Same,
    OnlyFirst,
    OnlySecond,
}

/// <summary>
/// A longest-common-subsequence alignment of two word sequences in linear space (Hirschberg's divide and conquer,
/// after the common prefix and suffix are taken off, so near-identical quotations cost little). Words are ids; a
/// negative id matches nothing (a break in a quotation).
/// </summary>
internal static class WordDiff
{
    public static List<DiffOperation> Align(ReadOnlySpan<int> first, ReadOnlySpan<int> second)
    {
        var operations = new List<DiffOperation>(first.Length + second.Length);
        AlignInto(first, second, operations);
        return operations;
    }

    private static void AlignInto(ReadOnlySpan<int> a, ReadOnlySpan<int> b, List<DiffOperation> operations)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix] && a[prefix] >= 0)
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)] && a[^(suffix + 1)] >= 0)
        {
            suffix++;
        }

        Add(operations, DiffOperation.Same, prefix);
        var middleA = a[prefix..^suffix];
        var middleB = b[prefix..^suffix];
        if (middleA.IsEmpty || middleB.IsEmpty)
        {
            Add(operations, DiffOperation.OnlyFirst, middleA.Length);
            Add(operations, DiffOperation.OnlySecond, middleB.Length);
        }
        else if (middleA.Length == 1)
        {
            var at = IndexOf(middleB, middleA[0]);
            Add(operations, DiffOperation.OnlySecond, at < 0 ? 0 : at);
            operations.Add(at < 0 ? DiffOperation.OnlyFirst : DiffOperation.Same);
            Add(operations, DiffOperation.OnlySecond, at < 0 ? middleB.Length : middleB.Length - at - 1);
        }
        else
        {
            // Split a at its middle; find where b splits so that the two halves' LCS lengths sum to the most.
            var half = middleA.Length / 2;
            var forward = ForwardLengths(middleA[..half], middleB);
            var backward = BackwardLengths(middleA[half..], middleB);
            var best = 0;
            var bestScore = -1;
            for (var j = 0; j <= middleB.Length; j++)
            {
                var score = forward[j] + backward[j];
                if (score > bestScore)
                {
                    bestScore = score;
                    best = j;
                }
            }

            AlignInto(middleA[..half], middleB[..best], operations);
            AlignInto(middleA[half..], middleB[best..], operations);
        }

        Add(operations, DiffOperation.Same, suffix);
    }

    // forward[j] = LCS length of a and b[..j], one row at a time.
    private static int[] ForwardLengths(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var previous = new int[b.Length + 1];
        var row = new int[b.Length + 1];
        for (var i = 0; i < a.Length; i++)
        {
            row[0] = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                row[j] = a[i] == b[j - 1] && a[i] >= 0 ? previous[j - 1] + 1 : Math.Max(previous[j], row[j - 1]);
            }

            (row, previous) = (previous, row);
        }

        return previous;
    }

    // backward[j] = LCS length of a and b[j..].
    private static int[] BackwardLengths(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var previous = new int[b.Length + 1];
        var row = new int[b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            row[b.Length] = 0;
            for (var j = b.Length - 1; j >= 0; j--)
            {
                row[j] = a[i] == b[j] && a[i] >= 0 ? previous[j + 1] + 1 : Math.Max(previous[j], row[j + 1]);
            }

            (row, previous) = (previous, row);
        }

        return previous;
    }

    private static int IndexOf(ReadOnlySpan<int> values, int value)
    {
        if (value < 0)
        {
            return -1;
        }

        return values.IndexOf(value);
    }

    private static void Add(List<DiffOperation> operations, DiffOperation operation, int count)
    {
        for (var k = 0; k < count; k++)
        {
            operations.Add(operation);
        }
    }
}
