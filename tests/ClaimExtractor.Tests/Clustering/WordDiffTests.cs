using ClaimExtraction.Clustering;

namespace ClaimExtraction.Tests.Clustering;

public class WordDiffTests
{
    [Fact]
    public void The_alignment_is_a_longest_common_subsequence_and_covers_both_sequences()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 300; trial++)
        {
            var a = Enumerable.Range(0, random.Next(0, 30)).Select(_ => random.Next(6)).ToArray();
            var b = Enumerable.Range(0, random.Next(0, 30)).Select(_ => random.Next(6)).ToArray();

            var operations = WordDiff.Align(a, b);

            operations.Count(o => o != DiffOperation.OnlySecond).Should().Be(a.Length);
            operations.Count(o => o != DiffOperation.OnlyFirst).Should().Be(b.Length);
            operations.Count(o => o == DiffOperation.Same).Should().Be(LcsLength(a, b));
            int i = 0, j = 0;
            foreach (var operation in operations)
            {
                if (operation == DiffOperation.Same)
                {
                    a[i].Should().Be(b[j]);
                }

                i += operation == DiffOperation.OnlySecond ? 0 : 1;
                j += operation == DiffOperation.OnlyFirst ? 0 : 1;
            }
        }
    }

    [Fact]
    public void Negative_ids_never_match()
    {
        WordDiff.Align([1, -1, 2], [1, -2, 2]).Should().Equal(
            DiffOperation.Same, DiffOperation.OnlyFirst, DiffOperation.OnlySecond, DiffOperation.Same);
    }

    [Fact]
    public void Repeated_words_around_an_ellipsis_are_not_a_misquote()
    {
        // "she was the best player i give her the best player award" against "she was the best player … she was the
        // leader": the ellipsis marks the omission, so nothing is flagged.
        static List<QuoteWord> Words(string text) => text.Split(' ').Select(w => w == "…" ? QuoteWord.Break : new QuoteWord(w)).ToList();
        var comparison = QuoteComparer.Compare(
            Words("no i meant she the leader of the group i do she was the best player i give her the best player award"),
            Words("no i meant she the leader of the group … i do she was the best player … she was the leader"));

        comparison.Should().NotBeNull();
        comparison!.Value.PossibleMisquote.Should().BeFalse();
    }

    [Fact]
    public void A_gap_before_words_it_repeats_slides_right()
    {
        // a = 1 2 3 1 2 3 9 against b = 1 2 3, aligned with the second "2 3": moved right, the gap joins the cut at the end.
        int[] a = [1, 2, 3, 1, 2, 3, 9];
        int[] b = [1, 2, 3];
        var operations = new List<DiffOperation>
        {
            DiffOperation.Same, DiffOperation.OnlyFirst, DiffOperation.OnlyFirst, DiffOperation.OnlyFirst,
            DiffOperation.Same, DiffOperation.Same, DiffOperation.OnlyFirst,
        };

        QuoteComparer.SlideGapsRight(operations, a, b);

        operations.Should().Equal(
            DiffOperation.Same, DiffOperation.Same, DiffOperation.Same,
            DiffOperation.OnlyFirst, DiffOperation.OnlyFirst, DiffOperation.OnlyFirst, DiffOperation.OnlyFirst);
    }

    private static int LcsLength(int[] a, int[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Length, b.Length];
    }
}
