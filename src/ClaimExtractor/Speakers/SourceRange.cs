using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;
using ClaimExtraction.Text;
using static ClaimExtraction.Speakers.MentionDescriber;

namespace ClaimExtraction.Speakers;

/// <summary>
/// The tokens that name a claim's source. The attribution stage's source is kept unless it lies inside the claim's
/// own content (a word of the quotation is never its speaker); without one, the cue verb's subject, else the name
/// written right beside the cue ("noted Ms. Haddad", "Daniel Brandt, a union organiser, insisted"). A source that is
/// only the appositive of a name ("Maria Okafor, the city's transport chief, said", "Jane Alvarez, Mayor:") is moved
/// to that name and kept as its role.
/// </summary>
internal static class SourceRange
{
    /// <summary>How many tokens an appositive between a name and its cue may have.</summary>
    private const int MaxAppositive = 10;

    /// <summary>
    /// Raising verbs: in "Clinton seemed to reap the benefits" the writer judges and the subject is part of what is
    /// judged, so the claim has no source. PolNeAR train marks no source on 138 of 155 such claims.
    /// </summary>
    private static readonly WordSet RaisingVerbs = new(["seem", "seems", "seemed", "seeming", "appear", "appears", "appeared", "appearing"]);

    /// <summary>
    /// The source's tokens [Start, End), the appositive cut from it, and where its mention ends: past End when the claim
    /// lies in a relative clause whose pronoun PolNeAR marks as the source ("Senator Bernie Sanders of Vermont, who had
    /// opposed …": the name is read from [Start, End), the mention runs through "who").
    /// </summary>
    public static (int Start, int End, string Appositive, int MentionEnd) Of(AnnotatedDocument doc, AttributionCandidate candidate, NameIndex names)
    {
        if (IsRaisingCue(doc, candidate))
        {
            return (0, 0, "", 0);
        }

        // A labelled source of punctuation alone (the comma of "Humphrey, for example, said") names no one: the subject does.
        var subject = SubjectOfCue(doc, candidate);
        var (start, end) = candidate.HasSource && HasWord(doc, candidate.SourceTokens) && !InsideQuotedContent(doc, candidate, names)
            ? candidate.SourceTokens : subject;
        if (candidate.HasSource && candidate.HasCue && start < end && subject.End > subject.Start
            && subject.End + 1 < start && end <= candidate.CueTokens.Start && OpensAside(doc, subject.End))
        {
            // The labeller's span is the tail of a relative clause or appositive between the subject and its cue ("Cruz,
            // who says … the polls have tightened, said"): the cue's subject is the source.
            (start, end) = subject;
        }

        if (end - start == 1 && IsExpletiveIt(doc, start))
        {
            // "It's understandable that …", "it is important to note …": the writer's judgement, no one's claim.
            return (0, 0, "", 0);
        }

        if (end <= start)
        {
            (start, end) = NameBesideCue(doc, candidate, names);
        }

        if (end <= start)
        {
            (start, end) = AgentOfPassiveCue(doc, candidate);
        }

        if (end <= start)
        {
            return (0, 0, "", 0);
        }

        var appositive = Trim(doc, ref start, ref end);

        // "Vega, who …, said": a relative pronoun ending the source belongs to it only when it is the cue's own subject.
        if (end - start > 2 && doc.Tokens[end - 1].Pos is PosTag.WP or PosTag.WDT && IsAppositiveMark(doc, end - 2)
            && (!candidate.HasCue || doc.Tokens[end - 1].Head != doc.HeadOf(candidate.CueTokens.Start, candidate.CueTokens.End)))
        {
            end -= 2;
        }

        // A finite verb right after a name is a cue the finder left out ("Priya Raman snapped" before ":"), not part of the
        // source; participles stay ("those surveyed").
        if (end - start > 1 && doc.Tokens[end - 1].Pos is PosTag.VBD or PosTag.VBZ or PosTag.VBP && doc.Tokens[end - 2].Pos == PosTag.NNP)
        {
            end--;
        }

        var mentionEnd = RelativePronounAfter(doc, candidate, end);
        if (end > start && NameBeforeAppositive(doc, start, end, names) is { } name)
        {
            return (name.Start, name.End, appositive.Length > 0 ? appositive : Join(doc, name.AppositiveStart, end), Math.Max(name.End, mentionEnd));
        }

        return (start, end, appositive, mentionEnd);
    }

    /// <summary>
    /// When the cue heads a relative clause whose pronoun, up to twenty verbless tokens after the source, is its subject ("Rubio of
    /// Florida, who mused"), the end of that pronoun; else <paramref name="end"/>.
    /// </summary>
    private static int RelativePronounAfter(AnnotatedDocument doc, AttributionCandidate candidate, int end)
    {
        if (!candidate.HasCue)
        {
            return end;
        }

        var verb = doc.HeadOf(candidate.CueTokens.Start, candidate.CueTokens.End);
        if (verb < 0 || doc.Tokens[verb].Relation is not ("acl:relcl" or "rcmod"))
        {
            return end;
        }

        for (var k = end; k < candidate.CueTokens.Start && k - end < 2 * MaxAppositive; k++)
        {
            var t = doc.Tokens[k];
            if (t.Pos is PosTag.WP or PosTag.WDT && t.Head == verb)
            {
                return k + 1;
            }

            if (t.Pos.IsVerb())
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// Whether a relative clause, an appositive or an aside opens at token k: ", who", ", whose", "- which", ", a",
    /// ", the", ", still stinging", ", asked about",
    /// ", communications director".
    /// </summary>
    private static bool OpensAside(AnnotatedDocument doc, int k)
    {
        if (k + 1 >= doc.Tokens.Length || !IsAppositiveMark(doc, k))
        {
            return false;
        }

        var next = doc.Tokens[k + 1];
        return next.Pos is PosTag.WP or PosTag.WDT or PosTag.WPS or PosTag.DT or PosTag.PRPS or PosTag.VBG or PosTag.VBN or PosTag.RB
               || next.Pos is PosTag.NN or PosTag.JJ && !next.Has(TokenShape.Capitalized);
    }

    private static bool HasWord(AnnotatedDocument doc, (int Start, int End) range)
    {
        for (var k = range.Start; k < range.End; k++)
        {
            if (!doc.Tokens[k].Pos.IsPunctuation() && doc.Tokens[k].Pos != PosTag.POS)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token k is an "it" followed by a form of "be" and an adjective ("it's hard", "it would be wrong").</summary>
    private static bool IsExpletiveIt(AnnotatedDocument doc, int k)
    {
        if (!IsWord(doc, k, "it"))
        {
            return false;
        }

        var sawBe = false;
        for (var j = k + 1; j < doc.Tokens.Length && j <= k + 4; j++)
        {
            var t = doc.Tokens[j];
            if (t.Lemma == "be" || doc.TokenText(j) is "'s" or "’s")
            {
                sawBe = true;
            }
            else if (t.Pos == PosTag.JJ)
            {
                return sawBe;
            }
            else if (t.Pos is not (PosTag.MD or PosTag.RB))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The "by" agent of a passive cue ("When asked by a reporter whether …"): the one who speaks.</summary>
    private static (int Start, int End) AgentOfPassiveCue(AnnotatedDocument doc, AttributionCandidate candidate)
    {
        if (!candidate.HasCue)
        {
            return (0, 0);
        }

        var verb = doc.HeadOf(candidate.CueTokens.Start, candidate.CueTokens.End);
        if (verb < 0 || doc.Tokens[verb].Pos != PosTag.VBN)
        {
            return (0, 0);
        }

        var sentence = doc.Sentences[SentenceOf(doc, verb)];
        for (var k = verb + 2; k < sentence.EndToken && k <= verb + 5; k++)
        {
            var t = doc.Tokens[k];
            if (t.Head != verb || t.Relation is not ("nmod" or "nmod:agent") || !t.Pos.IsNoun() || !IsWord(doc, verb + 1, "by"))
            {
                continue;
            }

            var left = k;
            while (left > verb + 2 && doc.Tokens[left - 1].Head == k && doc.Tokens[left - 1].Relation is "compound" or "amod" or "det" or "nmod:poss")
            {
                left--;
            }

            return InsideContent(doc, candidate, left, k + 1) ? (0, 0) : (left, k + 1);
        }

        return (0, 0);
    }

    /// <summary>Whether the cue is a raising verb ("seems", "appeared to"), which reports the writer's judgement.</summary>
    internal static bool IsRaisingCue(AnnotatedDocument doc, AttributionCandidate candidate)
    {
        if (!candidate.HasCue)
        {
            return false;
        }

        var (start, end) = candidate.CueTokens;
        for (var k = start; k < end; k++)
        {
            if (doc.Tokens[k].Pos.IsVerb() && RaisingVerbs.Contains(doc.TokenText(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the attribution's source lies in a quotation that is part of the claim's content ("The ceasefire" of "“The ceasefire is holding,” noted Ms. Haddad").</summary>
    private static bool InsideQuotedContent(AnnotatedDocument doc, AttributionCandidate candidate, NameIndex names)
    {
        var (start, end) = candidate.SourceTokens;
        for (var k = start; k < end; k++)
        {
            if (!names.IsQuoted(k) || !InsideContent(doc, candidate, k, k + 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether tokens [start, end) overlap the claim's content.</summary>
    internal static bool InsideContent(AnnotatedDocument doc, AttributionCandidate candidate, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }

        var from = doc.Tokens[start].Start;
        var to = doc.Tokens[end - 1].End;
        foreach (var part in candidate.Content)
        {
            if (part.Start < to && from < part.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A person's name written right after the cue ("said Prof. B. Okafor"), or ending just before it, an appositive
    /// between ("Daniel Brandt, a union organiser, insisted"), in the cue's sentence and outside the content.
    /// </summary>
    private static (int Start, int End) NameBesideCue(AnnotatedDocument doc, AttributionCandidate candidate, NameIndex names)
    {
        if (!candidate.HasCue)
        {
            return (0, 0);
        }

        var (cueStart, cueEnd) = candidate.CueTokens;
        var sentence = doc.Sentences[SentenceOf(doc, cueStart)];
        var after = cueEnd;
        while (after < sentence.EndToken && IsNameOrTitle(doc, after) && !InsideContent(doc, candidate, after, after + 1))
        {
            after++;
        }

        if (after > cueEnd && IsPersonRun(doc, cueEnd, after, names))
        {
            return (cueEnd, after);
        }

        // A name before a passive cue is the one addressed ("Ronald Reagan was once asked"), not the speaker.
        for (var k = cueStart; k < cueEnd; k++)
        {
            if (doc.Tokens[k].Pos == PosTag.VBN)
            {
                return (0, 0);
            }
        }

        var end = cueStart;
        var sourceEnd = end;
        if (end > sentence.FirstToken && doc.Tokens[end - 1].Pos == PosTag.Comma)
        {
            // The appositive stays in the source, where Trim makes it the role.
            sourceEnd = end - 1;
            end = SkipAppositive(doc, sentence.FirstToken, end - 1);
            if (end < 0)
            {
                return (0, 0);
            }
        }

        var start = end;
        while (start > sentence.FirstToken && IsNameOrTitle(doc, start - 1))
        {
            start--;
        }

        return start < end && !InsideContent(doc, candidate, start, sourceEnd) && IsPersonRun(doc, start, end, names) ? (start, sourceEnd) : (0, 0);
    }

    /// <summary>
    /// Given the end of ", a union organiser" (the comma before the cue already skipped), the end of the name before
    /// the appositive's opening comma; the same end when no comma-bounded verbless phrase comes first; -1 when none.
    /// </summary>
    private static int SkipAppositive(AnnotatedDocument doc, int first, int end)
    {
        for (var k = end - 1; k >= first && end - k <= MaxAppositive; k--)
        {
            var pos = doc.Tokens[k].Pos;
            if (pos == PosTag.Comma)
            {
                return k > first && IsNameOrTitle(doc, k - 1) ? k : -1;
            }

            if (pos.IsVerb() || pos.IsPunctuation())
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Maria Okafor, the city's transport chief" given only its appositive: a source that names no one (a role, a
    /// common noun phrase) right after a person's name and a comma stands for that person.
    /// </summary>
    private static (int Start, int End, int AppositiveStart)? NameBeforeAppositive(AnnotatedDocument doc, int start, int end, NameIndex names)
    {
        // The source may be only the head of the appositive ("chief" of "the city's transport chief").
        var first = doc.Sentences[SentenceOf(doc, start)].FirstToken;
        while (start > first && end - start < MaxAppositive && doc.Tokens[start - 1].Pos is PosTag.DT or PosTag.JJ or PosTag.NN or PosTag.NNS or PosTag.POS or PosTag.PRPS or PosTag.CD
               && !doc.Tokens[start - 1].Has(TokenShape.Capitalized))
        {
            start--;
        }

        // The appositive names one person by a role: a singular common noun or a title ("the White House", "others" do not).
        var head = doc.Tokens[end - 1];
        if (start < 2 || !IsAppositiveMark(doc, start - 1) || !NamesNoOne(doc, start, end)
            || head.Pos is not (PosTag.NN or PosTag.NNP) || WordClasses.OrganizationHeads.Contains(doc.TokenText(end - 1))
            || head.Pos == PosTag.NNP && !WordClasses.TitleWords.Contains(doc.TokenText(end - 1)))
        {
            return null;
        }

        var nameEnd = start - 1;
        var nameStart = nameEnd;
        while (nameStart > first && IsNameOrTitle(doc, nameStart - 1))
        {
            nameStart--;
        }

        // The name opens its clause ("Speaking after the meeting, Maria Okafor, …"), as a subject does; "with Obama, the …" is no subject.
        var opensClause = nameStart == first || doc.Tokens[nameStart - 1].Pos.IsPunctuation();
        return opensClause && nameStart < nameEnd && IsPersonRun(doc, nameStart, nameEnd, names) ? (nameStart, nameEnd, start) : null;
    }

    /// <summary>A comma or a dash, which set an appositive off from the name ("Elena Petrescu — the council's finance officer —").</summary>
    private static bool IsAppositiveMark(AnnotatedDocument doc, int k) =>
        doc.Tokens[k].Pos == PosTag.Comma
        || doc.Tokens[k].Pos == PosTag.Colon && doc.TokenText(k) is "—" or "–" or "--" or "-";

    /// <summary>Whether [start, end) is a role or common noun phrase: no word in it is part of a proper name other than a title.</summary>
    private static bool NamesNoOne(AnnotatedDocument doc, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var t = doc.Tokens[k];
            if (t.Pos is PosTag.PRP || t.Entity is EntityType.Person or EntityType.Organization
                || t.Pos is PosTag.NNP or PosTag.NNPS && !WordClasses.TitleWords.Contains(doc.TokenText(k)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameOrTitle(AnnotatedDocument doc, int k) =>
        IsNamePart(doc, k) && doc.Tokens[k].Pos is PosTag.NNP or PosTag.NNPS || doc.Tokens[k].Entity == EntityType.Person
        || WordClasses.TitleWords.Contains(doc.TokenText(k)) && doc.Tokens[k].Has(TokenShape.Capitalized);

    /// <summary>Whether a run of name words names a person: the recognizer tagged it, or the article names the person elsewhere, or a title leads it.</summary>
    private static bool IsPersonRun(AnnotatedDocument doc, int start, int end, NameIndex names)
    {
        var nameStart = AfterLastTitle(doc, start, end);
        for (var k = nameStart; k < end; k++)
        {
            if (doc.Tokens[k].Entity is EntityType.Organization or EntityType.Location)
            {
                return false;
            }
        }

        for (var k = start; k < end; k++)
        {
            if (doc.Tokens[k].Entity == EntityType.Person)
            {
                return true;
            }
        }

        return nameStart > start || names.IsPersonName(Join(doc, nameStart, end));
    }
}
