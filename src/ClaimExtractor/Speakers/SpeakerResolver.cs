using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;
using static ClaimExtraction.Speakers.MentionDescriber;

namespace ClaimExtraction.Speakers;

/// <summary>
/// Resolves source mentions into one identity per real source: names to the fullest form the article uses
/// ("Trump" → "Donald Trump"), titles into roles ("former U.S. President"), pronouns to the latest person
/// speaker, and unnamed sources into groups ("critics"), anonymous sources or organizations by their head word.
/// Each mention is described (<see cref="MentionDescriber"/>: kind, name, role); a pronoun or short name is resolved
/// to its antecedent (coreference: here for "they" and "it", <see cref="NameIndex"/> for people's names and "he"/"she");
/// and mentions with one key merge into one identity (<see cref="SpeakerIdentities"/>).
/// </summary>
internal static class SpeakerResolver
{
    public static (List<SpeakerIdentity> Speakers, ResolvedSource?[] Sources) Resolve(AnnotatedDocument doc, IReadOnlyList<AttributionCandidate> candidates, CancellationToken cancellationToken = default)
    {
        var names = NameIndex.Build(doc, cancellationToken);
        var speakers = new SpeakerIdentities();
        var sources = new ResolvedSource?[candidates.Count];
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // The source ranges (SourceRange), trimmed of punctuation, possessive endings and trailing clauses.
        var ranges = new (int Start, int End, string Appositive, int MentionEnd)[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            ranges[i] = SourceRange.Of(doc, candidates[i], names);
        }

        // Resolve in the order the mentions appear, so a pronoun finds the person named before it.
        Array.Sort(order, (a, b) => ranges[a].Start.CompareTo(ranges[b].Start));
        var lastPerson = -1;
        int lastGroup = -1, lastGroupSentence = -1, lastOrganization = -1, lastOrganizationSentence = -1, lastPair = -1, lastPairSentence = -1;
        foreach (var index in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, end, appositive, mentionEnd) = ranges[index];
            if (end <= start)
            {
                continue;
            }

            var mention = new Mention(doc.Text[doc.Tokens[start].Start..doc.Tokens[mentionEnd - 1].End], doc.Tokens[start].Start, doc.Tokens[mentionEnd - 1].End);
            // "critics who": the relative pronoun is part of the mention, not of the name.
            var nameEnd = end;
            while (nameEnd - 1 > start && doc.Tokens[nameEnd - 1].Pos is PosTag.WP or PosTag.WDT)
            {
                nameEnd--;
                // "Harvey, who": the comma before the pronoun is not part of the name either.
                while (nameEnd - 1 > start && doc.Tokens[nameEnd - 1].Pos.IsPunctuation())
                {
                    nameEnd--;
                }
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
                    : speakers.GetOrAdd(new MentionDescription(organization.Name, SpeakerKind.Organization + ":" + organization.Name.ToLowerInvariant(), SpeakerKind.Organization, organization.Name, "", IsPronoun: false));
                speakers[speaker].AddAlias(organization.Name);
                described = described with { IsPronoun = true };
            }
            else if (described.Kind == SpeakerKind.Person && described.IsPronoun)
            {
                var antecedent = names.Antecedent(doc, start, described.Alias, lastPerson >= 0 ? speakers[lastPerson].Name : null,
                    lastPerson >= 0 ? doc.SentenceOfToken(doc.FirstTokenEndingAfter(speakers[lastPerson].Mentions[^1].Start)) : -1, candidates[index].Content);
                speaker = antecedent is not null ? speakers.AddName(antecedent)
                    : lastPerson >= 0 ? lastPerson : FallbackPerson(doc, names, Math.Min(doc.Tokens[start].Start, candidates[index].ContentStart), speakers);
                if (speaker < 0)
                {
                    speaker = speakers.GetOrAdd(described);
                }
            }
            else
            {
                speaker = speakers.GetOrAdd(described);
            }

            var identity = speakers[speaker];
            identity.Mentions.Add(mention);
            if (!described.IsPronoun)
            {
                identity.AddAlias(described.Alias);
            }

            if (described.Role.Length > 0)
            {
                identity.AddRole(described.Role);
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

        return (speakers.List, sources);
    }

    /// <summary>A pronoun before any person spoke: the latest full name written before it and its claim.</summary>
    private static int FallbackPerson(AnnotatedDocument doc, NameIndex names, int offset, SpeakerIdentities speakers)
    {
        // Before the claim's own quotation too: a name inside it is not its speaker.
        var name = names.LatestBefore(offset);
        if (name is null)
        {
            return -1;
        }

        var d = new MentionDescription(name, NameIndex.KeyOf(name), SpeakerKind.Person, name, "", IsPronoun: false);
        var index = speakers.GetOrAdd(d);
        speakers[index].AddAlias(name);
        return index;
    }

    /// <summary>
    /// The organization an "it" source stands for: the organization that spoke in the last two sentences, else the
    /// nearest organization the recognizer found as a subject in this or the two sentences before.
    /// </summary>
    private static (int Index, string Name)? OrganizationBefore(AnnotatedDocument doc, int token, SpeakerIdentities speakers, int lastOrganization, int lastSentence, int sentence)
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

}
