using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// "The bridge needed urgent repairs, Fatima Haddad noted." / "…, stressed Fatima Haddad, a tenant organiser.": a
/// name (or "he", "she") and a reporting verb that end the sentence after a comma credit the clause before the comma,
/// the unquoted counterpart of <see cref="SpeechTags"/>. The rule mends the verb's claim when the labeller put its
/// content elsewhere (on the name or its apposition), and adds the claim when no cue has one. The clause must open the
/// sentence outside quotations as a main clause. On train (held out from this rule) it adds 5 claims ("…, Biden said.",
/// "…, he estimated."), content F1 0.832 -> 0.833; dev unchanged. The tag may end in a short adjunct ("…, Sanders
/// warned on Wednesday.", "…, the senator said Tuesday."): one more right claim on train, none wrong; dev unchanged.
/// </summary>
internal sealed class TrailingSpeechTags : IClaimRule
{
    private const double TrailingTagConfidence = 0.7;
    private const int MinClauseWords = 3;
    private const int MaxAdjunctTokens = 4;

    public void Apply(AttributionContext context, List<AttributionCandidate> found, bool[] inCue)
    {
        var doc = context.Doc;
        var tokens = doc.Tokens;
        int[]? cueOwner = null;
        bool[]? claimed = null;
        var added = new List<AttributionCandidate>();
        foreach (var sentence in doc.Sentences)
        {
            if (TagOf(context, sentence) is not var (comma, verb, source))
            {
                continue;
            }

            var first = sentence.FirstToken;
            var clause = new TextRange(tokens[first].Start, tokens[comma - 1].End);
            cueOwner ??= SpeechTags.CueOwners(tokens.Length, found);
            if (cueOwner[verb] >= 0)
            {
                var candidate = found[cueOwner[verb]];
                if (candidate.ContentStart >= tokens[comma].End)
                {
                    candidate.Content.Clear();
                    candidate.Content.Add(clause);
                    candidate.SourceTokens = source;
                    candidate.Confidence = Math.Max(candidate.Confidence, TrailingTagConfidence);
                }

                continue;
            }

            claimed ??= Claims.ClaimedTokens(doc, found);
            if (claimed.AsSpan(first, comma - first).Contains(true) && CreditedFromOutside(found, clause, first, comma))
            {
                continue;
            }

            added.Add(Claims.SpeechTagClaim(context, [clause], source, verb, context.SentenceOf[first], TrailingTagConfidence));
        }

        Claims.AddInTextOrder(found, added);
    }

    /// <summary>Whether a claim whose cue lies outside the clause already holds some of it.</summary>
    private static bool CreditedFromOutside(List<AttributionCandidate> found, TextRange clause, int first, int comma)
    {
        foreach (var candidate in found)
        {
            var cueOutside = !candidate.HasCue || candidate.CueTokens.Start < first || candidate.CueTokens.Start >= comma;
            if (cueOutside && candidate.ContentStart < clause.End && candidate.ContentEnd > clause.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The comma, verb and source of a tag ending the sentence, or null.</summary>
    private static (int Comma, int Verb, (int Start, int End) Source)? TagOf(AttributionContext context, Sentence sentence)
    {
        var tokens = context.Tokens;
        var end = sentence.EndToken;
        while (end > sentence.FirstToken && tokens[end - 1].Pos is PosTag.Period or PosTag.CloseQuote)
        {
            end--;
        }

        if (end == sentence.EndToken || end - sentence.FirstToken < MinClauseWords + 3 || context.QuoteOf[sentence.FirstToken] >= 0)
        {
            return null;
        }

        // "…, Fatima Haddad noted." / "…, Fatima Haddad said on Monday.": the verb may be followed by a short adjunct.
        var verb = VerbBeforeAdjunct(context, sentence.FirstToken, end);
        if (IsTagVerb(context, verb))
        {
            var nameStart = verb;
            while (nameStart > sentence.FirstToken && SpeechTags.NameEnd(context, nameStart - 1) == verb)
            {
                nameStart--;
            }

            var comma = nameStart - 1;
            return nameStart < verb && comma > sentence.FirstToken && tokens[comma].Pos == PosTag.Comma && IsClause(context, sentence.FirstToken, comma)
                ? (comma, verb, (nameStart, verb))
                : null;
        }

        // "…, stressed Fatima Haddad." / "…, insisted Ingrid Solberg, a school principal.": the last or next-to-last comma.
        var commas = 0;
        for (var comma = end - 2; comma > sentence.FirstToken && commas < 2; comma--)
        {
            if (tokens[comma].Pos != PosTag.Comma)
            {
                continue;
            }

            commas++;
            verb = comma + 1;
            var nameEnd = SpeechTags.NameEnd(context, verb + 1);
            var tagEnds = nameEnd > verb + 1 && nameEnd <= end && (nameEnd == end || (tokens[nameEnd].Pos == PosTag.Comma && !HasVerb(context, nameEnd, end)));
            if (tagEnds && IsTagVerb(context, verb) && IsClause(context, sentence.FirstToken, comma))
            {
                return (comma, verb, (verb + 1, nameEnd));
            }
        }

        return null;
    }

    /// <summary>
    /// The token before a short adjunct that ends the clause: a prepositional phrase of up to
    /// <see cref="MaxAdjunctTokens"/> tokens ("on Monday", "in a statement") or one time word ("Tuesday", "yesterday");
    /// the last token when there is none.
    /// </summary>
    private static int VerbBeforeAdjunct(AttributionContext context, int first, int end)
    {
        var tokens = context.Tokens;
        var last = end - 1;
        if (last - 1 > first && tokens[last].Pos is PosTag.NNP or PosTag.NN or PosTag.RB && tokens[last - 1].Pos.IsVerb())
        {
            return last - 1;
        }

        for (var t = last - 1; t > first && last - t < MaxAdjunctTokens; t--)
        {
            if (tokens[t].Pos == PosTag.IN)
            {
                return tokens[t - 1].Pos.IsVerb() && IsPlainPhrase(context, t, end) ? t - 1 : last;
            }
        }

        return last;
    }

    /// <summary>No verb, comma, bracket or quotation from <paramref name="first"/> to <paramref name="end"/>.</summary>
    private static bool IsPlainPhrase(AttributionContext context, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (context.Tokens[t].Pos.IsVerb() || context.Tokens[t].Pos is PosTag.Comma or PosTag.OpenQuote or PosTag.CloseQuote
                or PosTag.LeftBracket or PosTag.RightBracket || context.QuoteOf[t] >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasVerb(AttributionContext context, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (context.Tokens[t].Pos.IsVerb())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A finite verb ("noted", "says", not "including", "echoing") whose commonest sense is communication or cognition
    /// or that PolNeAR train marks a cue at least <see cref="CueLexicon.ReportingVerbRate"/> of the time.
    /// </summary>
    private static bool IsTagVerb(AttributionContext context, int verb)
    {
        if (context.Tokens[verb].Pos is not (PosTag.VBD or PosTag.VBZ or PosTag.VBP))
        {
            return false;
        }

        var first = WordNetClasses.FirstClassOf(context.WordSenses[verb]);
        return first is WordNetClasses.VerbCommunication or WordNetClasses.VerbCognition
            || ReportingVerbs.IsFrequentCue(context, verb);
    }

    /// <summary>
    /// "The bridge needed urgent repairs, …": a past participle with no "have" or "be" before it, right after the clause's
    /// first words, is the tagger's VBN for a past tense (the ambiguity of every "-ed" form), not a reduced relative: a
    /// clause before a trailing speech tag has a main verb.
    /// </summary>
    private static bool IsBarePastParticiple(AttributionContext context, int first, int token) =>
        context.Tokens[token].Pos == PosTag.VBN && token > first && context.Lemmas[token - 1] is not ("be" or "have")
        && !context.Tokens[token - 1].Pos.IsVerb() && context.Tokens[token - 1].Pos is not (PosTag.RB or PosTag.Comma);

    /// <summary>
    /// A main clause outside quotations: a finite verb or modal, at least <see cref="MinClauseWords"/> words, not opening
    /// with a subordinator or a participle ("When … asked Trump", "Asked whether …", "Noting that …": circumstances, not
    /// what was said).
    /// </summary>
    private static bool IsClause(AttributionContext context, int first, int end)
    {
        var tokens = context.Tokens;
        if (tokens[first].Pos is PosTag.VBN or PosTag.VBG or PosTag.WRB || WordClasses.ClauseBreakers.Contains(context.Doc.TokenText(first)))
        {
            return false;
        }

        var words = 0;
        var finite = false;
        for (var t = first; t < end; t++)
        {
            if (context.QuoteOf[t] >= 0)
            {
                return false;
            }

            words += tokens[t].Has(TokenShape.Word) ? 1 : 0;
            finite |= tokens[t].Pos is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD || IsBarePastParticiple(context, first, t);
        }

        return finite && words >= MinClauseWords;
    }
}
