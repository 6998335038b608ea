using System.Text;
using ClaimExtraction.Training.Corpus;

namespace ClaimExtraction.Training.Lexicons;

/// <summary>
/// Learns the reporting-cue lexicon from PolNeAR train: for every verb and noun lemma (CoreNLP's lemma column),
/// how often a token of it lies inside a gold Cue span against how often it occurs at all. Lemmas that cue often
/// enough are written with their cue rate and every inflected form seen, so the library recognises "claims",
/// "claimed", "Claiming" without a lemmatizer. Output is sorted, so the same data always gives the same file.
/// </summary>
internal static class CueLexiconBuilder
{
    private const int MinimumCueCount = 3;
    private const double MinimumVerbRate = 0.12;
    private const double MinimumNounRate = 0.15;
    private const int MinimumNounCount = 5;

    public static string Build(string splitDirectory)
    {
        var cueCounts = new Dictionary<(string Lemma, char Class), int>();
        var totals = new Dictionary<(string Lemma, char Class), int>();
        var forms = new Dictionary<(string Lemma, char Class), SortedSet<string>>();
        foreach (var article in CoreNlpCorpus.Read(splitDirectory))
        {
            var cueChars = new HashSet<int>();
            foreach (var attribution in BratAnnotations.ReadFirst(splitDirectory, article.Name))
            {
                foreach (var (start, end) in attribution.Cue)
                {
                    for (var i = start; i < end; i++)
                    {
                        cueChars.Add(i);
                    }
                }
            }

            foreach (var sentence in article.Sentences)
            {
                foreach (var token in sentence)
                {
                    var cls = token.Pos.StartsWith("VB", StringComparison.Ordinal) ? 'v' : token.Pos is "NN" or "NNS" ? 'n' : '\0';
                    if (cls == '\0' || !IsPlainWord(token.Lemma))
                    {
                        continue;
                    }

                    var key = (token.Lemma.ToLowerInvariant(), cls);
                    totals[key] = totals.GetValueOrDefault(key) + 1;
                    if (cueChars.Contains(token.Start))
                    {
                        cueCounts[key] = cueCounts.GetValueOrDefault(key) + 1;
                    }

                    if (!forms.TryGetValue(key, out var set))
                    {
                        forms[key] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(token.Word.ToLowerInvariant().Replace('\u2019', '\''));
                }
            }
        }

        var output = new StringBuilder();
        output.Append("# lemma\tclass\tcueRate\tcueCount\tforms  (learned from PolNeAR train by `train`; do not edit)\n");
        foreach (var (key, count) in cueCounts.OrderBy(kv => kv.Key.Class).ThenBy(kv => kv.Key.Lemma, StringComparer.Ordinal))
        {
            var total = totals[key];
            var rate = (double)count / total;
            var keep = key.Class == 'v'
                ? count >= MinimumCueCount && rate >= MinimumVerbRate && key.Lemma is not ("be" or "have" or "do" or "go" or "make" or "get" or "take")
                : count >= MinimumNounCount && rate >= MinimumNounRate;
            if (!keep)
            {
                continue;
            }

            output.Append(key.Lemma).Append('\t').Append(key.Class == 'v' ? "verb" : "noun").Append('\t')
                .Append(rate.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)).Append('\t').Append(count).Append('\t')
                .Append(string.Join(',', forms[key])).Append('\n');
        }

        return output.ToString();
    }

    private static bool IsPlainWord(string lemma)
    {
        foreach (var c in lemma)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return lemma.Length > 1;
    }
}
