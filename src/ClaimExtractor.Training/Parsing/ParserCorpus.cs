using ClaimExtraction.Documents;
using ClaimExtraction.Tagging;
using ClaimExtraction.Tagging.Parsing;
using ClaimExtraction.Training.Corpus;

namespace ClaimExtraction.Training.Parsing;

/// <summary>
/// The parser's view of the CoreNLP corpus: its label set, its sentences as training examples (words, gold tags, heads
/// and labels, non-projective arcs lifted), and its articles as documents with gold tokens and tags for evaluation.
/// </summary>
internal static class ParserCorpus
{
    /// <summary>The label set of the corpus: "root" first, the rest in ordinal order.</summary>
    public static List<string> CollectLabels(IEnumerable<CoreNlpArticle> articles)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var sentence in article.Sentences)
            {
                foreach (var token in sentence)
                {
                    set.Add(token.Relation);
                }
            }
        }

        set.Remove(DependencyParser.RootLabel);
        var labels = new List<string> { DependencyParser.RootLabel };
        labels.AddRange(set);
        if (labels.Count > 64)
        {
            throw new InvalidDataException($"Too many dependency labels ({labels.Count}); the parser supports 64.");
        }

        return labels;
    }

    /// <summary>Converts the corpus into training sentences, lifting non-projective arcs.</summary>
    public static List<ParserSentence> ToSentences(IEnumerable<CoreNlpArticle> articles, IReadOnlyList<string> labels, out int lifted)
    {
        var labelIndex = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            labelIndex[labels[i]] = (byte)i;
        }

        lifted = 0;
        var result = new List<ParserSentence>();
        foreach (var article in articles)
        {
            foreach (var sentence in article.Sentences)
            {
                var n = sentence.Length;
                var words = new ulong[n];
                var shapes = new ulong[n];
                var tags = new byte[n];
                var heads = new int[n];
                var labelCodes = new byte[n];
                var valid = true;
                for (var i = 0; i < n; i++)
                {
                    var token = sentence[i];
                    var text = WordText(article, token);
                    words[i] = ParserFeatures.WordId(text);
                    shapes[i] = ParserFeatures.ShapeId(text);
                    tags[i] = (byte)PosTags.Parse(token.Pos);
                    heads[i] = token.Head == 0 ? n : token.Head - 1;
                    valid &= token.Head >= 0 && token.Head <= n && token.Head != i + 1;
                    labelCodes[i] = labelIndex.TryGetValue(token.Relation, out var code) ? code : (byte)0;
                }

                if (!valid)
                {
                    continue;
                }

                if (!ArcHybridOracle.IsProjective(heads))
                {
                    ArcHybridOracle.Projectivize(heads);
                    lifted++;
                }

                result.Add(new ParserSentence(words, tags, heads, labelCodes, shapes));
            }
        }

        return result;
    }

    /// <summary>A document with the corpus tokenization, sentences and (gold) tags, as the tagger would leave it.</summary>
    public static AnnotatedDocument ToDocument(CoreNlpArticle article)
    {
        var tokenCount = article.Sentences.Sum(s => s.Length);
        var tokens = new Token[tokenCount];
        var sentences = new Sentence[article.Sentences.Count];
        var text = article.Text;
        var useText = text.Length > 0 && article.Sentences.All(s => s.All(t => t.Start >= 0 && t.End <= text.Length && t.Start <= t.End));
        var builder = useText ? null : new System.Text.StringBuilder();
        var k = 0;
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            var sentence = article.Sentences[s];
            var first = k;
            foreach (var t in sentence)
            {
                int start, end;
                if (builder is null)
                {
                    start = t.Start;
                    end = t.End;
                }
                else
                {
                    if (builder.Length > 0)
                    {
                        builder.Append(' ');
                    }

                    start = builder.Length;
                    builder.Append(t.Word);
                    end = builder.Length;
                }

                tokens[k++] = new Token { Start = start, End = end, Pos = PosTags.Parse(t.Pos), Head = -1 };
            }

            sentences[s] = new Sentence(first, k, tokens[first].Start, tokens[k - 1].End, 0);
        }

        var document = new AnnotatedDocument(builder?.ToString() ?? text, tokens, sentences, [], [])
        {
            Layers = AnnotationLayers.Tokens | AnnotationLayers.Sentences | AnnotationLayers.PartOfSpeech,
        };
        return document;
    }

    private static ReadOnlySpan<char> WordText(CoreNlpArticle article, CoreNlpToken token) =>
        article.Text.Length > 0 && token.Start >= 0 && token.End <= article.Text.Length && token.Start < token.End
            ? article.Text.AsSpan(token.Start, token.End - token.Start)
            : token.Word;
}
