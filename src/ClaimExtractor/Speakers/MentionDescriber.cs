using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;
using ClaimExtraction.Text;

namespace ClaimExtraction.Speakers;

/// <summary>What a source mention says of its speaker: the canonical name and key, the kind, the written alias, a role.</summary>
internal readonly record struct MentionDescription(string Canonical, string Key, SpeakerKind Kind, string Alias, string Role, bool IsPronoun, string? Affiliation = null);

/// <summary>
/// Mention description: trims a source range to the words that name the source, and reads off it the speaker's kind
/// (person, organization, group, anonymous), the role or appositive it carries and the name it stands for.
/// </summary>
internal static class MentionDescriber
{
    /// <summary>Words before a name that describe rather than name ("Democrat Hillary Clinton", "rival Donald Trump").</summary>
    private static readonly WordSet MoreTitles = new(["democrat", "republican", "rival", "presidential", "nominee", "candidate", "sens.", "reps.", "govs.", "gop", "vice-president", "ex-president", "then-", "lead", "crooked", "real", "u.n.", "un", "general", "secretary-general", "first", "rev", "supreme", "chief", "justice", "mayor", "police", "officer", "detective", "sheriff", "dnc", "rnc", "chairwoman", "chairman", "host", "radio", "veteran"]);

    /// <summary>
    /// Describes the source mention [<paramref name="start"/>, <paramref name="end"/>): a personal pronoun; a person named
    /// by its trailing proper name (with the words before it as a role); or a phrase whose head word gives its kind.
    /// </summary>
    internal static MentionDescription Describe(AnnotatedDocument doc, int start, int end, NameIndex names)
    {
        var headWord = doc.TokenString(end - 1);
        if (end - start == 1 && WordClasses.PersonPronouns.Contains(headWord))
        {
            var plural = headWord.Equals("they", StringComparison.OrdinalIgnoreCase) || headWord.Equals("we", StringComparison.OrdinalIgnoreCase);
            return new MentionDescription(headWord, "pronoun:" + headWord.ToLowerInvariant(), plural ? SpeakerKind.Group : SpeakerKind.Person, headWord, "", IsPronoun: !plural);
        }

        // Split "former U.S. President Donald Trump" into the role and the trailing proper name.
        var nameStart = end;
        while (nameStart > start && IsNamePart(doc, nameStart - 1))
        {
            nameStart--;
        }

        nameStart = AfterLastTitle(doc, nameStart, end);
        var head = doc.TokenText(end - 1);
        var entity = doc.Tokens[end - 1].Entity;
        if (nameStart < end && !WordClasses.OrganizationHeads.Contains(head) && !WordClasses.GroupQuantifiers.Contains(head)
            && doc.Tokens[end - 1].Pos != PosTag.NNPS && !EndsInPluralCapitalizedGroup(doc, end)
            && (entity is not (EntityType.Organization or EntityType.Location or EntityType.Misc) || names.IsPersonName(Join(doc, nameStart, end))))
        {
            var written = Join(doc, nameStart, end);
            var canonical = names.Fullest(written, doc.Tokens[nameStart].Start);
            var role = RoleOf(doc, start, nameStart);
            return new MentionDescription(canonical, NameIndex.KeyOf(canonical), SpeakerKind.Person, written, role, IsPronoun: false);
        }

        var phraseStart = start;
        while (phraseStart < end - 1 && doc.Tokens[phraseStart].Pos is PosTag.DT or PosTag.PRPS && !WordClasses.GroupQuantifiers.Contains(doc.TokenText(phraseStart)))
        {
            phraseStart++;
        }

        // "Trump’s supporters", "Clinton's campaign": the group is named by its head phrase and belongs to the possessor,
        // so its name never reads as the person's (the person's own claims stay with the person).
        string? affiliation = null;
        for (var p = end - 2; p > phraseStart; p--)
        {
            if (doc.Tokens[p].Pos == PosTag.POS)
            {
                var possessor = Join(doc, phraseStart, p);
                affiliation = IsNamePart(doc, p - 1) && (doc.Tokens[p - 1].Entity == EntityType.Person || names.IsPersonName(possessor))
                    ? names.Canonical(possessor, doc.Tokens[phraseStart].Start) : possessor;
                phraseStart = p + 1;
                break;
            }
        }

        var phrase = Join(doc, phraseStart, end);
        var determiner = doc.TokenText(start);
        SpeakerKind kind;
        if (WordClasses.OrganizationHeads.Contains(head) || entity is EntityType.Organization or EntityType.Location
            || (nameStart < end && doc.Tokens[end - 1].Pos != PosTag.NNPS && entity != EntityType.Misc))
        {
            kind = SpeakerKind.Organization;
        }
        else if (WordClasses.AnonymousHeads.Contains(head) && (determiner.Equals("a", StringComparison.OrdinalIgnoreCase)
                 || determiner.Equals("an", StringComparison.OrdinalIgnoreCase) || determiner.Equals("one", StringComparison.OrdinalIgnoreCase)
                 || determiner.Equals("another", StringComparison.OrdinalIgnoreCase) || determiner.Equals("the", StringComparison.OrdinalIgnoreCase)
                 || head.Equals("sources", StringComparison.OrdinalIgnoreCase) || head.Equals("source", StringComparison.OrdinalIgnoreCase)))
        {
            kind = SpeakerKind.Anonymous;
        }
        else if (WordClasses.GroupQuantifiers.Contains(head) || doc.Tokens[end - 1].Pos is PosTag.NNS or PosTag.NNPS || WordClasses.GroupQuantifiers.Contains(determiner))
        {
            kind = SpeakerKind.Group;
        }
        else if (WordClasses.TitleWords.Contains(head) && doc.Tokens[end - 1].Pos == PosTag.NN)
        {
            // "the mayor", "the senator": one person known by a role.
            kind = SpeakerKind.Person;
        }
        else
        {
            kind = SpeakerKind.Unknown;
        }

        var canonicalPhrase = kind == SpeakerKind.Organization ? phrase : phrase.ToLowerInvariant();
        if (kind == SpeakerKind.Group && canonicalPhrase.Length > 0 && char.IsUpper(phrase[0]) && doc.Tokens[phraseStart].Pos is not (PosTag.NNP or PosTag.NNPS))
        {
            canonicalPhrase = phrase.ToLowerInvariant();
        }

        if (kind == SpeakerKind.Organization && affiliation is not null)
        {
            canonicalPhrase = phrase.ToLowerInvariant(); // "campaign" of Hillary Clinton, not a name of its own
        }

        var roleOfPhrase = kind == SpeakerKind.Person || kind == SpeakerKind.Anonymous ? Join(doc, phraseStart, end) : "";
        var key = kind + ":" + canonicalPhrase.ToLowerInvariant() + (affiliation is null ? "" : "@" + NameIndex.KeyOf(affiliation));
        return new MentionDescription(canonicalPhrase, key, kind, phrase, roleOfPhrase, IsPronoun: false, affiliation);
    }

    /// <summary>Whether a source names two people joined by "and" ("Mr. Grassley and Mr. Leahy").</summary>
    internal static bool CoordinatesNames(AnnotatedDocument doc, int start, int end)
    {
        for (var k = start + 1; k < end - 1; k++)
        {
            if (IsWord(doc, k, "and") && IsNamePart(doc, k - 1) && doc.Tokens[k - 1].Pos == PosTag.NNP && doc.Tokens[end - 1].Pos == PosTag.NNP)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsWord(AnnotatedDocument doc, int i, string word) => doc.TokenText(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Trims a source range to the words that name the source: punctuation at either end, a possessive ending
    /// ("Trump’s claim" → "Trump"), and what follows a comma or dash after a name ("Caddell, speaking of …", "Kall, the
    /// director of …"). Returns the cut appositive when it describes the source ("the director of …"), else "".
    /// </summary>
    internal static string Trim(AnnotatedDocument doc, ref int start, ref int end)
    {
        while (start < end && (doc.Tokens[start].Pos.IsPunctuation() || doc.Tokens[start].Pos == PosTag.POS))
        {
            start++;
        }

        while (end > start && doc.Tokens[end - 1].Pos.IsPunctuation())
        {
            end--;
        }

        if (end - start > 1 && doc.Tokens[end - 1].Pos == PosTag.POS)
        {
            end--;
        }

        // A bracket after a name holds a party and state or an affiliation ("Rep. Gwen Moore (D-Wis.)"), not the name.
        for (var k = start + 1; k < end; k++)
        {
            if (doc.Tokens[k].Pos == PosTag.LeftBracket && doc.Tokens[k - 1].Pos is PosTag.NNP or PosTag.NNPS)
            {
                end = k;
                break;
            }
        }

        var appositive = "";
        for (var k = start + 1; k < end - 1; k++)
        {
            // A dash sets an appositive off as a comma does ("Jonas Lindqvist – the club's head coach –").
            if (doc.Tokens[k].Pos != PosTag.Comma && !(doc.Tokens[k].Pos == PosTag.Colon && doc.TokenText(k) is "—" or "–" or "--" or "-"))
            {
                continue;
            }

            if (doc.Tokens[k - 1].Pos is not (PosTag.NNP or PosTag.NNPS))
            {
                break;
            }

            var next = doc.Tokens[k + 1];
            if (next.Pos is PosTag.DT or PosTag.PRPS or PosTag.JJ or PosTag.NN or PosTag.NNS && !next.Has(TokenShape.Capitalized))
            {
                var appositiveEnd = end;
                while (appositiveEnd > k + 1 && doc.Tokens[appositiveEnd - 1].Pos.IsPunctuation())
                {
                    appositiveEnd--;
                }

                appositive = Join(doc, k + 1, appositiveEnd);
                end = k;
            }
            else if (next.Pos is PosTag.WP or PosTag.WDT && k + 2 == end)
            {
                // "Harvey, who" ends with the pronoun that is the claim's own subject: PolNeAR marks it as the source,
                // so the mention keeps it (the name is read without it).
            }
            else if (next.Pos is PosTag.WP or PosTag.WDT or PosTag.VBG or PosTag.VBN or PosTag.VBD or PosTag.VBZ or PosTag.IN or PosTag.RB)
            {
                end = k;
            }

            break;
        }

        return appositive;
    }

    /// <summary>How many tokens from its verb a cue's subject is looked for (news sentences keep it much closer).</summary>
    private const int MaxSubjectDistance = 64;

    /// <summary>
    /// For a claim found without a source: the subject of its cue verb ("Trump" in "Trump never missed a chance to
    /// remind …", "the committee" in "the committee never missed a chance to …", following xcomp and conj to the verb
    /// that has one), when it is a noun phrase or a personal pronoun outside the content. Empty when there is none.
    /// </summary>
    internal static (int Start, int End) SubjectOfCue(AnnotatedDocument doc, AttributionCandidate candidate)
    {
        if (!candidate.HasCue)
        {
            return (0, 0);
        }

        var verb = doc.HeadOf(candidate.CueTokens.Start, candidate.CueTokens.End);
        var sentence = doc.Sentences[SentenceOf(doc, verb)];
        for (var hops = 0; hops < 3 && verb >= 0; hops++)
        {
            // Near the verb only: a text without sentence punctuation is one "sentence", and a scan of all of it for
            // every claim made speaker resolution quadratic there.
            var last = Math.Min(sentence.EndToken, verb + MaxSubjectDistance + 1);
            for (var k = Math.Max(sentence.FirstToken, verb - MaxSubjectDistance); k < last; k++)
            {
                if (doc.Tokens[k].Head != verb || doc.Tokens[k].Relation != "nsubj")
                {
                    continue;
                }

                var t = doc.Tokens[k];
                var pronoun = t.Pos == PosTag.PRP && (IsWord(doc, k, "he") || IsWord(doc, k, "she") || IsWord(doc, k, "they"));
                if (t.Pos is not (PosTag.NNP or PosTag.NNPS or PosTag.NN or PosTag.NNS) && !pronoun)
                {
                    return (0, 0);
                }

                var left = k;
                while (left > sentence.FirstToken && doc.Tokens[left - 1].Head >= left - 1 && doc.Tokens[left - 1].Head <= k
                       && doc.Tokens[left - 1].Relation is "compound" or "amod" or "det" or "nmod:poss" or "case" or "name")
                {
                    left--;
                }

                var from = doc.Tokens[left].Start;
                var to = doc.Tokens[k].End;
                foreach (var part in candidate.Content)
                {
                    if (part.Start < to && from < part.End)
                    {
                        return (0, 0);
                    }
                }

                return (left, k + 1);
            }

            verb = doc.Tokens[verb].Relation is "xcomp" or "conj" ? doc.Tokens[verb].Head : -1;
        }

        return (0, 0);
    }

    /// <summary>"Riverton Mayor Jane Alvarez" → "Jane Alvarez": the name starts after the last title word.</summary>
    internal static int AfterLastTitle(AnnotatedDocument doc, int start, int end)
    {
        var nameStart = start;
        for (var i = start; i < end - 1; i++)
        {
            if (WordClasses.TitleWords.Contains(doc.TokenText(i)) || MoreTitles.Contains(doc.TokenText(i)))
            {
                nameStart = i + 1;
            }
        }

        return nameStart;
    }

    private static bool EndsInPluralCapitalizedGroup(AnnotatedDocument doc, int end) =>
        doc.TokenText(end - 1).EndsWith("ans", StringComparison.Ordinal) || doc.TokenText(end - 1).EndsWith("ats", StringComparison.Ordinal);

    internal static bool IsNamePart(AnnotatedDocument doc, int i)
    {
        var t = doc.Tokens[i];
        return t.Has(TokenShape.Capitalized) && t.Pos is PosTag.NNP or PosTag.NNPS or PosTag.NN or PosTag.JJ or PosTag.FW
            || (t.Pos == PosTag.NNP && t.Has(TokenShape.Word));
    }

    private static string RoleOf(AnnotatedDocument doc, int start, int nameStart)
    {
        var roleStart = start;
        while (roleStart < nameStart && doc.Tokens[roleStart].Pos is PosTag.DT or PosTag.PRPS or PosTag.POS)
        {
            roleStart++;
        }

        // Honorifics are not roles: "Mr. Obama" has none.
        while (roleStart < nameStart && IsHonorific(doc.TokenText(roleStart)))
        {
            roleStart++;
        }

        var roleEnd = nameStart;
        while (roleEnd > roleStart && IsHonorific(doc.TokenText(roleEnd - 1)))
        {
            roleEnd--;
        }

        return roleStart < roleEnd ? Join(doc, roleStart, roleEnd) : "";
    }

    private static bool IsHonorific(ReadOnlySpan<char> word) =>
        word.Equals("mr.", StringComparison.OrdinalIgnoreCase) || word.Equals("mrs.", StringComparison.OrdinalIgnoreCase)
        || word.Equals("ms.", StringComparison.OrdinalIgnoreCase) || word.Equals("dr.", StringComparison.OrdinalIgnoreCase)
        || word.Equals("mr", StringComparison.OrdinalIgnoreCase) || word.Equals("mrs", StringComparison.OrdinalIgnoreCase);

    internal static string Join(AnnotatedDocument doc, int start, int end) =>
        start >= end ? "" : doc.Text[doc.Tokens[start].Start..doc.Tokens[end - 1].End];
    internal static int SentenceOf(AnnotatedDocument doc, int token) => doc.SentenceOfToken(token);
}
