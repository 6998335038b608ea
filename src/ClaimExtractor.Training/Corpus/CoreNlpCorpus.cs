using ClaimExtraction.Documents;

namespace ClaimExtraction.Training.Corpus;

/// <summary>One token line of a PolNeAR CoreNLP file.</summary>
internal readonly record struct CoreNlpToken(
    int Start, int End, string Word, string Lemma, string Pos, string Ner, int Head, string Relation);

/// <summary>A coreference mention: 0-based sentence, 0-based token range within it, whether it represents its chain.</summary>
internal readonly record struct CorefMention(int Chain, int Sentence, int Start, int End, int HeadToken, bool Representative);

/// <summary>One article's silver annotations: the text, its sentences of tokens, and its coreference mentions.</summary>
internal sealed record CoreNlpArticle(string Name, string Text, IReadOnlyList<CoreNlpToken[]> Sentences, IReadOnlyList<CorefMention> Coreference);

/// <summary>
/// Reads <c>polnear/&lt;split&gt;/corenlp/*.tsv</c> with the matching <c>text/*.txt</c>. Format (see the PolNeAR
/// README): <c>start end word lemma POS NER head deprel</c>, blank line between sentences, <c>#coref</c> section last.
/// </summary>
internal static class CoreNlpCorpus
{
    /// <summary>Every article of a split that has a CoreNLP file, in file-name order (deterministic).</summary>
    public static IEnumerable<CoreNlpArticle> Read(string splitDirectory)
    {
        var corenlp = Path.Combine(splitDirectory, "corenlp");
        if (!Directory.Exists(corenlp))
        {
            throw new DirectoryNotFoundException($"No CoreNLP folder at '{corenlp}'.");
        }

        foreach (var path in Directory.GetFiles(corenlp, "*.tsv").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var textPath = Path.Combine(splitDirectory, "text", name + ".txt");
            var text = File.Exists(textPath) ? File.ReadAllText(textPath) : string.Empty;
            yield return Parse(name, text, File.ReadLines(path));
        }
    }

    public static CoreNlpArticle Parse(string name, string text, IEnumerable<string> lines)
    {
        var sentences = new List<CoreNlpToken[]>();
        var coref = new List<CorefMention>();
        var current = new List<CoreNlpToken>();
        var inCoref = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("#coref", StringComparison.Ordinal))
            {
                inCoref = true;
                continue;
            }

            var f = line.Split('\t');
            if (inCoref)
            {
                if (f.Length >= 6)
                {
                    coref.Add(new CorefMention(int.Parse(f[0]), int.Parse(f[1]) - 1, int.Parse(f[2]) - 1, int.Parse(f[3]) - 1,
                        int.Parse(f[4]) - 1, f[5] == "1"));
                }

                continue;
            }

            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    sentences.Add(current.ToArray());
                    current.Clear();
                }

                continue;
            }

            if (f.Length < 8)
            {
                continue;
            }

            current.Add(new CoreNlpToken(int.Parse(f[0]), int.Parse(f[1]), f[2], f[3], f[4], f[5], int.Parse(f[6]), f[7]));
        }

        if (current.Count > 0)
        {
            sentences.Add(current.ToArray());
        }

        return new CoreNlpArticle(name, text, sentences, coref);
    }

    public static EntityType ParseEntity(string ner) => ner switch
    {
        "PERSON" => EntityType.Person,
        "ORGANIZATION" => EntityType.Organization,
        "LOCATION" => EntityType.Location,
        "MISC" => EntityType.Misc,
        _ => EntityType.None,
    };
}
