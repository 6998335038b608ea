using ClaimExtraction.Tests.Support;
using ClaimExtraction.Documents;
using ClaimExtraction.Tagging;

namespace ClaimExtraction.Tests.Tagging;

/// <summary>Builds documents and sentences for the tagging tests without depending on the tokenizer.</summary>
internal static class TaggingTestSupport
{
    /// <summary>Whitespace split, then leading/trailing punctuation and the clitics 's / n't split off; one sentence.</summary>
    public static AnnotatedDocument Document(string text)
    {
        var tokens = Tokenize(text);
        var sentence = new Sentence(0, tokens.Length, 0, text.Length, 0);
        return new AnnotatedDocument(text, tokens, [sentence], [new Paragraph(0, text.Length, 0, 1)], [])
        {
            Layers = AnnotationLayers.Tokens | AnnotationLayers.Sentences,
        };
    }

    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var start = i;
            while (start < end && IsPunctuation(text[start]))
            {
                tokens.Add(new Token { Start = start, End = start + 1, Head = -1 });
                start++;
            }

            var trailing = new List<Token>();
            var wordEnd = end;
            while (wordEnd > start && IsPunctuation(text[wordEnd - 1]))
            {
                trailing.Insert(0, new Token { Start = wordEnd - 1, End = wordEnd, Head = -1 });
                wordEnd--;
            }

            if (wordEnd > start)
            {
                var word = text.AsSpan(start, wordEnd - start);
                var clitic = word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) ? 3
                    : word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? 2 : 0;
                if (clitic > 0 && word.Length > clitic)
                {
                    tokens.Add(new Token { Start = start, End = wordEnd - clitic, Head = -1 });
                    tokens.Add(new Token { Start = wordEnd - clitic, End = wordEnd, Head = -1 });
                }
                else
                {
                    tokens.Add(new Token { Start = start, End = wordEnd, Head = -1 });
                }
            }

            tokens.AddRange(trailing);
            i = end;
        }

        return tokens.ToArray();
    }

    public static string[] Words(AnnotatedDocument document) =>
        Enumerable.Range(0, document.Tokens.Length).Select(document.TokenString).ToArray();

    public static PosTag PosOf(AnnotatedDocument document, string word) =>
        document.Tokens[Array.IndexOf(Words(document), word)].Pos;

    /// <summary>Maximal runs of one entity type, as (text, type).</summary>
    public static List<(string Text, EntityType Type)> Entities(AnnotatedDocument document) =>
        EntityRecognizer.Runs(document.Tokens)
            .ConvertAll(r => (document.Text[document.Tokens[r.Start].Start..document.Tokens[r.End - 1].End], r.Type));

    private static bool IsPunctuation(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '(' or ')' or '[' or ']' or '\u201C' or '\u201D';

    /// <summary>
    /// A small synthetic corpus (no article text): sentences drawn from a toy grammar with a fixed seed, so that
    /// training can be checked for determinism without the shared data.
    /// </summary>
    public static List<LabeledSentence> SyntheticCorpus(int sentences, int seed)
    {
        var people = new[] { "Alice Moreau", "Bram Okafor", "Chen Wei", "Dana Ruiz" };
        var places = new[] { "Ohio", "Lisbon", "Nairobi", "Quebec" };
        var orgs = new[] { "Acme Corp", "Globex", "Initech" };
        var nouns = new[] { "plan", "budget", "vote", "report", "policy" };
        var verbs = new[] { ("said", "say"), ("claimed", "claim"), ("argued", "argue"), ("announced", "announce") };
        var random = new Random(seed);
        var result = new List<LabeledSentence>();
        for (var s = 0; s < sentences; s++)
        {
            // Each sentence is its own "article" text; tokens are (word, POS, lemma, entity).
            var parts = new List<(string Word, PosTag Pos, string Lemma, EntityType Entity)>();
            foreach (var name in people[random.Next(people.Length)].Split(' '))
            {
                parts.Add((name, PosTag.NNP, name, EntityType.Person));
            }

            var (verb, verbLemma) = verbs[random.Next(verbs.Length)];
            parts.Add((verb, PosTag.VBD, verbLemma, EntityType.None));
            parts.Add(("the", PosTag.DT, "the", EntityType.None));
            var noun = nouns[random.Next(nouns.Length)];
            var plural = random.Next(2) == 0;
            parts.Add((plural ? noun + "s" : noun, plural ? PosTag.NNS : PosTag.NN, noun, EntityType.None));
            parts.Add(("of", PosTag.IN, "of", EntityType.None));
            if (random.Next(2) == 0)
            {
                parts.Add((places[random.Next(places.Length)], PosTag.NNP, "x", EntityType.Location));
            }
            else
            {
                foreach (var w in orgs[random.Next(orgs.Length)].Split(' '))
                {
                    parts.Add((w, PosTag.NNP, w, EntityType.Organization));
                }
            }

            parts.Add((".", PosTag.Period, ".", EntityType.None));

            // Written out in the CoreNLP TSV layout and read back, as the trainers get the real data.
            var text = string.Join(' ', parts.Select(p => p.Word));
            var lines = new List<string>();
            var offset = 0;
            foreach (var (word, pos, lemma, entity) in parts)
            {
                var ner = entity switch
                {
                    EntityType.Person => "PERSON",
                    EntityType.Location => "LOCATION",
                    EntityType.Organization => "ORGANIZATION",
                    _ => "O",
                };
                lines.Add($"{offset}\t{offset + word.Length}\t{word}\t{(pos == PosTag.NNP ? word : lemma)}\t{pos.ToPtb()}\t{ner}\t0\tdep");
                offset += word.Length + 1;
            }

            lines.Add("");
            result.AddRange(Tsv.Parse(text, lines));
        }

        return result;
    }
}

/// <summary>Dev sentences of PolNeAR with CoreNLP's annotations as the reference.</summary>
internal static class DevCorpus
{
    /// <summary>The first <paramref name="count"/> dev articles as labelled sentences (a minimal reader of the TSV format).</summary>
    public static List<LabeledSentence> DevSentences(int count)
    {
        var dev = Path.Combine(SharedData.PolnearDirectory!, "dev");
        var result = new List<LabeledSentence>();
        foreach (var path in Directory.GetFiles(Path.Combine(dev, "corenlp"), "*.tsv").OrderBy(p => p, StringComparer.Ordinal).Take(count))
        {
            var text = File.ReadAllText(Path.Combine(dev, "text", Path.GetFileNameWithoutExtension(path) + ".txt"));
            result.AddRange(Tsv.Parse(text, File.ReadLines(path)));
        }

        return result;
    }
}

/// <summary>A minimal reader of the PolNeAR CoreNLP TSV layout (start end word lemma POS NER head deprel).</summary>
internal static class Tsv
{
    public static List<LabeledSentence> Parse(string text, IEnumerable<string> lines)
    {
        var result = new List<LabeledSentence>();
        var current = new List<Token>();
        foreach (var line in lines)
        {
            if (line.StartsWith("#coref", StringComparison.Ordinal))
            {
                break;
            }

            var f = line.Split('\t');
            if (f.Length < 8)
            {
                if (current.Count > 0)
                {
                    result.Add(new LabeledSentence(text, current.ToArray()));
                    current.Clear();
                }

                continue;
            }

            var entity = f[5] switch
            {
                "PERSON" => EntityType.Person,
                "ORGANIZATION" => EntityType.Organization,
                "LOCATION" => EntityType.Location,
                "MISC" => EntityType.Misc,
                _ => EntityType.None,
            };
            current.Add(new Token { Start = int.Parse(f[0]), End = int.Parse(f[1]), Lemma = f[3], Pos = PosTags.Parse(f[4]), Entity = entity, Head = -1 });
        }

        if (current.Count > 0)
        {
            result.Add(new LabeledSentence(text, current.ToArray()));
        }

        return result;
    }
}
