using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// "Too often, Mr. Clarke said, the debate is …": a source and cue set off by commas inside the sentence interrupt
/// what was said, whose opening words before them are content too. In PolNeAR train, of 260 attributions whose source
/// and cue stand between commas with unquoted content after the cue, the content takes in the unquoted words
/// before the source 198 times and leaves them out 44 times.
/// </summary>
internal static class InsertedAttributionOpening
{
    /// <summary>The opening to put before the content, or null when the pattern does not hold or the content already reaches before the cue.</summary>
    public static TextRange? Of(AttributionContext context, in CueWindow window, List<TextRange> content, (int Start, int End) source)
    {
        var doc = context.Doc;
        var tokens = context.Tokens;
        var after = window.CueEnd;
        if (source.End <= source.Start || source.End > window.CueStart || after >= tokens.Length || tokens[after].Pos != PosTag.Comma
            || content[0].Start < tokens[after].End)
        {
            return null;
        }

        var sentence = context.SentenceOf[window.CueHead];
        var comma = source.Start - 1;
        if (comma > 0 && tokens[comma].Pos != PosTag.Comma && doc.TokenText(comma) is "as" or "As")
        {
            comma--;
        }

        var first = doc.Sentences[sentence].FirstToken;
        if (comma <= first || tokens[comma].Pos != PosTag.Comma || context.SentenceOf[comma] != sentence || context.SentenceOf[after] != sentence)
        {
            return null;
        }

        var firstContent = doc.FirstTokenEndingAfter(content[0].Start);
        if (context.QuoteOf[firstContent] >= 0)
        {
            return null;
        }

        var words = false;
        for (var t = first; t < comma; t++)
        {
            if (context.QuoteOf[t] >= 0)
            {
                return null;
            }

            words |= tokens[t].Has(TokenShape.Word);
        }

        return words ? new TextRange(tokens[first].Start, tokens[comma - 1].End) : null;
    }
}
