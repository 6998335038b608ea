namespace ClaimExtraction.Clustering;

/// <summary>
/// Compares two direct quotations of one statement word by word: omissions at the edges are a shorter or longer cut,
/// changes marked by an ellipsis, brackets or a break between quotations are elisions, and any other changed, added or
/// left-out word inside the quotation is a possible misquote.
/// </summary>
internal static class QuoteComparer
{
    /// <summary>Fewest words the two quotations must share, in order, to be compared at all.</summary>
    internal const int MinimumSharedWords = 3;

    /// <summary>Smallest share of the shorter quotation's words the alignment must match: below it the two are different
    /// parts of a statement (or different statements) and a diff would only pair up stray function words.</summary>
    internal const double MinimumSharedFraction = 0.6;

    /// <summary>Shortest run of shared words that anchors the alignment: words matched before the first such run or after
    /// the last are stray ("I" at the start of two different sentences) and count as the edge, not as the quotation.</summary>
    internal const int AnchorWords = 3;

    /// <summary>Most unmarked inner changes per shared word for two wordings to be variants of one quotation at all.</summary>
    internal const double MaximumChangesPerSharedWord = 1.0;

    public static (IReadOnlyList<WordChange> Diff, bool PossibleMisquote)? Compare(IReadOnlyList<QuoteWord> representative, IReadOnlyList<QuoteWord> variant)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var nextBreak = -1;
        int[] ToIds(IReadOnlyList<QuoteWord> words)
        {
            var result = new int[words.Count];
            for (var k = 0; k < words.Count; k++)
            {
                if (words[k].IsBreak)
                {
                    result[k] = nextBreak--;
                }
                else if (!ids.TryGetValue(words[k].Text!, out result[k]))
                {
                    result[k] = ids[words[k].Text!] = ids.Count;
                }
            }

            return result;
        }

        var a = ToIds(representative);
        var b = ToIds(variant);
        var operations = WordDiff.Align(a, b);
        SlideGapsRight(operations, a, b);
        var (firstSame, lastSame) = Anchors(operations);
        if (firstSame < 0)
        {
            return null;
        }

        var same = 0;
        for (var k = firstSame; k <= lastSame; k++)
        {
            same += operations[k] == DiffOperation.Same ? 1 : 0;
        }

        var shorter = Math.Min(CountWords(representative), CountWords(variant));
        if (same < MinimumSharedWords || same < MinimumSharedFraction * shorter)
        {
            return null;
        }

        var diff = new List<WordChange>();
        var misquote = false;
        var changes = 0;
        int ia = 0, ib = 0, op = 0;
        while (op < operations.Count)
        {
            if (operations[op] == DiffOperation.Same && op >= firstSame && op <= lastSame)
            {
                var words = new List<string>();
                while (op < operations.Count && operations[op] == DiffOperation.Same)
                {
                    words.Add(representative[ia++].Text!);
                    ib++;
                    op++;
                }

                diff.Add(new WordChange(WordChangeKind.Same, string.Join(' ', words)));
                continue;
            }

            // A gap: the run of steps between two shared words (or before the first, after the last).
            var edge = op < firstSame || op > lastSame;
            var removed = new List<string>();
            var added = new List<string>();
            var marked = false;
            while (op < operations.Count && (operations[op] != DiffOperation.Same || (edge && (op < firstSame || op > lastSame))))
            {
                if (operations[op] == DiffOperation.Same)
                {
                    // A stray shared word at the edge belongs to both cuts.
                    removed.Add(representative[ia++].Text!);
                    added.Add(variant[ib++].Text!);
                    op++;
                    continue;
                }

                var word = operations[op] == DiffOperation.OnlyFirst ? representative[ia++] : variant[ib++];
                if (word.IsBreak)
                {
                    marked = true;
                }
                else
                {
                    (operations[op] == DiffOperation.OnlyFirst ? removed : added).Add(word.Text!);
                }

                op++;
            }

            if (edge)
            {
                AddRun(diff, WordChangeKind.Truncated, removed);
                AddRun(diff, WordChangeKind.Extended, added);
            }
            else if (marked || SameLetters(removed, added))
            {
                // "e-mail" against "email", "do not" against "don't": the same letters, so not a change of words.
                AddRun(diff, marked ? WordChangeKind.Elided : WordChangeKind.Same, removed.Count > 0 ? removed : added);
                if (marked && removed.Count > 0)
                {
                    AddRun(diff, WordChangeKind.Elided, added);
                }
            }
            else
            {
                misquote = true;
                changes += removed.Count + added.Count;
                AddRun(diff, WordChangeKind.Removed, removed);
                AddRun(diff, WordChangeKind.Added, added);
            }
        }

        // Many unmarked changes mean two different passages that happen to share phrases, not one quotation reworded.
        return changes > MaximumChangesPerSharedWord * same ? null : (diff, misquote);
    }

    // A run of words only one side has, inside repeated words ("best player i give her the best player"), can sit
    // at several places; moved as far right as it goes, it joins a cut at the end instead of looking like a change.
    internal static void SlideGapsRight(List<DiffOperation> operations, int[] a, int[] b)
    {
        int ia = 0, ib = 0;
        for (var k = 0; k < operations.Count;)
        {
            var kind = operations[k];
            if (kind == DiffOperation.Same)
            {
                ia++;
                ib++;
                k++;
                continue;
            }

            var end = k;
            while (end < operations.Count && operations[end] == kind)
            {
                end++;
            }

            var ids = kind == DiffOperation.OnlyFirst ? a : b;
            var start = kind == DiffOperation.OnlyFirst ? ia : ib;
            var length = end - k;
            while (end < operations.Count && operations[end] == DiffOperation.Same && ids[start] >= 0 && ids[start] == ids[start + length])
            {
                operations[k] = DiffOperation.Same;
                operations[end] = kind;
                k++;
                end++;
                start++;
                ia++;
                ib++;
            }

            (ia, ib) = kind == DiffOperation.OnlyFirst ? (ia + length, ib) : (ia, ib + length);
            k = end;
        }
    }

    // The first step of the first run of AnchorWords shared words and the last step of the last such run (the whole
    // alignment's shared words when it is shorter than that); (-1, -1) when nothing is shared.
    private static (int First, int Last) Anchors(List<DiffOperation> operations)
    {
        int first = -1, last = -1, anyFirst = -1, anyLast = -1, total = 0;
        for (var k = 0; k < operations.Count;)
        {
            if (operations[k] != DiffOperation.Same)
            {
                k++;
                continue;
            }

            var end = k;
            while (end < operations.Count && operations[end] == DiffOperation.Same)
            {
                end++;
            }

            total += end - k;
            anyFirst = anyFirst < 0 ? k : anyFirst;
            anyLast = end - 1;
            if (end - k >= AnchorWords)
            {
                first = first < 0 ? k : first;
                last = end - 1;
            }

            k = end;
        }

        return first >= 0 ? (first, last) : total > 0 && total < AnchorWords ? (anyFirst, anyLast) : (-1, -1);
    }

    private static int CountWords(IReadOnlyList<QuoteWord> words)
    {
        var count = 0;
        foreach (var word in words)
        {
            count += word.IsBreak ? 0 : 1;
        }

        return count;
    }

    private static bool SameLetters(List<string> removed, List<string> added)
    {
        static string Letters(List<string> words) =>
            string.Concat(words).Replace("n't", "not", StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
        return removed.Count > 0 && added.Count > 0 && Letters(removed) == Letters(added);
    }

    private static void AddRun(List<WordChange> diff, WordChangeKind kind, List<string> words)
    {
        if (words.Count > 0)
        {
            diff.Add(new WordChange(kind, string.Join(' ', words)));
        }
    }
}
