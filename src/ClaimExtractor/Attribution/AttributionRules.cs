using ClaimExtraction.Documents;
using ClaimExtraction.Text;

namespace ClaimExtraction.Attribution;

/// <summary>
/// The first, rule-based extraction: finds reporting cues from the learned lexicon, their source (the subject,
/// an inverted subject, the object of "according to") and their content (the clause or quotation they introduce,
/// or the one before them), then lets long quotations without a cue continue the previous speaker. Works on one
/// sentence at a time with a bounded look-around, so the cost is linear in the article's length.
/// </summary>
internal sealed class AttributionRules
{
    private const int MaxSourceTokens = 8;
    private const int MinQuoteWordsWithoutCue = 5;
    private const double MinBareClauseRate = 0.2;

    private readonly CueLexicon _cues;

    public AttributionRules(CueLexicon cues) => _cues = cues;

    public List<AttributionCandidate> Find(AnnotatedDocument doc, CancellationToken cancellationToken)
    {
        var found = new List<AttributionCandidate>();
        var quoteIndex = new QuoteIndex(doc);
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var view = new SentenceView(doc, s, quoteIndex);
            FindInSentence(view, found);
        }

        AddContinuedQuotes(doc, quoteIndex, found);
        found.Sort((a, b) => a.ContentStart.CompareTo(b.ContentStart));
        return RemoveDuplicates(found);
    }

    private void FindInSentence(SentenceView view, List<AttributionCandidate> found)
    {
        var doc = view.Doc;
        for (var i = view.First; i < view.End; i++)
        {
            var word = doc.TokenText(i);
            if (word.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 1 < view.End && view.Is(i + 1, "to"))
            {
                TryAccordingTo(view, i, found);
                i++;
                continue;
            }

            if (_cues.TryGetVerb(word, out var verb) && LooksLikeVerbUse(view, i))
            {
                TryVerbCue(view, i, verb, found);
            }
            else if (_cues.TryGetNoun(word, out var noun))
            {
                TryNounCue(view, i, noun, found);
            }
        }
    }

    /// <summary>Skips nouns that share a verb's form ("the claims", "his remarks") unless they stand where a verb would.</summary>
    private static bool LooksLikeVerbUse(SentenceView view, int i)
    {
        if (i == view.First)
        {
            return false;
        }

        var previous = view.Doc.Tokens[i - 1];
        var prevWord = view.Doc.TokenText(i - 1);
        if (previous.Pos is PosTag.DT or PosTag.PRPS or PosTag.POS or PosTag.JJ or PosTag.IN && !WordClasses.Relatives.Contains(prevWord)
            && !prevWord.Equals("that", StringComparison.OrdinalIgnoreCase) && !IsGroupWord(prevWord))
        {
            return false;
        }

        return true;
    }

    private void TryVerbCue(SentenceView view, int cue, CueEntry entry, List<AttributionCandidate> found)
    {
        var subject = FindSubject(view, cue, out var negated);
        if (negated)
        {
            return;
        }

        var content = ContentAfterCue(view, cue, entry, out var contentQuote);
        if (content is not null && subject.End > subject.Start)
        {
            Add(found, view, content, subject, (cue, cue + 1), entry, AttributionPattern.CueThenContent, contentQuote);
            return;
        }

        // "…, X said." / "“…,” said X." / "“… end, Trump stated when asked": the attribution closes the clause.
        if (view.End - cue > 10 || !view.Doc.Tokens[cue].Pos.IsVerb() && entry.CueRate < 0.5 || WordClasses.Relatives.Contains(view.Doc.TokenText(Math.Max(view.First, subject.Start - 1))))
        {
            return;
        }

        var source = subject;
        var sourceStart = subject.Start;
        if (subject.End <= subject.Start)
        {
            source = InvertedSubject(view, cue);
            sourceStart = cue;
        }

        if (source.End <= source.Start)
        {
            return;
        }

        var before = ContentBefore(view, sourceStart, out var quote);
        if (before is not null)
        {
            Add(found, view, before, source, (cue, cue + 1), entry, AttributionPattern.ContentThenCue, quote);
        }
    }

    private void TryNounCue(SentenceView view, int cue, CueEntry entry, List<AttributionCandidate> found)
    {
        // "a bold claim: he has …" / "the claim that he …"
        var next = cue + 1;
        if (next >= view.End || !(view.Is(next, ":") || view.Is(next, "that")))
        {
            return;
        }

        if (view.Is(next, "that") && next + 1 < view.End && view.Doc.Tokens[next + 1].Pos.IsVerb())
        {
            return; // "the claim that was made": a relative clause, not the content
        }

        var contentStart = next + 1;
        if (contentStart >= view.End)
        {
            return;
        }

        var content = ClauseFrom(view, contentStart);
        if (content is null)
        {
            return;
        }

        // The source is the possessor ("Trump's claim") or the subject of the verb that governs the noun.
        var j = cue - 1;
        while (j >= view.First && view.Doc.Tokens[j].Pos is PosTag.JJ or PosTag.DT or PosTag.RB or PosTag.JJS or PosTag.JJR)
        {
            j--;
        }

        (int, int) source = (0, 0);
        if (j >= view.First && (view.Doc.Tokens[j].Pos == PosTag.POS || view.Is(j, "'s") || view.Is(j, "\u2019s")))
        {
            source = NounPhraseEndingAt(view, j - 1);
        }
        else if (j >= view.First && view.Doc.Tokens[j].Pos.IsVerb())
        {
            source = FindSubject(view, j, out var negated);
            if (negated)
            {
                return;
            }
        }

        if (source.Item2 > source.Item1)
        {
            Add(found, view, content, source, (cue, cue + 1), entry, AttributionPattern.NounCue, quote: null);
        }
    }

    private void TryAccordingTo(SentenceView view, int according, List<AttributionCandidate> found)
    {
        var entry = new CueEntry("according to", false, 0.92);
        var sourceStart = according + 2;
        var sourceEnd = sourceStart;
        while (sourceEnd < view.End && sourceEnd - sourceStart < MaxSourceTokens + 4 && !IsBoundary(view, sourceEnd))
        {
            sourceEnd++;
        }

        if (sourceEnd == sourceStart)
        {
            return;
        }

        var cueTokens = (according, according + 2);
        if (according == view.First || (according == view.First + 1 && view.Doc.Tokens[view.First].Pos is PosTag.CC or PosTag.RB))
        {
            // "According to X, …": the rest of the sentence (or the quotation that starts there).
            var contentStart = sourceEnd < view.End && view.Is(sourceEnd, ",") ? sourceEnd + 1 : sourceEnd;
            if (contentStart >= view.End)
            {
                return;
            }

            var quote = view.QuotationStartingAt(contentStart);
            var content = quote is not null ? new List<TextRange>(quote.Parts) : ClauseFrom(view, contentStart);
            if (content is not null)
            {
                Add(found, view, content, (sourceStart, sourceEnd), cueTokens, entry, AttributionPattern.AccordingTo, quote);
            }

            return;
        }

        var before = ContentBefore(view, according, out var quoteBefore);
        if (before is not null)
        {
            Add(found, view, before, (sourceStart, sourceEnd), cueTokens, entry, AttributionPattern.AccordingTo, quoteBefore);
        }
    }

    /// <summary>The content a cue introduces: "that …", ": …", a quotation, or a bare clause ("says he will").</summary>
    private List<TextRange>? ContentAfterCue(SentenceView view, int cue, CueEntry entry, out Quotation? quote)
    {
        quote = null;
        var doc = view.Doc;
        var j = cue + 1;

        // Skip what may stand between the cue and its content: "told reporters", "said Tuesday", "said in a statement".
        var limit = Math.Min(view.End, cue + 7);
        var takesObject = TakesHearer(entry.Lemma);
        var k = j;
        if (doc.Tokens[j].Pos is PosTag.DT or PosTag.PRPS && !takesObject)
        {
            limit = j; // "said the economy …": the content starts right here
        }

        while (k < limit && !view.Is(k, "that") && !view.Is(k, ":") && !doc.Tokens[k].Has(TokenShape.OpeningQuote)
               && (WordClasses.Weekdays.Contains(doc.TokenText(k)) || WordClasses.ObjectPronouns.Contains(doc.TokenText(k))
                   || takesObject && doc.Tokens[k].Pos is PosTag.NNP or PosTag.NNPS or PosTag.NNS or PosTag.NN or PosTag.DT))
        {
            k++;
        }

        if (k < view.End && view.Is(k, ","))
        {
            k++;
        }

        if (k >= view.End)
        {
            return null;
        }

        if (view.Is(k, "that") && k + 1 < view.End)
        {
            quote = view.QuotationStartingAt(k + 1);
            return quote is not null ? new List<TextRange>(quote.Parts) : ClauseFrom(view, k + 1);
        }

        if (view.Is(k, ":") && k + 1 < view.End)
        {
            quote = view.QuotationStartingAt(k + 1);
            return quote is not null ? new List<TextRange>(quote.Parts) : ClauseFrom(view, k + 1);
        }

        if (doc.Tokens[k].Has(TokenShape.OpeningQuote))
        {
            quote = view.QuotationStartingAt(k);
            return quote is not null ? new List<TextRange>(quote.Parts) : null;
        }

        // A bare complement clause needs a subject-like word right after the cue and a finite verb soon after.
        if (k != j || entry.CueRate < MinBareClauseRate && !IsEpistemic(entry.Lemma))
        {
            return null;
        }

        var first = doc.Tokens[j];
        var subjectLike = first.Pos is PosTag.PRP or PosTag.NNP or PosTag.NNPS or PosTag.DT or PosTag.PRPS or PosTag.EX or PosTag.CD or PosTag.NNS or PosTag.NN
            && !WordClasses.Relatives.Contains(doc.TokenText(j)) || WordClasses.SubjectPronouns.Contains(doc.TokenText(j));
        if (!subjectLike || doc.TokenText(j).Equals("it", StringComparison.OrdinalIgnoreCase) && entry.CueRate < 0.5)
        {
            return null;
        }

        // "said the campaign planned …": after a word that nearly always reports, a subject starts the content.
        if (entry.CueRate >= 0.5 && first.Pos is PosTag.PRP or PosTag.DT or PosTag.NNP or PosTag.PRPS or PosTag.EX)
        {
            return ClauseFrom(view, j);
        }

        for (var v = j + 1; v < Math.Min(view.End, j + 8); v++)
        {
            var pos = doc.Tokens[v].Pos;
            if (pos.IsPunctuation() && !view.Is(v, "'s") || pos is PosTag.IN or PosTag.TO || WordClasses.Relatives.Contains(doc.TokenText(v)))
            {
                break;
            }

            if (pos is PosTag.VBZ or PosTag.VBD or PosTag.VBP or PosTag.MD || (pos == PosTag.VBN && v == j + 1))
            {
                return ClauseFrom(view, j);
            }
        }

        return null;
    }

    /// <summary>Cues whose hearer stands between them and the content: "told reporters that".</summary>
    private static bool TakesHearer(string lemma) => lemma is "tell" or "assure" or "inform" or "remind" or "warn" or "ask" or "urge" or "convince" or "promise" or "notify" or "advise";

    private static bool IsEpistemic(string lemma) => lemma is "believe" or "think" or "feel" or "fear" or "hope" or "expect" or "know" or "worry" or "suspect" or "doubt";

    /// <summary>From <paramref name="start"/> to the end of the sentence, cut where a coordinated new predicate begins.</summary>
    private static List<TextRange>? ClauseFrom(SentenceView view, int start)
    {
        var doc = view.Doc;
        var end = view.End;
        while (end > start && (doc.Tokens[end - 1].Pos is PosTag.Period || doc.Tokens[end - 1].Has(TokenShape.ClosingQuote) && !view.InsideQuote(doc.Tokens[start].Start)))
        {
            end--;
        }

        // "He Spoke with Putin … but Avoids Details": a conjunction then a finite verb starts a new predicate of the
        // reporting subject, outside the content.
        for (var i = start + 2; i < end - 1; i++)
        {
            if (doc.Tokens[i].Pos == PosTag.Comma && view.Is(i + 1, "according"))
            {
                end = i;
                break;
            }

            if (doc.Tokens[i].Pos == PosTag.CC && doc.Tokens[i + 1].Pos is PosTag.VBZ or PosTag.VBD && !view.Is(i, "or"))
            {
                end = i;
                break;
            }
        }

        if (end <= start)
        {
            return null;
        }

        return [new TextRange(doc.Tokens[start].Start, doc.Tokens[end - 1].End)];
    }

    /// <summary>The content before "…, SOURCE said": the quotation ending there, or the sentence up to the comma.</summary>
    private static List<TextRange>? ContentBefore(SentenceView view, int sourceStart, out Quotation? quote)
    {
        quote = null;
        var doc = view.Doc;
        var j = sourceStart - 1;
        if (j < view.First)
        {
            return null;
        }

        // A quotation still open here is being interrupted by its attribution: "“… end, Trump stated when asked".
        var open = view.QuotationAround(doc.Tokens[sourceStart].Start);
        if (open is not null && view.Is(j, ","))
        {
            quote = open;
            var cut = doc.Tokens[j].Start;
            var parts = new List<TextRange>();
            foreach (var part in open.Parts)
            {
                if (part.Start >= cut)
                {
                    break;
                }

                parts.Add(new TextRange(part.Start, Math.Min(part.End, cut)));
            }

            return parts.Count > 0 ? parts : null;
        }

        var sawComma = false;
        while (j >= view.First && (doc.Tokens[j].Has(TokenShape.ClosingQuote) || view.Is(j, ",") || doc.Tokens[j].Has(TokenShape.Dash)))
        {
            sawComma |= view.Is(j, ",") || doc.Tokens[j].Has(TokenShape.ClosingQuote);
            if (doc.Tokens[j].Has(TokenShape.ClosingQuote))
            {
                quote = view.QuotationEndingAt(doc.Tokens[j].Start);
            }

            j--;
        }

        if (!sawComma)
        {
            return null;
        }

        if (quote is not null)
        {
            return new List<TextRange>(quote.Parts);
        }

        if (j < view.First)
        {
            return null;
        }

        var start = view.First;
        var text = new TextRange(doc.Tokens[start].Start, doc.Tokens[j].End);
        return j - start >= 2 ? [text] : null;
    }

    /// <summary>
    /// The subject of the verb at <paramref name="verb"/>: back over adverbs, auxiliaries and a parenthetical
    /// ", however,", through a relative pronoun ("critics who argue"), then the noun phrase that ends there.
    /// </summary>
    private static (int Start, int End) FindSubject(SentenceView view, int verb, out bool negated)
    {
        negated = false;
        var doc = view.Doc;
        var j = verb - 1;
        var steps = 0;
        while (j >= view.First && steps++ < 8)
        {
            var word = doc.TokenText(j);
            if (view.Is(j, "to"))
            {
                return (0, 0); // an infinitive ("reluctance to criticize") has no subject of its own
            }

            if (WordClasses.Negations.Contains(word))
            {
                negated = true;
                return (0, 0);
            }

            if (WordClasses.Auxiliaries.Contains(word) && !word.StartsWith("'") && !word.StartsWith("’") || doc.Tokens[j].Pos is PosTag.RB or PosTag.RBR
                || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && doc.Tokens[j].Pos != PosTag.NNP)
            {
                j--;
                continue;
            }

            // ", however," / ", too," between the subject and its verb
            if (view.Is(j, ",") && j - 2 >= view.First && view.Is(j - 2, ",") && doc.Tokens[j - 1].Pos is PosTag.RB or PosTag.IN)
            {
                j -= 3;
                continue;
            }

            break;
        }

        if (j < view.First)
        {
            return (0, 0);
        }

        if (WordClasses.Relatives.Contains(doc.TokenText(j)) && doc.Tokens[j].Pos != PosTag.DT)
        {
            j--;
            if (j >= view.First && view.Is(j, ","))
            {
                j--;
            }
        }

        return NounPhraseEndingAt(view, j);
    }

    private static (int Start, int End) NounPhraseEndingAt(SentenceView view, int last)
    {
        var doc = view.Doc;
        if (last < view.First || !IsNounPhraseToken(view, last, isHead: true))
        {
            return (0, 0);
        }

        var start = last;
        while (start - 1 >= view.First && last - start + 1 < MaxSourceTokens && IsNounPhraseToken(view, start - 1, isHead: false))
        {
            start--;
        }

        // A lone article or possessive is no source; "Some", "Others", "Many" are (groups).
        if (start == last && doc.Tokens[last].Pos is PosTag.DT or PosTag.PRPS && !IsGroupWord(doc.TokenText(last)))
        {
            return (0, 0);
        }

        return (start, last + 1);
    }

    private static bool IsNounPhraseToken(SentenceView view, int i, bool isHead)
    {
        var token = view.Doc.Tokens[i];
        var word = view.Doc.TokenText(i);
        if (token.Has(TokenShape.OpeningQuote) || token.Has(TokenShape.ClosingQuote))
        {
            return false;
        }

        if (isHead)
        {
            return token.Pos is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS or PosTag.PRP or PosTag.CD
                || IsGroupWord(word) || (token.Pos == PosTag.JJ && token.Has(TokenShape.Capitalized));
        }

        return token.Pos is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS or PosTag.DT or PosTag.JJ or PosTag.JJS or PosTag.JJR
            or PosTag.PRPS or PosTag.POS or PosTag.CD or PosTag.VBN && !WordClasses.Auxiliaries.Contains(word)
            || (token.Has(TokenShape.Capitalized) && token.Pos is not (PosTag.IN or PosTag.CC or PosTag.WP or PosTag.WDT or PosTag.TO));
    }

    private static bool IsGroupWord(ReadOnlySpan<char> word) => WordClasses.GroupQuantifiers.Contains(word);

    /// <summary>"said Trump" / "says a spokeswoman for the campaign": a noun phrase right after the cue that ends the clause.</summary>
    private static (int Start, int End) InvertedSubject(SentenceView view, int cue)
    {
        var doc = view.Doc;
        var start = cue + 1;
        var end = start;
        while (end < view.End && end - start < MaxSourceTokens && !IsBoundary(view, end) && (IsNounPhraseToken(view, end, isHead: false)
               || view.Is(end, "for") || view.Is(end, "of") || doc.Tokens[end].Pos == PosTag.PRP))
        {
            end++;
        }

        while (end > start && (view.Is(end - 1, "for") || view.Is(end - 1, "of") || doc.Tokens[end - 1].Pos is PosTag.DT or PosTag.POS))
        {
            end--;
        }

        if (end == start || !IsNounPhraseToken(view, end - 1, isHead: true))
        {
            return (0, 0);
        }

        return (start, end);
    }

    private static bool IsBoundary(SentenceView view, int i)
    {
        var token = view.Doc.Tokens[i];
        return token.Pos is PosTag.Comma or PosTag.Period or PosTag.Colon || token.Has(TokenShape.OpeningQuote) || token.Has(TokenShape.ClosingQuote)
            || view.Is(i, "that") || token.Pos.IsVerb() && token.Pos != PosTag.VBN;
    }

    private void AddContinuedQuotes(AnnotatedDocument doc, QuoteIndex quotes, List<AttributionCandidate> found)
    {
        if (doc.Quotations.Length == 0)
        {
            return;
        }

        var covered = new List<TextRange>(found.Count);
        foreach (var candidate in found)
        {
            covered.Add(new TextRange(candidate.ContentStart, candidate.ContentEnd));
        }

        covered.Sort((a, b) => a.Start.CompareTo(b.Start));
        var byStart = new List<AttributionCandidate>(found);
        byStart.Sort((a, b) => a.ContentStart.CompareTo(b.ContentStart));
        var next = 0;
        AttributionCandidate? previous = null;
        var coverIndex = 0;
        foreach (var quote in doc.Quotations)
        {
            while (next < byStart.Count && byStart[next].ContentStart <= quote.ContentStart)
            {
                previous = byStart[next++];
            }

            while (coverIndex < covered.Count && covered[coverIndex].End <= quote.ContentStart)
            {
                coverIndex++;
            }

            if (coverIndex < covered.Count && covered[coverIndex].Start < quote.ContentEnd)
            {
                continue; // already part of a claim
            }

            if (previous is null || !previous.HasSource || CountWords(doc, quote) < MinQuoteWordsWithoutCue)
            {
                continue;
            }

            var sentence = quotes.SentenceOf(quote.ContentStart);
            var previousParagraph = doc.Sentences[previous.Sentence].Paragraph;
            if (sentence < 0 || doc.Sentences[sentence].Paragraph - previousParagraph > 1 || !StandsAlone(doc, quote, sentence))
            {
                continue;
            }

            found.Add(new AttributionCandidate
            {
                Content = new List<TextRange>(quote.Parts),
                SourceTokens = previous.SourceTokens,
                CueTokens = previous.CueTokens,
                CueLemma = previous.CueLemma,
                CueRate = previous.CueRate,
                Sentence = sentence,
                Pattern = AttributionPattern.ContinuedQuote,
            });
        }
    }

    /// <summary>A quotation that is its own sentence(s), not a phrase inside the author's sentence (a scare quote).</summary>
    private static bool StandsAlone(AnnotatedDocument doc, Quotation quote, int sentence)
    {
        var s = doc.Sentences[sentence];
        var startsSentence = quote.OpenMark <= s.Start;
        if (!startsSentence)
        {
            return false;
        }

        var last = quote.ContentEnd - 1;
        while (last > quote.ContentStart && char.IsWhiteSpace(doc.Text[last]))
        {
            last--;
        }

        return CharClass.IsSentenceFinal(doc.Text[last]) || doc.Text[last] is ',' || !quote.IsClosed;
    }

    private static int CountWords(AnnotatedDocument doc, Quotation quote)
    {
        var words = 0;
        var inWord = false;
        foreach (var part in quote.Parts)
        {
            for (var i = part.Start; i < part.End; i++)
            {
                var letter = char.IsLetterOrDigit(doc.Text[i]);
                if (letter && !inWord)
                {
                    words++;
                }

                inWord = letter;
            }
        }

        return words;
    }

    private static void Add(List<AttributionCandidate> found, SentenceView view, List<TextRange> content, (int Start, int End) source,
        (int Start, int End) cue, CueEntry entry, AttributionPattern pattern, Quotation? quote)
    {
        if (content.Count == 0 || content[0].Length == 0)
        {
            return;
        }

        found.Add(new AttributionCandidate
        {
            Content = content,
            SourceTokens = source,
            CueTokens = cue,
            CueLemma = entry.Lemma,
            CueRate = entry.CueRate,
            Sentence = quote is not null ? Math.Min(view.Index, view.Quotes.SentenceOf(content[0].Start) is var q && q >= 0 ? q : view.Index) : view.Index,
            Pattern = pattern,
        });
    }

    private static List<AttributionCandidate> RemoveDuplicates(List<AttributionCandidate> sorted)
    {
        var kept = new List<AttributionCandidate>(sorted.Count);
        foreach (var candidate in sorted)
        {
            var duplicate = false;
            for (var k = kept.Count - 1; k >= 0 && kept[k].ContentStart == candidate.ContentStart; k--)
            {
                if (kept[k].ContentEnd == candidate.ContentEnd)
                {
                    duplicate = true;
                    break;
                }
            }

            if (!duplicate)
            {
                kept.Add(candidate);
            }
        }

        return kept;
    }
}
