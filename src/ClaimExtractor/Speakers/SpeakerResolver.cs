using System.Text;
using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;
using ClaimExtraction.Text;

namespace ClaimExtraction.Speakers;

/// <summary>A source mention resolved to a speaker identity.</summary>
internal sealed record ResolvedSource(int SpeakerIndex, Mention Mention);

/// <summary>One identity being built: its canonical name, kind, and what names, roles and mentions it gathered.</summary>
internal sealed class SpeakerIdentity
{
    public required string Name { get; set; }

    public required SpeakerKind Kind { get; init; }

    public required string Key { get; init; }

    /// <summary>Whom a group or organization belongs to ("Donald Trump" for "Trump’s supporters"), or null.</summary>
    public string? Affiliation { get; init; }

    public List<string> Aliases { get; } = [];

    public List<string> Roles { get; } = [];

    public List<Mention> Mentions { get; } = [];

    public void AddDistinct(List<string> list, string value)
    {
        if (value.Length > 0 && !list.Exists(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase)))
        {
            list.Add(value);
        }
    }
}

/// <summary>
/// Resolves source mentions into one identity per real source: names to the fullest form the article uses
/// ("Trump" → "Donald Trump"), titles into roles ("former U.S. President"), pronouns to the latest person
/// speaker, and unnamed sources into groups ("critics"), anonymous sources or organizations by their head word.
/// </summary>
internal static class SpeakerResolver
{
    /// <summary>Words before a name that describe rather than name ("Democrat Hillary Clinton", "rival Donald Trump").</summary>
    private static readonly WordSet MoreTitles = new(["democrat", "republican", "rival", "presidential", "nominee", "candidate", "sens.", "reps.", "govs.", "gop", "vice-president", "ex-president", "then-", "lead", "crooked", "real", "u.n.", "un", "general", "secretary-general", "first", "rev", "supreme", "chief", "justice", "mayor", "police", "officer", "detective", "sheriff", "dnc", "rnc", "chairwoman", "chairman", "host", "radio", "veteran"]);

    public static (List<SpeakerIdentity> Speakers, ResolvedSource?[] Sources) Resolve(AnnotatedDocument doc, IReadOnlyList<AttributionCandidate> candidates, CancellationToken cancellationToken = default)
    {
        var names = NameIndex.Build(doc, cancellationToken);
        var speakers = new List<SpeakerIdentity>();
        var byKey = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var sources = new ResolvedSource?[candidates.Count];
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // The source ranges, trimmed of punctuation, possessive endings and trailing clauses; a claim whose finder gave
        // no source but whose cue verb has a named or pronominal subject takes that subject.
        var ranges = new (int Start, int End, string Appositive)[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var (start, end) = candidates[i].HasSource ? candidates[i].SourceTokens : SubjectOfCue(doc, candidates[i]);
            var appositive = end > start ? Trim(doc, ref start, ref end) : "";
            ranges[i] = (start, end, appositive);
        }

        // Resolve in the order the mentions appear, so a pronoun finds the person named before it.
        Array.Sort(order, (a, b) => ranges[a].Start.CompareTo(ranges[b].Start));
        var lastPerson = -1;
        int lastGroup = -1, lastGroupSentence = -1, lastOrganization = -1, lastOrganizationSentence = -1, lastPair = -1, lastPairSentence = -1;
        foreach (var index in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, end, appositive) = ranges[index];
            if (end <= start)
            {
                continue;
            }

            var mention = new Mention(doc.Text[doc.Tokens[start].Start..doc.Tokens[end - 1].End], doc.Tokens[start].Start, doc.Tokens[end - 1].End);
            // "critics who": the relative pronoun is part of the mention, not of the name.
            var nameEnd = end;
            while (nameEnd - 1 > start && doc.Tokens[nameEnd - 1].Pos is PosTag.WP or PosTag.WDT)
            {
                nameEnd--;
            }

            var described = Describe(doc, start, nameEnd, names);
            if (appositive.Length > 0 && described.Kind == SpeakerKind.Person && !described.IsPronoun)
            {
                described = described with { Role = described.Role.Length > 0 ? described.Role : appositive };
            }

            var sentence = SentenceOf(doc, start);
            int speaker;
            if (end - start == 1 && IsWord(doc, start, "they") && lastPair >= 0 && sentence - lastPairSentence <= 3 && lastPairSentence >= lastGroupSentence)
            {
                // "Mr. Grassley and Mr. Leahy say … they say": the coordinated people who spoke last.
                speaker = lastPair;
                described = described with { IsPronoun = true };
            }
            else if (end - start == 1 && IsWord(doc, start, "they") && lastGroup >= 0 && sentence - lastGroupSentence <= 3)
            {
                // "Critics … They said": the group that spoke last, when it spoke in the last few sentences.
                speaker = lastGroup;
                described = described with { IsPronoun = true };
            }
            else if (end - start == 1 && IsWord(doc, start, "it") && OrganizationBefore(doc, start, speakers, lastOrganization, lastOrganizationSentence, sentence) is { } organization)
            {
                // "NBC News … It said": the organization that spoke or was named as a subject just before.
                speaker = organization.Index >= 0 ? organization.Index
                    : GetOrAdd(speakers, byKey, new Description(organization.Name, SpeakerKind.Organization + ":" + organization.Name.ToLowerInvariant(), SpeakerKind.Organization, organization.Name, "", IsPronoun: false));
                speakers[speaker].AddDistinct(speakers[speaker].Aliases, organization.Name);
                described = described with { IsPronoun = true };
            }
            else if (described.Kind == SpeakerKind.Person && described.IsPronoun)
            {
                var antecedent = names.Antecedent(doc, start, described.Alias, lastPerson >= 0 ? speakers[lastPerson].Name : null,
                    lastPerson >= 0 ? doc.SentenceOfToken(doc.FirstTokenEndingAfter(speakers[lastPerson].Mentions[^1].Start)) : -1);
                speaker = antecedent is not null ? AddName(speakers, byKey, antecedent)
                    : lastPerson >= 0 ? lastPerson : FallbackPerson(doc, names, start, speakers, byKey);
                if (speaker < 0)
                {
                    speaker = GetOrAdd(speakers, byKey, described);
                }
            }
            else
            {
                speaker = GetOrAdd(speakers, byKey, described);
            }

            var identity = speakers[speaker];
            identity.Mentions.Add(mention);
            if (!described.IsPronoun)
            {
                identity.AddDistinct(identity.Aliases, described.Alias);
            }

            if (described.Role.Length > 0)
            {
                identity.AddDistinct(identity.Roles, described.Role);
            }

            if (identity.Kind == SpeakerKind.Person)
            {
                lastPerson = speaker;
                if (!described.IsPronoun && CoordinatesNames(doc, start, nameEnd))
                {
                    (lastPair, lastPairSentence) = (speaker, sentence);
                }
            }
            else if (identity.Kind == SpeakerKind.Group && !identity.Key.StartsWith("pronoun:", StringComparison.Ordinal))
            {
                (lastGroup, lastGroupSentence) = (speaker, sentence);
            }
            else if (identity.Kind == SpeakerKind.Organization)
            {
                (lastOrganization, lastOrganizationSentence) = (speaker, sentence);
            }

            sources[index] = new ResolvedSource(speaker, mention);
        }

        return (speakers, sources);
    }

    private static int GetOrAdd(List<SpeakerIdentity> speakers, Dictionary<string, int> byKey, Description d)
    {
        if (!byKey.TryGetValue(d.Key, out var index))
        {
            index = speakers.Count;
            speakers.Add(new SpeakerIdentity { Name = d.Canonical, Kind = d.Kind, Key = d.Key, Affiliation = d.Affiliation });
            byKey[d.Key] = index;
        }

        return index;
    }

    private static int AddName(List<SpeakerIdentity> speakers, Dictionary<string, int> byKey, string name)
    {
        var index = GetOrAdd(speakers, byKey, new Description(name, NameIndex.KeyOf(name), SpeakerKind.Person, name, "", IsPronoun: false));
        speakers[index].AddDistinct(speakers[index].Aliases, name);
        return index;
    }

    /// <summary>A pronoun before any person spoke: the latest full name written before it.</summary>
    private static int FallbackPerson(AnnotatedDocument doc, NameIndex names, int token, List<SpeakerIdentity> speakers, Dictionary<string, int> byKey)
    {
        var name = names.LatestBefore(doc.Tokens[token].Start);
        if (name is null)
        {
            return -1;
        }

        var d = new Description(name, NameIndex.KeyOf(name), SpeakerKind.Person, name, "", IsPronoun: false);
        var index = GetOrAdd(speakers, byKey, d);
        speakers[index].AddDistinct(speakers[index].Aliases, name);
        return index;
    }

    private readonly record struct Description(string Canonical, string Key, SpeakerKind Kind, string Alias, string Role, bool IsPronoun, string? Affiliation = null);

    private static Description Describe(AnnotatedDocument doc, int start, int end, NameIndex names)
    {
        var headWord = doc.TokenString(end - 1);
        if (end - start == 1 && WordClasses.PersonPronouns.Contains(headWord))
        {
            var plural = headWord.Equals("they", StringComparison.OrdinalIgnoreCase) || headWord.Equals("we", StringComparison.OrdinalIgnoreCase);
            return new Description(headWord, "pronoun:" + headWord.ToLowerInvariant(), plural ? SpeakerKind.Group : SpeakerKind.Person, headWord, "", IsPronoun: !plural);
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
            return new Description(canonical, NameIndex.KeyOf(canonical), SpeakerKind.Person, written, role, IsPronoun: false);
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
        return new Description(canonicalPhrase, key, kind, phrase, roleOfPhrase, IsPronoun: false, affiliation);
    }

    /// <summary>Whether a source names two people joined by "and" ("Mr. Grassley and Mr. Leahy").</summary>
    private static bool CoordinatesNames(AnnotatedDocument doc, int start, int end)
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

    private static bool IsWord(AnnotatedDocument doc, int i, string word) => doc.TokenText(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Trims a source range to the words that name the source: punctuation at either end, a possessive ending
    /// ("Trump’s claim" → "Trump"), and what follows a comma after a name ("Caddell, speaking of …", "Kall, the
    /// director of …"). Returns the cut appositive when it describes the source ("the director of …"), else "".
    /// </summary>
    private static string Trim(AnnotatedDocument doc, ref int start, ref int end)
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

        var appositive = "";
        for (var k = start + 1; k < end - 1; k++)
        {
            if (doc.Tokens[k].Pos != PosTag.Comma)
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
            else if (next.Pos is PosTag.WP or PosTag.WDT or PosTag.VBG or PosTag.VBN or PosTag.VBD or PosTag.VBZ or PosTag.IN or PosTag.RB)
            {
                end = k;
            }

            break;
        }

        return appositive;
    }

    /// <summary>
    /// For a claim found without a source: the subject of its cue verb ("Trump" in "Trump never missed a chance to
    /// remind …", following xcomp and conj to the verb that has one), when it is a proper name or a personal pronoun
    /// outside the content. Empty when there is none.
    /// </summary>
    private static (int Start, int End) SubjectOfCue(AnnotatedDocument doc, AttributionCandidate candidate)
    {
        if (!candidate.HasCue)
        {
            return (0, 0);
        }

        var verb = doc.HeadOf(candidate.CueTokens.Start, candidate.CueTokens.End);
        var sentence = doc.Sentences[SentenceOf(doc, verb)];
        for (var hops = 0; hops < 3 && verb >= 0; hops++)
        {
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (doc.Tokens[k].Head != verb || doc.Tokens[k].Relation != "nsubj")
                {
                    continue;
                }

                var t = doc.Tokens[k];
                var pronoun = t.Pos == PosTag.PRP && (IsWord(doc, k, "he") || IsWord(doc, k, "she") || IsWord(doc, k, "they"));
                if (t.Pos is not (PosTag.NNP or PosTag.NNPS) && !pronoun)
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

    /// <summary>
    /// The organization an "it" source stands for: the organization that spoke in the last two sentences, else the
    /// nearest organization the recognizer found as a subject in this or the two sentences before.
    /// </summary>
    private static (int Index, string Name)? OrganizationBefore(AnnotatedDocument doc, int token, List<SpeakerIdentity> speakers, int lastOrganization, int lastSentence, int sentence)
    {
        if (lastOrganization >= 0 && sentence - lastSentence <= 2)
        {
            return (lastOrganization, speakers[lastOrganization].Name);
        }

        var first = doc.Sentences[Math.Max(0, sentence - 2)].FirstToken;
        for (var k = token - 1; k >= first; k--)
        {
            if (doc.Tokens[k].Entity != EntityType.Organization || doc.Tokens[k].Relation is not ("nsubj" or "nsubjpass"))
            {
                continue;
            }

            var runStart = k;
            while (runStart > first && doc.Tokens[runStart - 1].Entity == EntityType.Organization)
            {
                runStart--;
            }

            var runEnd = k + 1;
            while (runEnd < doc.Tokens.Length && doc.Tokens[runEnd].Entity == EntityType.Organization)
            {
                runEnd++;
            }

            return (-1, Join(doc, runStart, runEnd));
        }

        return null;
    }

    /// <summary>"Riverton Mayor Jane Alvarez" → "Jane Alvarez": the name starts after the last title word.</summary>
    private static int AfterLastTitle(AnnotatedDocument doc, int start, int end)
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

    private static bool IsNamePart(AnnotatedDocument doc, int i)
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

    /// <summary>
    /// Every person named in the article (the recognizer's PERSON runs, and capitalized two- or three-word names it
    /// missed), each mention resolved to the full name it stands for, with a gender guessed from titles, common given
    /// names and the pronouns that follow a lone name — so a surname finds its full name and a pronoun its antecedent.
    /// </summary>
    private sealed class NameIndex
    {
        private readonly List<PersonMention> _mentions = [];
        private readonly Dictionary<string, int> _gender = new(StringComparer.OrdinalIgnoreCase);
        private bool[] _quoted = [];

        private sealed class PersonMention
        {
            public required int Start { get; init; }

            public required int End { get; init; }

            public required int Offset { get; init; }

            public required string Written { get; init; }

            public required int Sentence { get; init; }

            public bool Subject { get; init; }

            public bool Quoted { get; init; }

            public string Canonical { get; set; } = "";

            /// <summary>The written name split at spaces, empty entries dropped; kept because every mention is compared with every other.</summary>
            public string[] Words => field ??= Written.Split(' ', StringSplitOptions.RemoveEmptyEntries);

            /// <summary>The written name split at every space.</summary>
            public string[] Parts => field ??= Written.Split(' ');

            /// <summary>The last word without a possessive ending ("" for an empty name).</summary>
            public string Surname => field ??= Words.Length > 0 ? StripPossessive(Words[^1]) : "";

            /// <summary>The last part without a possessive ending.</summary>
            public string LastPart => field ??= StripPossessive(Parts[^1]);
        }

        public static NameIndex Build(AnnotatedDocument doc, CancellationToken cancellationToken = default)
        {
            var index = new NameIndex();
            var tokens = doc.Tokens;
            var quoted = index._quoted = QuotedMask(doc);
            var i = 0;
            while (i < tokens.Length)
            {
                if (!IsPersonToken(doc, i))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < tokens.Length && IsPersonToken(doc, i) && (i == start || !tokens[i].Has(TokenShape.ParagraphStart)))
                {
                    i++;
                }

                var nameStart = AfterLastTitle(doc, start, i);
                var tagged = false;
                for (var k = nameStart; k < i; k++)
                {
                    tagged |= tokens[k].Entity == EntityType.Person;
                }

                if (i - nameStart > 4 || !LooksLikePersonName(doc, nameStart, i) || WordClasses.OrganizationHeads.Contains(doc.TokenText(i - 1))
                    || !tagged && i - nameStart is < 2 or > 3)
                {
                    continue;
                }

                var title = start > 0 ? doc.TokenString(start > 0 && nameStart == start ? start - 1 : nameStart - 1) : "";
                var written = Join(doc, nameStart, i);
                var mention = new PersonMention
                {
                    Start = nameStart, End = i, Offset = tokens[nameStart].Start, Written = written, Sentence = SentenceOf(doc, nameStart),
                    Subject = tokens[i - 1].Relation is "nsubj" or "nsubjpass", Quoted = quoted[nameStart],
                };
                index._mentions.Add(mention);
                var g = title.ToLowerInvariant() switch
                {
                    "mr." or "mr" => 1,
                    "mrs." or "mrs" or "ms." or "ms" or "miss" => -1,
                    _ => 0,
                };
                mention.Canonical = written;
                if (g != 0)
                {
                    index._gender[written] = index._gender.GetValueOrDefault(written) + (3 * g);
                }
            }

            index.AddLoneSurnames(doc);
            foreach (var m in index._mentions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                m.Canonical = index.Canonical(m.Written, m.Offset);
            }

            index.VoteGenders(doc);
            return index;
        }

        /// <summary>
        /// A lone capitalized word the recognizer did not tag ("Trump has also commented …" at a paragraph start) is a
        /// mention of the person whose full name the article uses with that surname, so pronouns can find it.
        /// </summary>
        private void AddLoneSurnames(AnnotatedDocument doc)
        {
            var surnames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var covered = new bool[doc.Tokens.Length];
            foreach (var m in _mentions)
            {
                if (m.Written.Contains(' '))
                {
                    surnames.Add(StripPossessive(m.Written.Split(' ')[^1]));
                }

                for (var k = m.Start; k < m.End; k++)
                {
                    covered[k] = true;
                }
            }

            var added = false;
            for (var i = 0; i < doc.Tokens.Length; i++)
            {
                var t = doc.Tokens[i];
                if (covered[i] || t.Pos != PosTag.NNP || !t.Has(TokenShape.Capitalized) || t.Entity is EntityType.Organization or EntityType.Location
                    || i > 0 && doc.Tokens[i - 1].Pos is PosTag.NNP or PosTag.NNPS || i + 1 < doc.Tokens.Length && doc.Tokens[i + 1].Pos is PosTag.NNP or PosTag.NNPS
                    || !surnames.Contains(doc.TokenString(i)))
                {
                    continue;
                }

                _mentions.Add(new PersonMention
                {
                    Start = i, End = i + 1, Offset = t.Start, Written = doc.TokenString(i), Sentence = SentenceOf(doc, i),
                    Subject = t.Relation is "nsubj" or "nsubjpass", Quoted = _quoted[i], Canonical = doc.TokenString(i),
                });
                added = true;
            }

            if (added)
            {
                _mentions.Sort((a, b) => a.Offset.CompareTo(b.Offset));
            }
        }

        private static bool IsPersonToken(AnnotatedDocument doc, int i)
        {
            var t = doc.Tokens[i];
            if (t.Entity == EntityType.Person)
            {
                return true;
            }

            return t.Entity == EntityType.None && IsNamePart(doc, i) && t.Pos is PosTag.NNP
                || WordClasses.TitleWords.Contains(doc.TokenText(i)) && t.Has(TokenShape.Capitalized) && i + 1 < doc.Tokens.Length && (doc.Tokens[i + 1].Entity == EntityType.Person || doc.Tokens[i + 1].Pos == PosTag.NNP);
        }

        private static bool LooksLikePersonName(AnnotatedDocument doc, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!doc.Tokens[i].Has(TokenShape.Word) || doc.Tokens[i].Has(TokenShape.AllCaps) && doc.Tokens[i].Length > 2 || !doc.Tokens[i].Has(TokenShape.Capitalized))
                {
                    return false;
                }
            }

            return end > start;
        }

        /// <summary>
        /// The full name a written name stands for at <paramref name="offset"/>: a surname ("Cruz", "Mr. Obama") takes the
        /// latest full name with that surname before it (else the first after it); a full name takes the first full name
        /// the article introduced with the same first and last word ("Donald J. Trump" → "Donald Trump").
        /// </summary>
        public string Canonical(string written, int offset)
        {
            var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                return written;
            }

            var last = StripPossessive(words[^1]);
            string? before = null, after = null, first = null;
            var beforeSentence = -1;
            var beforeSubject = false;
            var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var subjects = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var m in _mentions)
            {
                var other = m.Words;
                if (other.Length < 2 || !m.Surname.Equals(last, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (words.Length >= 2)
                {
                    if (other[0].Equals(words[0], StringComparison.OrdinalIgnoreCase))
                    {
                        first ??= m.Written;
                    }

                    continue;
                }

                counts[m.Written] = counts.GetValueOrDefault(m.Written) + 1;
                subjects[m.Written] = subjects.GetValueOrDefault(m.Written) + (m.Subject ? 1 : 0);
                if (m.Offset < offset)
                {
                    before = m.Written;
                    beforeSentence = m.Sentence;
                    beforeSubject = m.Subject;
                }
                else
                {
                    after ??= m.Written;
                }
            }

            // A bare surname is the person with that surname named just before; otherwise the one the article names
            // most ("Cruz" is Ted Cruz, not his wife named once), ties going to the latest before.
            var found = words.Length >= 2 ? first : before ?? after;
            if (found is null && words.Length == 1)
            {
                // A given name alone ("Hillary"): the full name it begins.
                found = GivenNames.GenderOf(last) == 0 ? null
                    : _mentions.Find(m => m.Written.Contains(' ') && m.Parts[0].Equals(last, StringComparison.OrdinalIgnoreCase))?.Written;
                return found ?? written;
            }
            if (words.Length == 1 && counts.Count > 1 && before is not null && !beforeSubject
                && MainBearer(counts, subjects) is { } main && !main.Equals(before, StringComparison.OrdinalIgnoreCase))
            {
                // "… a photo of Heidi Cruz. … Cruz said": a full name met only in passing (never a subject) does not take the
                // bare surname from the bearer the article is about, who is a subject more often or named more.
                found = main;
            }
            else if (words.Length == 1 && counts.Count > 1 && !(before is not null && _mentions.Exists(m => m.Offset >= offset && m.Sentence - beforeSentence <= 2 && m.Offset - offset < 400)))
            {
                var most = counts.Max(kv => kv.Value);
                if (found is null || counts[found] < most)
                {
                    found = counts.First(kv => kv.Value == most).Key;
                }
            }
            if (found is null)
            {
                return written;
            }

            // Resolve once more so "Trump" → "Donald J. Trump" → "Donald Trump".
            var fw = found.Split(' ');
            var foundLast = StripPossessive(fw[^1]);
            foreach (var m in _mentions)
            {
                var other = m.Parts;
                if (other.Length >= 2 && other[0].Equals(fw[0], StringComparison.OrdinalIgnoreCase) && m.LastPart.Equals(foundLast, StringComparison.OrdinalIgnoreCase))
                {
                    return m.Written;
                }
            }

            return found;
        }

        /// <summary>
        /// The full name the article is about among those sharing a surname: the one most often a subject, then the one
        /// named most; null when no single one leads.
        /// </summary>
        private static string? MainBearer(Dictionary<string, int> counts, Dictionary<string, int> subjects)
        {
            var ranked = counts.Keys.OrderByDescending(k => subjects.GetValueOrDefault(k)).ThenByDescending(k => counts[k]).ToList();
            var a = ranked[0];
            var b = ranked[1];
            return subjects.GetValueOrDefault(a) > subjects.GetValueOrDefault(b)
                || subjects.GetValueOrDefault(a) == subjects.GetValueOrDefault(b) && counts[a] > counts[b] ? a : null;
        }

        /// <summary>Whether the article names a person with this surname or full name (the recognizer may miss it in a headline).</summary>
        public bool IsPersonName(string written)
        {
            var last = StripPossessive(written.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);
            return _mentions.Exists(m => m.Written.Contains(' ') && m.LastPart.Equals(last, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>Kept for callers that know only the written form: the canonical name at the end of the article.</summary>
        public string Fullest(string written, int offset) => Canonical(written, offset);

        private void VoteGenders(AnnotatedDocument doc)
        {
            foreach (var m in _mentions)
            {
                var given = m.Canonical.Split(' ')[0];
                var g = GivenNames.GenderOf(given);
                if (g != 0)
                {
                    _gender[m.Canonical] = _gender.GetValueOrDefault(m.Canonical) + (2 * g);
                }
            }

            // A lone person in a sentence, followed by "he"/"his" or "she"/"her" in it or at the start of the next.
            var bySentence = _mentions.GroupBy(m => m.Sentence).ToDictionary(g => g.Key, g => g.Select(m => m.Canonical).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
            var firstEnd = new Dictionary<int, int>();
            foreach (var m in _mentions)
            {
                firstEnd.TryAdd(m.Sentence, m.End);
            }

            foreach (var (sentence, people) in bySentence)
            {
                if (people.Count != 1)
                {
                    continue;
                }

                var from = firstEnd[sentence];
                var s = doc.Sentences[sentence];
                var to = s.EndToken;
                if (sentence + 1 < doc.Sentences.Length && !bySentence.ContainsKey(sentence + 1))
                {
                    to = Math.Min(doc.Sentences[sentence + 1].EndToken, doc.Sentences[sentence + 1].FirstToken + 3);
                }

                for (var k = from; k < to; k++)
                {
                    var g = PronounGender(doc.TokenText(k));
                    if (g != 0)
                    {
                        _gender[people[0]] = _gender.GetValueOrDefault(people[0]) + g;
                    }
                }
            }
        }

        public static int PronounGender(ReadOnlySpan<char> word) =>
            word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase)
            || word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("himself", StringComparison.OrdinalIgnoreCase) ? 1
            : word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase)
            || word.Equals("hers", StringComparison.OrdinalIgnoreCase) || word.Equals("herself", StringComparison.OrdinalIgnoreCase) ? -1 : 0;

        /// <summary>
        /// The person a "he"/"she" source stands for: among people named in the last few sentences, the one that is
        /// nearest, agrees in gender, was a subject, was the last speaker, and was not only named inside a quotation.
        /// </summary>
        public string? Antecedent(AnnotatedDocument doc, int pronoun, string pronounWord, string? lastSpeaker, int lastSpeakerSentence = -1)
        {
            var gender = PronounGender(pronounWord);
            if (gender == 0)
            {
                return null;
            }

            var sentence = SentenceOf(doc, pronoun);
            var quoted = _quoted[pronoun];
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            string? best = null;
            var bestScore = double.MinValue;
            for (var k = _mentions.Count - 1; k >= 0; k--)
            {
                var m = _mentions[k];
                if (m.End > pronoun)
                {
                    continue;
                }

                if (sentence - m.Sentence > 6)
                {
                    break;
                }

                if (!seen.Add(m.Canonical))
                {
                    continue;
                }

                var g = Math.Sign(_gender.GetValueOrDefault(m.Canonical));
                if (g != 0 && g != gender)
                {
                    continue;
                }

                var score = -(sentence - m.Sentence) - (g == 0 ? 0.75 : 0) + (m.Subject ? 0.75 : 0)
                    + (string.Equals(m.Canonical, lastSpeaker, StringComparison.OrdinalIgnoreCase) ? 1.0 : 0) - (m.Quoted && !quoted ? 0.75 : 0);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = m.Canonical;
                }
            }

            // The last speaker, when the index never saw its name ("Wines believes …" untagged): a subject that spoke.
            if (lastSpeaker is not null && lastSpeakerSentence >= 0 && !seen.Contains(lastSpeaker) && lastSpeaker.Contains(' ') && !lastSpeaker.Contains('-') && sentence - lastSpeakerSentence <= 2
                && Math.Sign(_gender.GetValueOrDefault(lastSpeaker)) is var lg && (lg == 0 || lg == gender)
                && -(sentence - lastSpeakerSentence) - (lg == 0 ? 0.75 : 0) + 1.75 > bestScore)
            {
                return lastSpeaker;
            }

            if (lastSpeaker is not null && best is null && Math.Sign(_gender.GetValueOrDefault(lastSpeaker)) is var sg && (sg == 0 || sg == gender))
            {
                return lastSpeaker;
            }

            return best;
        }

        public string? LatestBefore(int offset)
        {
            string? latest = null;
            foreach (var m in _mentions)
            {
                if (m.Offset >= offset)
                {
                    break;
                }

                if (m.Written.Contains(' '))
                {
                    latest = m.Canonical;
                }
            }

            return latest;
        }

        private static string StripPossessive(string w) =>
            w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? w[..^2] : w;

        private static bool[] QuotedMask(AnnotatedDocument doc)
        {
            var mask = new bool[doc.Tokens.Length];
            var t = 0;
            foreach (var q in doc.Quotations)
            {
                foreach (var part in q.Parts)
                {
                    while (t < mask.Length && doc.Tokens[t].Start < part.Start)
                    {
                        t++;
                    }

                    var k = t;
                    while (k < mask.Length && doc.Tokens[k].Start < part.End)
                    {
                        mask[k++] = true;
                    }
                }
            }

            return mask;
        }

        public static string KeyOf(string name)
        {
            var key = new StringBuilder("person:");
            foreach (var c in name)
            {
                if (char.IsLetterOrDigit(c))
                {
                    key.Append(char.ToLowerInvariant(c));
                }
            }

            return key.ToString();
        }
    }

    private static int SentenceOf(AnnotatedDocument doc, int token) => doc.SentenceOfToken(token);
}
