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
    public static (List<SpeakerIdentity> Speakers, ResolvedSource?[] Sources) Resolve(AnnotatedDocument doc, IReadOnlyList<AttributionCandidate> candidates)
    {
        var names = NameIndex.Build(doc);
        var speakers = new List<SpeakerIdentity>();
        var byKey = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var sources = new ResolvedSource?[candidates.Count];
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Resolve in the order the mentions appear, so a pronoun finds the person named before it.
        Array.Sort(order, (a, b) => candidates[a].SourceTokens.Start.CompareTo(candidates[b].SourceTokens.Start));
        var lastPerson = -1;
        foreach (var index in order)
        {
            var candidate = candidates[index];
            if (!candidate.HasSource)
            {
                continue;
            }

            var (start, end) = candidate.SourceTokens;
            var mention = new Mention(doc.Text[doc.Tokens[start].Start..doc.Tokens[end - 1].End], doc.Tokens[start].Start, doc.Tokens[end - 1].End);
            var described = Describe(doc, start, end, names);
            int speaker;
            if (described.Kind == SpeakerKind.Person && described.IsPronoun)
            {
                speaker = lastPerson >= 0 ? lastPerson : FallbackPerson(doc, names, start, speakers, byKey);
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
            speakers.Add(new SpeakerIdentity { Name = d.Canonical, Kind = d.Kind, Key = d.Key });
            byKey[d.Key] = index;
        }

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

    private readonly record struct Description(string Canonical, string Key, SpeakerKind Kind, string Alias, string Role, bool IsPronoun);

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
        if (nameStart < end && !WordClasses.OrganizationHeads.Contains(head) && !WordClasses.GroupQuantifiers.Contains(head)
            && doc.Tokens[end - 1].Pos != PosTag.NNPS && !EndsInPluralCapitalizedGroup(doc, end))
        {
            var written = Join(doc, nameStart, end);
            var canonical = names.Fullest(written);
            var role = RoleOf(doc, start, nameStart);
            return new Description(canonical, NameIndex.KeyOf(canonical), SpeakerKind.Person, written, role, IsPronoun: false);
        }

        var phraseStart = start;
        while (phraseStart < end - 1 && doc.Tokens[phraseStart].Pos is PosTag.DT or PosTag.PRPS && !WordClasses.GroupQuantifiers.Contains(doc.TokenText(phraseStart)))
        {
            phraseStart++;
        }

        var phrase = Join(doc, phraseStart, end);
        var determiner = doc.TokenText(start);
        SpeakerKind kind;
        if (WordClasses.OrganizationHeads.Contains(head) || (nameStart < end && doc.Tokens[end - 1].Pos != PosTag.NNPS))
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
        else
        {
            kind = SpeakerKind.Unknown;
        }

        var canonicalPhrase = kind == SpeakerKind.Organization ? phrase : phrase.ToLowerInvariant();
        if (kind == SpeakerKind.Group && canonicalPhrase.Length > 0 && char.IsUpper(phrase[0]) && doc.Tokens[phraseStart].Pos is not (PosTag.NNP or PosTag.NNPS))
        {
            canonicalPhrase = phrase.ToLowerInvariant();
        }

        return new Description(canonicalPhrase, kind + ":" + canonicalPhrase.ToLowerInvariant(), kind, phrase, "", IsPronoun: false);
    }

    /// <summary>"Riverton Mayor Jane Alvarez" → "Jane Alvarez": the name starts after the last title word.</summary>
    private static int AfterLastTitle(AnnotatedDocument doc, int start, int end)
    {
        var nameStart = start;
        for (var i = start; i < end - 1; i++)
        {
            if (WordClasses.TitleWords.Contains(doc.TokenText(i)))
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

        return roleStart < nameStart ? Join(doc, roleStart, nameStart) : "";
    }

    internal static string Join(AnnotatedDocument doc, int start, int end) =>
        start >= end ? "" : doc.Text[doc.Tokens[start].Start..doc.Tokens[end - 1].End];

    /// <summary>Every multi-word proper name in the article, so a surname can find the full name used anywhere.</summary>
    private sealed class NameIndex
    {
        private readonly Dictionary<string, string> _fullestBySurname = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<(int Start, string Name)> _names = [];

        public static NameIndex Build(AnnotatedDocument doc)
        {
            var index = new NameIndex();
            var tokens = doc.Tokens;
            var i = 0;
            while (i < tokens.Length)
            {
                if (!IsNamePart(doc, i) || tokens[i].Pos is not (PosTag.NNP or PosTag.NNPS))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < tokens.Length && IsNamePart(doc, i) && tokens[i].Pos is PosTag.NNP or PosTag.NNPS
                       && (i == start || !tokens[i].Has(TokenShape.ParagraphStart)))
                {
                    i++;
                }

                var nameStart = AfterLastTitle(doc, start, i);

                if (i - nameStart is >= 2 and <= 3 && !WordClasses.OrganizationHeads.Contains(doc.TokenText(i - 1)) && LooksLikePersonName(doc, nameStart, i))
                {
                    var name = Join(doc, nameStart, i);
                    index._names.Add((tokens[nameStart].Start, name));
                    var surname = doc.TokenString(i - 1);
                    if (!index._fullestBySurname.TryGetValue(surname, out var existing) || existing.Length < name.Length && name.Split(' ').Length <= 3)
                    {
                        index._fullestBySurname[surname] = name;
                    }
                }
            }

            return index;
        }

        private static bool LooksLikePersonName(AnnotatedDocument doc, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!doc.Tokens[i].Has(TokenShape.Word) || doc.Tokens[i].Has(TokenShape.AllCaps) && doc.Tokens[i].Length > 2)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>"Trump" → "Donald Trump" when the article writes the full name somewhere; names already full stay.</summary>
        public string Fullest(string written)
        {
            var space = written.LastIndexOf(' ');
            var surname = space < 0 ? written : written[(space + 1)..];
            if (_fullestBySurname.TryGetValue(surname, out var full) && (space < 0 || full.EndsWith(written, StringComparison.OrdinalIgnoreCase) || IsTitled(written)))
            {
                return full;
            }

            return written;
        }

        private static bool IsTitled(string written) =>
            written.StartsWith("Mr.", StringComparison.Ordinal) || written.StartsWith("Mrs.", StringComparison.Ordinal) || written.StartsWith("Ms.", StringComparison.Ordinal);

        public string? LatestBefore(int offset)
        {
            string? latest = null;
            foreach (var (start, name) in _names)
            {
                if (start >= offset)
                {
                    break;
                }

                latest = name;
            }

            return latest is null ? null : Fullest(latest);
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
}
