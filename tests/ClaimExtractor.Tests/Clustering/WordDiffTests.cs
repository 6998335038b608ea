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
    public void A_gap_inside_repeated_words_slides_into_the_cut_at_the_end()
    {
        // "he was the most valuable player i give him the most valuable player award" against "he was the most
        // valuable player … he was the founder": the ellipsis marks the omission, so nothing is flagged.
        static List<QuoteWord> Words(string text) => text.Split(' ').Select(w => w == "…" ? QuoteWord.Break : new QuoteWord(w)).ToList();
        var comparison = QuoteComparer.Compare(
            Words("no i meant he the founder of isis i do he was the most valuable player i give him the most valuable player award"),
            Words("no i meant he the founder of isis … i do he was the most valuable player … he was the founder"));

        comparison.Should().NotBeNull();
        comparison!.Value.PossibleMisquote.Should().BeFalse();
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
