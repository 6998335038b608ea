using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// A direct quotation and the speech tag next to it: “…,” Marchetti snapped / “…”—stressed Jonas Lindqvist / “…” —
/// Sen. Ana Ruiz, a senator, admitted / Jonas Lindqvist – the club's head coach – noted: “…”. A name (or "he", "she")
/// and a reporting verb right beside a quotation are its speaker and cue, whether or not the cue tagger knows the
/// verb: the verb is reporting when WordNet gives it a communication or cognition sense, PolNeAR train marks it a cue
/// at least <see cref="CueLexicon.ReportingVerbRate"/> of the time, or, right after a quotation that ends in a comma, "?" or "!",
/// its commonest sense is a sound of the body ("sobbed", "gasped", "sighed"). The rule adds the claim when no cue
/// credits the quotation, and otherwise mends the claim of that verb: its content takes in the quotation and its
/// speaker is the name, not a word inside the quotation or an apposition's role. On train (held out from this rule)
/// it adds or mends 16 claims (13 of them adds) and leaves content F1 at 0.832, strict 0.631, end-to-end 0.759; on dev
/// strict 0.555 -> 0.556.
/// </summary>
internal sealed class SpeechTags : IClaimRule
{
    private const double SpeechTagConfidence = 0.8;
    private const int VerbBody = 29;
    private const int MaxNameTokens = 6;
    private const int MaxAppositionTokens = 10;

    public void Apply(AttributionContext context, List<AttributionCandidate> found, bool[] inCue)
    {
        var doc = context.Doc;
        var tokens = doc.Tokens;
        int[]? cueOwner = null;
        bool[]? claimed = null;
        var added = new List<AttributionCandidate>();
        foreach (var quote in doc.Quotations)
        {
            var (first, end) = doc.TokensIn(quote.OpenMark, quote.OuterEnd);
            if (end <= first || Claims.CountWords(tokens, first, quote.OuterEnd) == 0)
            {
                continue;
            }

            var tag = TagAfter(context, quote, end) ?? TagBefore(context, first) ?? NameAndColon(context, first, end);
            if (tag is not { } speech)
            {
                continue;
            }

            cueOwner ??= CueOwners(tokens.Length, found);
            claimed ??= Claims.ClaimedTokens(doc, found);
            if (cueOwner[speech.Verb] >= 0)
            {
                if (doc.TokenText(speech.Verb) is not ":")
                {
                    Mend(context, found[cueOwner[speech.Verb]], quote, speech);
                }

                continue;
            }

            var (contentFirst, contentEnd) = doc.TokensIn(quote.ContentStart, quote.ContentEnd);
            if (claimed.AsSpan(contentFirst, contentEnd - contentFirst).Contains(true))
            {
                continue; // another cue credits it
            }

            var content = WithMarks(quote);
            AddNextQuotation(context, content, speech.Verb, inCue);
            added.Add(Claims.SpeechTagClaim(context, content, speech.Source, speech.Verb, context.SentenceOf[first], SpeechTagConfidence));
        }

        Claims.AddInTextOrder(found, added);
    }

    internal static int[] CueOwners(int tokenCount, List<AttributionCandidate> found)
    {
        var owner = new int[tokenCount];
        owner.AsSpan().Fill(-1);
        for (var i = 0; i < found.Count; i++)
        {
            var (start, end) = found[i].CueTokens;
            owner.AsSpan(start, end - start).Fill(i);
        }

        return owner;
    }

    /// <summary>
    /// Mends the claim of the tag's verb: its content is the quotation and the quotations after the verb (not the
    /// tag's own words, "a parish priest"), its speaker the tag's name when the one found lies inside the quotation or
    /// in an apposition.
    /// </summary>
    private static void Mend(AttributionContext context, AttributionCandidate candidate, Quotation quote, Tag tag)
    {
        var doc = context.Doc;
        var content = WithMarks(quote);
        foreach (var range in candidate.Content)
        {
            if (range.Start >= quote.OuterEnd && range.Start >= doc.Tokens[tag.Verb].End && context.QuoteOf[doc.FirstTokenEndingAfter(range.Start)] >= 0)
            {
                content.Add(range);
            }
        }

        candidate.Content.Clear();
        candidate.Content.AddRange(content);
        candidate.Confidence = Math.Max(candidate.Confidence, SpeechTagConfidence);

        if (!candidate.HasSource || context.QuoteOf[candidate.SourceTokens.Start] >= 0 || (!Within(candidate.SourceTokens, tag.Source) && IsApposition(tag, candidate.SourceTokens)))
        {
            candidate.SourceTokens = tag.Source;
        }
    }

    /// <summary>
    /// “Never”, he hissed. “The library …”: the quotation opening the next sentence of the paragraph goes on with what
    /// was said when nothing in that sentence credits it to another (as <see cref="ContinueOpeningQuotation"/> reads it).
    /// </summary>
    private static void AddNextQuotation(AttributionContext context, List<TextRange> content, int verb, bool[] inCue)
    {
        var doc = context.Doc;
        var sentence = context.SentenceOf[verb] + 1;
        if (sentence >= doc.Sentences.Length)
        {
            return;
        }

        var (first, end) = (doc.Sentences[sentence].FirstToken, doc.Sentences[sentence].EndToken);
        var quote = context.QuoteOf[first];
        if (quote < 0 || doc.Quotations[quote].OpenMark != doc.Tokens[first].Start || doc.Tokens[first].Has(TokenShape.ParagraphStart))
        {
            return;
        }

        for (var t = first; t < end; t++)
        {
            if (inCue[t] && context.QuoteOf[t] < 0)
            {
                return;
            }
        }

        content.AddRange(WithMarks(doc.Quotations[quote]));
    }

    /// <summary>The quotation's parts with its opening and closing marks, as PolNeAR marks a direct quotation's content.</summary>
    private static List<TextRange> WithMarks(Quotation quote)
    {
        var parts = new List<TextRange>(quote.Parts);
        parts[0] = new TextRange(quote.OpenMark, parts[0].End);
        parts[^1] = new TextRange(parts[^1].Start, quote.OuterEnd);
        return parts;
    }

    private static bool Overlaps(AttributionCandidate candidate, Quotation quote)
    {
        foreach (var range in candidate.Content)
        {
            if (range.Start < quote.ContentEnd && range.End > quote.ContentStart)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Within((int Start, int End) inner, (int Start, int End) outer) => inner.Start >= outer.Start && inner.End <= outer.End;

    /// <summary>The speaker found lies between the name and the verb: an apposition's role ("the club's head coach").</summary>
    private static bool IsApposition(Tag tag, (int Start, int End) source) =>
        tag.Source.End <= tag.Verb ? source.Start >= tag.Source.End && source.End <= tag.Verb : source.Start >= tag.Source.End;

    /// <summary>“…,” Marchetti snapped / “…” — said Dr. Lin / “…” — Sen. Ana Ruiz, a senator, admitted.</summary>
    private static Tag? TagAfter(AttributionContext context, Quotation quote, int t)
    {
        var doc = context.Doc;
        var tokens = doc.Tokens;
        if (!quote.IsClosed)
        {
            return null;
        }

        // The quotation opens its sentence and its tag follows in that sentence, after a comma, "?", "!" or a dash:
        // “…” He added, … and called it “a disgrace,” blaming … are other sentences and other structures.
        var open = doc.FirstTokenEndingAfter(quote.OpenMark);
        if (doc.Sentences[context.SentenceOf[open]].FirstToken != open)
        {
            return null;
        }

        // A quotation of several sentences ("Brussels was a long week. This budget …," he stressed) is tagged in its last.
        var sentence = context.SentenceOf[t - 1];

        var endsAsSpeech = EndsAsSpeech(doc, quote, t);
        var dashed = false;
        var skipped = 0;
        while (t < tokens.Length && skipped < 3 && IsTagPunctuation(doc, t) && !tokens[t].Has(TokenShape.ParagraphStart))
        {
            endsAsSpeech |= doc.TokenText(t) is "," or "!" or "?";
            dashed |= IsDash(doc, t);
            t++;
            skipped++;
        }

        if (t >= tokens.Length || tokens[t].Has(TokenShape.ParagraphStart) || context.QuoteOf[t] >= 0 || context.SentenceOf[t] != sentence
            || !(endsAsSpeech || dashed))
        {
            return null;
        }

        if (tokens[t].Pos.IsVerb() && IsReporting(context, t, endsAsSpeech))
        {
            // The name ends the tag or an apposition follows it ("yelled Hugo Marchetti, a retired engineer"); a name
            // running on into more words ("said Clinton ally James Carville") is left to the models.
            var nameEnd = NameEnd(context, t + 1);
            return nameEnd > t + 1 && (nameEnd >= tokens.Length || tokens[nameEnd].Pos.IsPunctuation() || tokens[nameEnd].Pos == PosTag.IN)
                ? new Tag(t, (t + 1, nameEnd))
                : null;
        }

        var end = NameEnd(context, t);
        if (end == t)
        {
            return null;
        }

        var verb = end;
        if (verb < tokens.Length && tokens[verb].Pos == PosTag.LeftBracket)
        {
            verb = AfterBracket(context, verb); // "Rep. Gwen Moore (D-Wis.) said"
        }

        if (verb < tokens.Length && tokens[verb].Pos == PosTag.Comma)
        {
            verb = AfterApposition(context, verb);
        }

        return verb < tokens.Length && tokens[verb].Pos.IsVerb() && context.SentenceOf[verb] == context.SentenceOf[t] && IsReporting(context, verb, endsAsSpeech)
            ? new Tag(verb, (t, end))
            : null;
    }

    /// <summary>Jonas Lindqvist – the club's head coach – noted: “…” / Ingrid Solberg—a school principal—claimed: "…".</summary>
    private static Tag? TagBefore(AttributionContext context, int open)
    {
        var doc = context.Doc;
        var tokens = doc.Tokens;
        var colon = open - 1;
        if (colon < 1 || tokens[open].Has(TokenShape.ParagraphStart) || doc.TokenText(colon) is not ":")
        {
            return null;
        }

        var verb = colon - 1;
        if (!tokens[verb].Pos.IsVerb() || !IsReporting(context, verb, endsAsSpeech: false))
        {
            return null;
        }

        // Back over a dashed or comma apposition to the name.
        var closing = verb - 1;
        if (closing < 1 || !IsDashOrComma(doc, closing))
        {
            return null;
        }

        var opening = closing - 1;
        while (opening > 0 && closing - opening <= MaxAppositionTokens && !IsDashOrComma(doc, opening) && context.SentenceOf[opening] == context.SentenceOf[verb])
        {
            opening--;
        }

        if (!IsDashOrComma(doc, opening) || opening == 0)
        {
            return null;
        }

        var nameEnd = opening;
        var nameStart = nameEnd;
        while (nameStart > 0 && nameEnd - nameStart < MaxNameTokens && tokens[nameStart - 1].Pos.IsProperNoun() && context.SentenceOf[nameStart - 1] == context.SentenceOf[verb])
        {
            nameStart--;
        }

        var opensSentence = nameStart == doc.Sentences[context.SentenceOf[verb]].FirstToken;
        return nameStart < nameEnd && opensSentence ? new Tag(verb, (nameStart, nameEnd)) : null;
    }

    /// <summary>
    /// "Asante: ‘…’" as a whole paragraph (headlines, round-ups): the name is the speaker and the colon the cue, as
    /// PolNeAR marks it. Only added where no cue has it: a claim the tagger found there is left as it is.
    /// </summary>
    private static Tag? NameAndColon(AttributionContext context, int open, int end)
    {
        var doc = context.Doc;
        var tokens = doc.Tokens;
        var colon = open - 1;
        var endsParagraph = end >= tokens.Length || tokens[end].Has(TokenShape.ParagraphStart);
        if (colon < 1 || !endsParagraph || tokens[open].Has(TokenShape.ParagraphStart) || doc.TokenText(colon) is not ":")
        {
            return null;
        }

        var nameStart = colon;
        while (nameStart > 0 && colon - nameStart < 3 && tokens[nameStart - 1].Pos.IsProperNoun() && !tokens[nameStart].Has(TokenShape.ParagraphStart))
        {
            nameStart--;
        }

        return nameStart < colon && tokens[nameStart].Has(TokenShape.ParagraphStart) ? new Tag(colon, (nameStart, colon)) : null;
    }

    /// <summary>The token after a run of proper nouns (a name with its titles) or a lone personal pronoun at <paramref name="t"/>.</summary>
    internal static int NameEnd(AttributionContext context, int t)
    {
        var tokens = context.Tokens;
        if (t >= tokens.Length)
        {
            return t;
        }

        if (tokens[t].Pos == PosTag.PRP && context.Doc.TokenText(t) is "he" or "she" or "He" or "She" or "they" or "They")
        {
            return t + 1;
        }

        var end = t;
        while (end < tokens.Length && end - t < MaxNameTokens && tokens[end].Pos.IsProperNoun() && context.QuoteOf[end] < 0 && context.SentenceOf[end] == context.SentenceOf[t])
        {
            end++;
        }

        return end;
    }

    /// <summary>The token after the bracket that closes the one at <paramref name="open"/> within a few tokens, or <paramref name="open"/>.</summary>
    private static int AfterBracket(AttributionContext context, int open)
    {
        var tokens = context.Tokens;
        for (var t = open + 1; t < tokens.Length && t - open <= MaxNameTokens && context.SentenceOf[t] == context.SentenceOf[open]; t++)
        {
            if (tokens[t].Pos == PosTag.RightBracket)
            {
                return t + 1;
            }
        }

        return open;
    }

    /// <summary>After ", a senator," the token following the apposition's closing comma, or the comma itself when there is none near.</summary>
    internal static int AfterApposition(AttributionContext context, int comma)
    {
        var tokens = context.Tokens;
        for (var t = comma + 1; t < tokens.Length && t - comma <= MaxAppositionTokens && context.SentenceOf[t] == context.SentenceOf[comma]; t++)
        {
            if (tokens[t].Pos == PosTag.Comma)
            {
                return t + 1;
            }
        }

        return comma;
    }

    private static bool EndsAsSpeech(AnnotatedDocument doc, Quotation quote, int after)
    {
        var last = doc.FirstTokenEndingAfter(quote.ContentEnd - 1);
        return last < after && doc.TokenText(last) is "," or "!" or "?";
    }

    private static bool IsTagPunctuation(AnnotatedDocument doc, int t) =>
        doc.TokenText(t) is "," or "." or "!" or "?" || IsDash(doc, t);

    private static bool IsDashOrComma(AnnotatedDocument doc, int t) => doc.Tokens[t].Pos == PosTag.Comma || IsDash(doc, t);

    private static bool IsDash(AnnotatedDocument doc, int t) => doc.Tokens[t].Has(TokenShape.Dash) || doc.TokenText(t) is "―" or "—" or "–" or "-" or "--";

    /// <summary>A reporting verb (<see cref="ReportingVerbs"/>), or after speech that ends in ", ? !" a sound of the body.</summary>
    private static bool IsReporting(AttributionContext context, int token, bool endsAsSpeech) =>
        ReportingVerbs.IsReporting(context, token) || (endsAsSpeech && WordNetClasses.FirstClassOf(context.WordSenses[token]) == VerbBody);

    /// <param name="Verb">The reporting verb's token.</param>
    /// <param name="Source">The name's (or pronoun's) token range.</param>
    private readonly record struct Tag(int Verb, (int Start, int End) Source);
}
