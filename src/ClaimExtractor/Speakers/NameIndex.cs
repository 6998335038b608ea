using System.Text;
using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;
using static ClaimExtraction.Speakers.MentionDescriber;

namespace ClaimExtraction.Speakers;

/// <summary>
/// Every person named in the article (the recognizer's PERSON runs, and capitalized two- or three-word names it
/// missed), each mention resolved to the full name it stands for, with a gender guessed from titles, common given
/// names and the pronouns that follow a lone name — so a surname finds its full name and a pronoun its antecedent.
/// </summary>
internal sealed class NameIndex
{
    private readonly List<PersonMention> _mentions = [];
    private readonly Dictionary<string, int> _gender = new(StringComparer.OrdinalIgnoreCase);
    private bool[] _quoted = [];
    private PersonMentions _index = new([]);

    /// <summary>How many sentences back a pronoun's antecedent may be named.</summary>
    private const int AntecedentSentences = 6;

    /// <summary>
    /// How many of the latest person mentions a pronoun weighs at most. Six sentences of news name far fewer people;
    /// the bound keeps a pronoun's cost fixed in text whose "sentence" is the whole article.
    /// </summary>
    private const int AntecedentMentions = 64;

    /// <summary>How many mentions the walks over a stretch of text have looked at (a test reads it to check they stay bounded).</summary>
    internal long MentionsVisited => _index.Visited;

    public static NameIndex Build(AnnotatedDocument doc, CancellationToken cancellationToken = default)
    {
        var index = new NameIndex();
        var tokens = doc.Tokens;
        var quoted = index._quoted = QuotedMask(doc);
        var i = 0;
        while (i < tokens.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
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
                Subject = tokens[i - 1].Relation is "nsubj" or "nsubjpass", OwnsSubject = OwnsSubject(doc, i - 1), Quoted = quoted[nameStart],
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
        index._index = new PersonMentions(index._mentions);
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
                Subject = t.Relation is "nsubj" or "nsubjpass", OwnsSubject = OwnsSubject(doc, i), Quoted = _quoted[i], Canonical = doc.TokenString(i),
            });
            added = true;
        }

        if (added)
        {
            _mentions.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        }
    }

    /// <summary>Whether the name possesses its sentence's subject ("Trump" in "Trump's relationship with Putin has …").</summary>
    private static bool OwnsSubject(AnnotatedDocument doc, int i)
    {
        var t = doc.Tokens[i];
        return t.Relation == "nmod:poss" && t.Head >= 0 && doc.Tokens[t.Head].Relation is "nsubj" or "nsubjpass";
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
        string? found;
        if (words.Length >= 2)
        {
            found = _index.FirstWithFirstWordAndSurname(words[0], last)?.Written;
            if (found is null)
            {
                return written;
            }
        }
        else
        {
            var bearers = _index.BearersOf(last);
            var k = bearers is null ? 0 : PersonMentions.FirstAtOrAfter(bearers.InTextOrder, offset);
            var before = k > 0 ? bearers!.InTextOrder[k - 1] : null;
            var after = bearers is not null && k < bearers.InTextOrder.Count ? bearers.InTextOrder[k] : null;

            // A bare surname is the person with that surname named just before; otherwise the one the article names
            // most ("Cruz" is Ted Cruz, not his wife named once), ties going to the latest before.
            found = before?.Written ?? after?.Written;
            if (found is null)
            {
                // A given name alone ("Hillary"): the full name it begins.
                found = GivenNames.GenderOf(last, beforeSurname: false) == 0 ? null : _index.FirstFullNameBeginningWith(last)?.Written;
                return found ?? written;
            }

            var counts = bearers!.Counts;
            if (counts.Count > 1 && before is not null && !before.Subject
                && MainBearer(counts, bearers.Subjects) is { } main && !main.Equals(before.Written, StringComparison.OrdinalIgnoreCase))
            {
                // "… a photo of Heidi Cruz. … Cruz said": a full name met only in passing (never a subject) does not take the
                // bare surname from the bearer the article is about, who is a subject more often or named more.
                found = main;
            }
            else if (counts.Count > 1 && !(before is not null && _index.AnyShortlyAfter(offset, 400, before.Sentence, 2)))
            {
                var most = counts.Max(kv => kv.Value);
                if (counts[found] < most)
                {
                    found = counts.First(kv => kv.Value == most).Key;
                }
            }
        }

        // Resolve once more so "Trump" → "Donald J. Trump" → "Donald Trump".
        var fw = found.Split(' ');
        return _index.FirstWithFirstAndLastPart(fw[0], StripPossessive(fw[^1]))?.Written ?? found;
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
        return _index.AnyFullNameEndingWith(last);
    }

    /// <summary>Kept for callers that know only the written form: the canonical name at the end of the article.</summary>
    public string Fullest(string written, int offset) => Canonical(written, offset);

    private void VoteGenders(AnnotatedDocument doc)
    {
        foreach (var m in _mentions)
        {
            var given = m.Canonical.Split(' ')[0];
            var g = GivenNames.GenderOf(given, beforeSurname: given.Length < m.Canonical.Length);
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
    public string? Antecedent(AnnotatedDocument doc, int pronoun, string pronounWord, string? lastSpeaker, int lastSpeakerSentence = -1, IReadOnlyList<TextRange>? content = null)
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
        foreach (var m in _index.LatestEndingBy(pronoun, sentence, AntecedentSentences, AntecedentMentions))
        {
            // A name inside the claim's own quotation is someone spoken to or of ("Thank you, Mister Chairman," she said), never its speaker.
            if (content is not null && Within(content, m.Offset) || !seen.Add(m.Canonical))
            {
                continue;
            }

            var g = Math.Sign(_gender.GetValueOrDefault(m.Canonical));
            if (g != 0 && g != gender)
            {
                continue;
            }

            // A subject, or the possessor of one, is what its sentence is about: salient for a pronoun after it.
            var score = -(sentence - m.Sentence) - (g == 0 ? 0.75 : 0) + (m.Subject || m.OwnsSubject ? 0.75 : 0)
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

    private static bool Within(IReadOnlyList<TextRange> ranges, int offset)
    {
        foreach (var r in ranges)
        {
            if (r.Start <= offset && offset < r.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token lies inside a quotation.</summary>
    public bool IsQuoted(int token) => _quoted[token];

    /// <summary>The canonical name of the latest full name written before <paramref name="offset"/>, or null.</summary>
    public string? LatestBefore(int offset) => _index.LastFullNameBefore(offset)?.Canonical;

    private static string StripPossessive(string w) => PersonMention.StripPossessive(w);

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
