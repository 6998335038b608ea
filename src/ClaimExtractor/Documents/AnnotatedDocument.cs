namespace ClaimExtraction.Documents;

/// <summary>
/// The article as the pipeline sees it: the caller's text plus flat layers of tokens, sentences, paragraphs and
/// quotations. Stages fill the token annotations in place; later stages read them and do not care who made them.
/// </summary>
internal sealed class AnnotatedDocument
{
    public AnnotatedDocument(string text, Token[] tokens, Sentence[] sentences, Paragraph[] paragraphs, Quotation[] quotations)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Paragraphs = paragraphs;
        Quotations = quotations;
    }

    public string Text { get; }

    /// <summary>All tokens in text order; annotations are written in place by the tagging stages.</summary>
    public Token[] Tokens { get; }

    public Sentence[] Sentences { get; }

    public Paragraph[] Paragraphs { get; }

    public Quotation[] Quotations { get; }

    /// <summary>Which annotation layers have been filled.</summary>
    public AnnotationLayers Layers { get; set; }

    public ReadOnlySpan<char> TokenText(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    public string TokenString(int index) => Text.Substring(Tokens[index].Start, Tokens[index].Length);

    /// <summary>The index of the sentence holding token <paramref name="token"/> (binary search).</summary>
    public int SentenceOfToken(int token)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (Sentences[mid].FirstToken <= token)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The first token that ends after <paramref name="offset"/> (binary search); the token count when none.</summary>
    public int FirstTokenEndingAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The half-open range of tokens overlapping the characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public (int First, int End) TokensIn(int start, int end)
    {
        var first = FirstTokenEndingAfter(start);
        var last = first;
        while (last < Tokens.Length && Tokens[last].Start < end)
        {
            last++;
        }

        return (first, last);
    }

    /// <summary>
    /// The head word of the tokens [<paramref name="start"/>, <paramref name="end"/>) ("has repeatedly asserted" →
    /// "asserted"): the first whose governor lies outside them (a non-empty range of a tree always has one).
    /// </summary>
    public int HeadOf(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (Tokens[i].Head < start || Tokens[i].Head >= end)
            {
                return i;
            }
        }

        return start;
    }

    public ReadOnlySpan<Token> SentenceTokens(int sentence)
    {
        var s = Sentences[sentence];
        return Tokens.AsSpan(s.FirstToken, s.TokenCount);
    }
}

/// <summary>Annotation layers a stage may assign; the pipeline checks that what a stage needs is there.</summary>
[Flags]
internal enum AnnotationLayers
{
    None = 0,
    Tokens = 1,
    Sentences = 2,
    Quotations = 4,
    PartOfSpeech = 8,
    Lemmas = 16,
    Entities = 32,
    Dependencies = 64,
}
