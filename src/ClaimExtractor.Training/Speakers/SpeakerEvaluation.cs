using ClaimExtraction.Training.Commands;
using ClaimExtraction.Training.Corpus;

namespace ClaimExtraction.Training.Speakers;

/// <summary>
/// Speaker agreement: runs the library's extraction on each article of the split, matches predicted claims to gold
/// attributions as score.py does (content Dice ≥ 0.5 on letters and digits, one-to-one, greedy), and for every
/// matched pair whose gold Source is a pronoun or a partial name ("he", "Trump", "Mr. Obama") compares our canonical
/// speaker with the representative mention of the CoreNLP coreference chain of that source (silver). Pairs whose
/// source is in no chain, or whose chain has no proper-name representative, are not counted.
/// </summary>
internal sealed class SpeakerEvaluation : IEvaluation
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "him", "her", "them", "his", "hers", "their", "theirs", "we", "us", "our", "i", "me", "my", "you", "it", "its",
        "himself", "herself", "themselves",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "president", "senator", "governor", "secretary", "the",
    };

    public sealed record Scores(double Agreement, int Compared, int MissedSource, IReadOnlyList<(string Pattern, int Count)> Disagreements);

    public string Name => "speakers";

    public IReadOnlyList<Metric> Evaluate(EvaluationContext context)
    {
        var scores = Evaluate(context.DataDirectory, context.Articles);
        context.Log($"speakers: {scores.Compared} matched claims with a pronoun or partial-name source in a CoreNLP chain; agreement {scores.Agreement:F3}");
        context.Log($"  of the disagreements, {scores.MissedSource} have a predicted source mention that misses the gold Source (an attribution error)");
        if (scores.Disagreements.Count > 0)
        {
            context.Log("commonest disagreements (gold source → ours | CoreNLP representative):");
            foreach (var (pattern, count) in scores.Disagreements.Take(Math.Max(10, context.ExampleCount)))
            {
                context.Log($"  {count,3}  {pattern}");
            }
        }

        return [new Metric("speakerAgreement", scores.Agreement, "speaker agreement (pronoun/partial-name sources)")];
    }

    public static Scores Evaluate(string splitDirectory, IReadOnlyList<CoreNlpArticle> articles)
    {
        var extractor = new ClaimExtractor();
        int agree = 0, compared = 0, missed = 0;
        var disagreements = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (article.Text.Length == 0)
            {
                continue;
            }

            var text = article.Text;
            var gold = BratAnnotations.ReadFirst(splitDirectory, article.Name);
            var result = extractor.Extract(text);
            var predicted = result.Claims.Select(c => Letters(text, c.Spans.Select(s => (s.Start, s.End)))).ToList();
            var golds = gold.Select(g => Letters(text, g.Content)).ToList();
            foreach (var (p, g) in Match(predicted, golds))
            {
                var source = gold[g].Source;
                if (source.Count == 0)
                {
                    continue;
                }

                var sourceText = string.Join(" ", source.Select(s => text[s.Start..s.End])).Trim();
                var representative = Representative(article, source);
                if (representative is null || !IsPronounOrPartialName(sourceText, representative))
                {
                    continue;
                }

                compared++;
                var ours = result.Claims[p].Speaker?.Name ?? "(none)";
                if (Agrees(ours, representative))
                {
                    agree++;
                }
                else
                {
                    var mention = result.Claims[p].Speaker?.Mention;
                    if (mention is null || !source.Any(s => s.Start < mention.End && mention.Start < s.End))
                    {
                        missed++;
                    }

                    var pattern = $"'{Shorten(sourceText)}' → '{Shorten(ours)}' | '{Shorten(representative)}'";
                    disagreements[pattern] = disagreements.GetValueOrDefault(pattern) + 1;
                }
            }
        }

        var top = disagreements.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)).ToList();
        return new Scores(compared == 0 ? 0 : (double)agree / compared, compared, missed, top);
    }

    /// <summary>
    /// Our name agrees with the chain's representative when they share the surname (our last word) and no given
    /// name conflicts: "Donald Trump" agrees with "former U.S. President Donald Trump" and with "Trump"; "Hillary
    /// Clinton" does not agree with "Bill Clinton", nor "he" or "critics" with anyone.
    /// </summary>
    internal static bool Agrees(string ours, string representative)
    {
        var mine = Words(ours).Select(StripPossessive).Where(w => !Titles.Contains(w)).ToList();
        if (mine.Count == 0 || mine.All(Pronouns.Contains))
        {
            return false;
        }

        var theirs = Words(representative).Select(StripPossessive).ToList();
        for (var at = 0; at < theirs.Count; at++)
        {
            // Any occurrence of the surname may be the name: a long representative ("Former President Bill Clinton
            // criticized … Hillary Clinton's …") names others after it.
            if (theirs[at].Equals(mine[^1], StringComparison.OrdinalIgnoreCase) && GivenNameFits(mine, theirs, at))
            {
                return true;
            }
        }

        return false;
    }

    private static bool GivenNameFits(List<string> mine, List<string> theirs, int at)
    {
        if (mine.Count < 2 || at == 0)
        {
            return true;
        }

        var given = theirs[at - 1];
        if (given.Length == 1 && at >= 2)
        {
            given = theirs[at - 2]; // a middle initial: "Loretta E. Lynch"
        }

        return !char.IsUpper(given[0]) || Titles.Contains(given) || given.Equals(mine[^2], StringComparison.OrdinalIgnoreCase)
            || given.EndsWith('.') || mine.Contains(given, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A pronoun, or a proper name shorter than the chain's representative ("Trump", "Mr. Obama").</summary>
    internal static bool IsPronounOrPartialName(string source, string representative)
    {
        var words = Words(source).ToList();
        if (words.Count == 1 && Pronouns.Contains(words[0]))
        {
            return true;
        }

        var names = words.Where(w => !Titles.Contains(w)).ToList();
        if (names.Count is 0 or > 2 || !names.All(w => char.IsUpper(w[0])))
        {
            return false;
        }

        var rep = Words(representative).ToList();
        var repNames = rep.Where(w => w.Length > 0 && char.IsUpper(w[0]) && !Titles.Contains(w)).ToList();
        return repNames.Count > names.Count && names.All(n => rep.Contains(n, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The representative mention of the chain holding the source mention, when it is a proper name.</summary>
    private static string? Representative(CoreNlpArticle article, IReadOnlyList<(int Start, int End)> source)
    {
        CorefMention? best = null;
        var bestLength = int.MaxValue;
        foreach (var m in article.Coreference)
        {
            var (start, end) = Chars(article, m);
            if (source.Any(s => s.Start < end && start < s.End) && end - start < bestLength)
            {
                var head = article.Sentences[m.Sentence][m.HeadToken];
                if (source.Any(s => s.Start <= head.Start && head.End <= s.End))
                {
                    best = m;
                    bestLength = end - start;
                }
            }
        }

        if (best is not { } found)
        {
            return null;
        }

        foreach (var m in article.Coreference)
        {
            if (m.Chain == found.Chain && m.Representative)
            {
                var tokens = article.Sentences[m.Sentence];
                var hasName = false;
                for (var t = m.Start; t < m.End; t++)
                {
                    hasName |= tokens[t].Pos is "NNP" or "NNPS";
                }

                var (start, end) = Chars(article, m);
                return hasName ? article.Text[start..end] : null;
            }
        }

        return null;
    }

    private static (int Start, int End) Chars(CoreNlpArticle article, CorefMention m)
    {
        var tokens = article.Sentences[m.Sentence];
        return (tokens[m.Start].Start, tokens[Math.Min(m.End, tokens.Length) - 1].End);
    }

    private static IEnumerable<string> Words(string s) =>
        s.Split([' ', '\n', '\t', ',', '.', '“', '”', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);

    private static string StripPossessive(string w) =>
        w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? w[..^2] : w;

    private static string Shorten(string s)
    {
        s = s.Replace('\n', ' ');
        return s.Length <= 50 ? s : s[..47] + "...";
    }

    private static HashSet<int> Letters(string text, IEnumerable<(int Start, int End)> spans)
    {
        var set = new HashSet<int>();
        foreach (var (start, end) in spans)
        {
            for (var i = Math.Max(0, start); i < Math.Min(text.Length, end); i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    set.Add(i);
                }
            }
        }

        return set;
    }

    /// <summary>score.py's matching: Dice ≥ 0.5, best first (ties by predicted then gold index), one-to-one.</summary>
    internal static List<(int Predicted, int Gold)> Match(IReadOnlyList<HashSet<int>> predicted, IReadOnlyList<HashSet<int>> gold)
    {
        var candidates = new List<(double Dice, int P, int G)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            if (predicted[p].Count == 0)
            {
                continue;
            }

            for (var g = 0; g < gold.Count; g++)
            {
                if (gold[g].Count == 0)
                {
                    continue;
                }

                var common = predicted[p].Count < gold[g].Count ? predicted[p].Count(gold[g].Contains) : gold[g].Count(predicted[p].Contains);
                var dice = 2.0 * common / (predicted[p].Count + gold[g].Count);
                if (dice >= 0.5)
                {
                    candidates.Add((dice, p, g));
                }
            }
        }

        candidates.Sort((a, b) => a.Dice != b.Dice ? b.Dice.CompareTo(a.Dice) : a.P != b.P ? a.P.CompareTo(b.P) : a.G.CompareTo(b.G));
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, p, g) in candidates)
        {
            if (usedP.Contains(p) || usedG.Contains(g))
            {
                continue;
            }

            usedP.Add(p);
            usedG.Add(g);
            pairs.Add((p, g));
        }

        return pairs;
    }
}
