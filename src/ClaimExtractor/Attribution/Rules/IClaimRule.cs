using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// A structural rule over the document's candidates once every cue has one and the scorer has read their overlaps:
/// it drops candidates or adds claims the cue tagger has no cue for. The rules run in the order of
/// <see cref="LearnedAttribution.ClaimRules"/>.
/// </summary>
internal interface IClaimRule
{
    /// <param name="context">The document's per-token facts.</param>
    /// <param name="found">The candidates so far; the rule edits the list in place.</param>
    /// <param name="inCue">Per token, whether the cue tagger put it inside a cue.</param>
    void Apply(AttributionContext context, List<AttributionCandidate> found, bool[] inCue);
}

/// <summary>What several claim rules read off the document and the candidates.</summary>
internal static class Claims
{
    /// <summary>Sorts the candidates by where their content starts.</summary>
    public static void SortInTextOrder(List<AttributionCandidate> found) => found.Sort((a, b) => a.ContentStart.CompareTo(b.ContentStart));

    /// <summary>Adds the claims a rule found (if any) and puts the list back in text order.</summary>
    public static void AddInTextOrder(List<AttributionCandidate> found, List<AttributionCandidate> added)
    {
        if (added.Count > 0)
        {
            found.AddRange(added);
            SortInTextOrder(found);
        }
    }

    /// <summary>
    /// A claim a speech-tag rule credits: its content, the tag's name as source, the one-word reporting
    /// <paramref name="cue"/> (named by its lemma) and the rule's fixed confidence.
    /// </summary>
    public static AttributionCandidate SpeechTagClaim(AttributionContext context, List<TextRange> content, (int Start, int End) source,
        int cue, int sentence, double confidence) => new()
    {
        Content = content,
        SourceTokens = source,
        CueTokens = (cue, cue + 1),
        CueLemma = context.Lemmas[cue],
        Sentence = sentence,
        Pattern = AttributionPattern.SpeechTag,
        Confidence = confidence,
    };

    /// <summary>The word tokens from <paramref name="first"/> up to the offset <paramref name="endOffset"/>.</summary>
    public static int CountWords(Token[] tokens, int first, int endOffset)
    {
        var words = 0;
        for (var i = first; i < tokens.Length && tokens[i].Start < endOffset; i++)
        {
            words += tokens[i].Has(TokenShape.Word) ? 1 : 0;
        }

        return words;
    }

    /// <summary>Per token, whether a found claim's content holds it.</summary>
    public static bool[] ClaimedTokens(AnnotatedDocument doc, List<AttributionCandidate> found)
    {
        var claimed = new bool[doc.Tokens.Length];
        foreach (var candidate in found)
        {
            foreach (var (first, end) in candidate.ContentTokenRanges(doc))
            {
                claimed.AsSpan(first, end - first).Fill(true);
            }
        }

        return claimed;
    }
}
