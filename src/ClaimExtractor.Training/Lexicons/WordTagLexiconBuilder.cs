using System.Text;
using ClaimExtraction.Training.Corpus;

namespace ClaimExtraction.Training.Lexicons;

/// <summary>
/// Learns each frequent word's most frequent Penn Treebank tag from the CoreNLP train files: the lookup tagger the
/// first extraction rules stand on until a trained sequence tagger assigns tags in context.
/// </summary>
internal static class WordTagLexiconBuilder
{
    private const int MinimumCount = 3;

    public static string Build(string splitDirectory)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var article in CoreNlpCorpus.Read(splitDirectory))
        {
            foreach (var sentence in article.Sentences)
            {
                foreach (var token in sentence)
                {
                    var word = token.Word.ToLowerInvariant();
                    if (!counts.TryGetValue(word, out var tags))
                    {
                        counts[word] = tags = new Dictionary<string, int>(StringComparer.Ordinal);
                    }

                    tags[token.Pos] = tags.GetValueOrDefault(token.Pos) + 1;
                }
            }
        }

        var output = new StringBuilder("# word\tmost frequent PTB tag  (learned from PolNeAR train by `train`; do not edit)\n");
        foreach (var (word, tags) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var total = 0;
            var best = "";
            var bestCount = 0;
            foreach (var (tag, count) in tags.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                total += count;
                if (count > bestCount)
                {
                    best = tag;
                    bestCount = count;
                }
            }

            if (total >= MinimumCount && !word.Contains('\t') && !word.Contains('\n'))
            {
                output.Append(word).Append('\t').Append(best).Append('\n');
            }
        }

        return output.ToString();
    }
}
