using FsCheck;
using FsCheck.Fluent;

namespace ClaimExtraction.Tests.Properties;

/// <summary>
/// Generated article-like strings for the property tests: names, speech verbs and hedges, every kind of quotation mark,
/// sentence punctuation and abbreviations, line breaks of each kind, and the odd characters a tokenizer must survive
/// (lone and paired surrogates, combining marks, NUL, a byte-order mark, any UTF-16 code unit at all).
/// </summary>
public static class ArticleTexts
{
    private static readonly string[] Words =
    [
        "Trump", "Donald Trump", "Clinton", "Hillary Clinton", "Mr.", "Ms. Lopez", "Sen. Warren", "he", "she", "they", "it", "officials",
        "The", "the", "a", "and", "of", "that", "campaign", "spokesman", "said", "says", "told", "claimed", "argued", "warned", "believes",
        "according to", "might", "could", "would", "reportedly", "perhaps", "not", "on Tuesday", "U.S.", "Inc.", "3.5", "2016", "No.",
    ];

    private static readonly string[] Quotes = ["\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "\u00AB", "\u00BB", "``", "''"];

    private static readonly string[] Punctuation = [".", ",", ":", ";", "?", "!", "\u2014", "-", "(", ")", "...", "\u2026", "/", "&", "*"];

    private static readonly string[] Spaces = [" ", " ", " ", "\n", "\r\n", "\n\n", "\r", "\t", "\u00A0", "\u2028"];

    private static readonly string[] Odd = ["\uD83D\uDE00", "\uD83D", "\uDE00", "\u00E9", "e\u0301", "\0", "\uFEFF", "\u4E2D\u6587", "\u05E9\u05DC\u05D5\u05DD"];

    /// <summary>One piece of text; fragments are concatenated as they come, so words may also run into each other.</summary>
    public static Gen<string> Fragment { get; } = Gen.Frequency(
        (8, Gen.Elements(Words)),
        (3, Gen.Elements(Quotes)),
        (3, Gen.Elements(Punctuation)),
        (6, Gen.Elements(Spaces)),
        (1, Gen.Elements(Odd)),
        (1, Gen.Choose(0, char.MaxValue).Select(c => ((char)c).ToString())));

    /// <summary>Up to the generator's size in fragments (FsCheck grows it from 1 to its end size over a run).</summary>
    public static Gen<string> Text { get; } = Gen.ListOf(Fragment).Select(string.Concat);

    /// <summary>The arbitrary FsCheck.Xunit picks up for <see cref="string"/> parameters.</summary>
    public static Arbitrary<string> Strings() => Arb.From(Text, Shrink);

    /// <summary>Batches of one to six texts.</summary>
    public static Arbitrary<string[]> Batches() => Arb.From(Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Text, n)), ShrinkBatch);

    /// <summary>Smaller candidates for a failing text: each half, then the text without one of its characters.</summary>
    public static IEnumerable<string> Shrink(string text)
    {
        if (text.Length <= 1)
        {
            yield break;
        }

        yield return text[..(text.Length / 2)];
        yield return text[(text.Length / 2)..];
        for (var i = 0; i < text.Length; i++)
        {
            yield return text.Remove(i, 1);
        }
    }

    private static IEnumerable<string[]> ShrinkBatch(string[] batch)
    {
        for (var i = 0; i < batch.Length && batch.Length > 1; i++)
        {
            yield return [.. batch[..i], .. batch[(i + 1)..]];
        }

        for (var i = 0; i < batch.Length; i++)
        {
            foreach (var smaller in Shrink(batch[i]))
            {
                var copy = (string[])batch.Clone();
                copy[i] = smaller;
                yield return copy;
            }
        }
    }
}
