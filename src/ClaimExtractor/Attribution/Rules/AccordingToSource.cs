using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// "According to the ministry's annual review, fares …" / "…, according to the ministry's annual review.": the whole
/// noun phrase after "according to", up to the comma or the sentence end, is the source (a person, an organisation
/// or a document: PolNeAR marks the phrase, not its possessor), and none of it is content. The labeller sometimes
/// splits a document's phrase, taking the possessor as the source and the rest as content. On train (held out from
/// this rule) 3 claims change, content F1 0.833; dev 1 ("according to the … Tax Foundation").
/// </summary>
internal sealed class AccordingToSource : IClaimRule
{
    private const int MaxSourceTokens = 12;

    public void Apply(AttributionContext context, List<AttributionCandidate> found, bool[] inCue)
    {
        var doc = context.Doc;
        var tokens = doc.Tokens;
        foreach (var candidate in found)
        {
            if (candidate.CueLemma != "according to" || !candidate.HasCue)
            {
                continue;
            }

            var start = candidate.CueTokens.End;
            var end = start;
            while (end < tokens.Length && end - start < MaxSourceTokens && context.SentenceOf[end] == context.SentenceOf[start]
                   && tokens[end].Pos is not (PosTag.Comma or PosTag.Period or PosTag.Colon) && context.QuoteOf[end] < 0)
            {
                end++;
            }

            var closed = end < tokens.Length && (tokens[end].Pos is PosTag.Comma or PosTag.Period || context.SentenceOf[end] != context.SentenceOf[start]);
            if (end == start || !closed || !HasNoun(tokens, start, end) || !Overlaps(candidate, tokens[start].Start, tokens[end - 1].End))
            {
                continue;
            }

            // Keep the content outside the phrase and its closing comma.
            var phrase = new TextRange(tokens[start].Start, tokens[end].Pos == PosTag.Comma ? tokens[end].End : tokens[end - 1].End);
            var content = new List<TextRange>();
            foreach (var range in candidate.Content)
            {
                if (range.End <= phrase.Start || range.Start >= phrase.End)
                {
                    content.Add(range);
                    continue;
                }

                AddTrimmed(doc.Text, content, range.Start, phrase.Start);
                AddTrimmed(doc.Text, content, phrase.End, range.End);
            }

            if (content.Count == 0)
            {
                continue;
            }

            candidate.Content.Clear();
            candidate.Content.AddRange(content);
            candidate.SourceTokens = (start, end);
        }
    }

    private static bool HasNoun(Token[] tokens, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (tokens[t].Pos.IsNoun() || tokens[t].Pos == PosTag.PRP)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(AttributionCandidate candidate, int start, int end)
    {
        foreach (var range in candidate.Content)
        {
            if (range.Start < end && range.End > start)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddTrimmed(string text, List<TextRange> content, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            content.Add(new TextRange(start, end));
        }
    }
}
