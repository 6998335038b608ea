using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// “… pay zero taxes.” — Bernie Sanders: a quotation signed by a dash and a name that ends the paragraph is that
/// person's claim, with no cue word (the form of quote round-ups and reader comments). It was a claim in each of the
/// 7 such places in PolNeAR train.
/// </summary>
internal sealed class SignedQuotes : IClaimRule
{
    private const double SignedQuoteConfidence = 0.85;
    private const int MaxSignatureTokens = 6;
    private const int MinQuoteContentWords = 2;

    public void Apply(AttributionContext context, List<AttributionCandidate> found, bool[] inCue)
    {
        var doc = context.Doc;
        var tokens = doc.Tokens;
        var added = false;
        bool[]? claimed = null;
        foreach (var quote in doc.Quotations)
        {
            if (!quote.IsClosed || Claims.CountWords(tokens, doc.FirstTokenEndingAfter(quote.OpenMark), quote.CloseMark) < MinQuoteContentWords)
            {
                continue;
            }

            var dash = doc.FirstTokenEndingAfter(quote.OuterEnd);
            if (dash >= tokens.Length || tokens[dash].Has(TokenShape.ParagraphStart) || !IsDash(doc.TokenText(dash)))
            {
                continue;
            }

            var end = dash + 1;
            while (end < tokens.Length && end - dash <= MaxSignatureTokens && !tokens[end].Has(TokenShape.ParagraphStart)
                   && (char.IsUpper(doc.TokenText(end)[0]) || tokens[end].Pos == PosTag.Period))
            {
                end++;
            }

            var nameEnd = end;
            while (nameEnd > dash + 1 && tokens[nameEnd - 1].Pos.IsPunctuation())
            {
                nameEnd--;
            }

            var signed = nameEnd > dash + 1 && (end == tokens.Length || tokens[end].Has(TokenShape.ParagraphStart));
            if (!signed)
            {
                continue;
            }

            claimed ??= Claims.ClaimedTokens(doc, found);
            var (first, last) = doc.TokensIn(quote.ContentStart, quote.ContentEnd);
            if (claimed.AsSpan(first, last - first).Contains(true))
            {
                continue;
            }

            found.Add(new AttributionCandidate
            {
                Content = [.. quote.Parts],
                SourceTokens = (dash + 1, nameEnd),
                CueLemma = "",
                Sentence = context.SentenceOf[doc.FirstTokenEndingAfter(quote.ContentStart)],
                Pattern = AttributionPattern.SignedQuote,
                Confidence = SignedQuoteConfidence,
            });
            added = true;
        }

        if (added)
        {
            Claims.SortInTextOrder(found);
        }
    }

    private static bool IsDash(ReadOnlySpan<char> token) => token is "―" or "—" or "–" or "-" or "--";
}
