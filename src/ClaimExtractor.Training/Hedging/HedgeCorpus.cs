using System.Text.Json;
using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;
using ClaimExtraction.Hedging;
using ClaimExtraction.Models;
using ClaimExtraction.Pipeline;
using ClaimExtraction.Training.Attribution;
using ClaimExtraction.Training.Corpus;

namespace ClaimExtraction.Training.Hedging;

/// <summary>A lexicon candidate on a claim: where it is, its features, its gold class (0 none, 1 + category) and the rules' verdict.</summary>
internal sealed record HedgeExample(int Start, int End, ulong[] Features, int Label, bool RuleAccepts, bool RuledOut, HedgeCategory LexiconCategory, string Word, bool InsideMarked, HedgeSense Sense, bool IsCue);

/// <summary>A found claim matched to a hand-marked attribution: its candidates and the gold hedges they are scored against.</summary>
internal sealed record HedgeClaim(string Document, int Fold, IReadOnlyList<HedgeExample> Candidates, IReadOnlyList<(int Start, int End, HedgeCategory Category, string Text)> Gold);

/// <summary>
/// Reads hand-marked hedges (the format of ../shared/eval/hedges/dev.jsonl and data/hedges/train.jsonl), runs the
/// library on each marked article as it ships (every claim at or above the default confidence), matches the claims
/// to the marked attributions as score_hedges.py does (content Dice ≥ 0.5, one-to-one), and labels each lexicon
/// candidate of a matched claim with the category of the marked hedge it overlaps, or none.
/// </summary>
internal static class HedgeCorpus
{
    public const int Folds = 5;

    /// <summary>The marks file the trainer reads: data/hedges/train.jsonl in the repository (found from the working folder upward).</summary>
    public static string? FindTrainMarks()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "data", "hedges", "train.jsonl");
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>
    /// The found claims matched to marked attributions (scored), and in <paramref name="extra"/> the marked
    /// attributions no claim found, read on their marked spans (training only).
    /// </summary>
    public static List<HedgeClaim> Read(string marksPath, string splitDirectory, Action<string> log, List<HedgeClaim> extra)
    {
        var byDocument = new SortedDictionary<string, List<(GoldAttribution Attribution, List<(int, int, HedgeCategory, string)> Hedges)>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(marksPath))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var doc = root.GetProperty("doc").GetString()!;
            var hedges = new List<(int, int, HedgeCategory, string)>();
            foreach (var h in root.GetProperty("hedges").EnumerateArray())
            {
                hedges.Add((h.GetProperty("start").GetInt32(), h.GetProperty("end").GetInt32(), ParseCategory(h.GetProperty("category").GetString()!), h.GetProperty("text").GetString()!));
            }

            var marked = new GoldAttribution(Spans(root.GetProperty("content")), [], Spans(root.GetProperty("cue")));
            if (!byDocument.TryGetValue(doc, out var list))
            {
                byDocument[doc] = list = [];
            }

            list.Add((marked, hedges));
        }

        var attribution = new LearnedAttribution(ModelStore.Attribution);
        var minimum = new ClaimExtractorOptions().MinimumConfidence;
        var claims = new List<HedgeClaim>();
        int documentIndex = 0, goldHedges = 0, found = 0, attributions = 0;
        foreach (var (name, marked) in byDocument)
        {
            var fold = documentIndex++ % Folds;
            var text = File.ReadAllText(Path.Combine(splitDirectory, "text", name + ".txt"));
            var doc = DocumentPipeline.Default.Analyze(text, CancellationToken.None);
            var candidates = attribution.Find(doc, CancellationToken.None).Where(c => c.Confidence >= minimum).ToList();
            var contents = candidates.Select(c => (IReadOnlyList<(int, int)>)c.Content.Select(r => (r.Start, r.End)).ToList()).ToList();
            var gold = marked.Select(m => m.Attribution).ToList();
            var matched = ClaimMatcher.Match(text, contents, gold);
            attributions += marked.Count;
            goldHedges += marked.Sum(m => m.Hedges.Count);
            var covered = new bool[gold.Count];
            for (var i = 0; i < candidates.Count; i++)
            {
                if (matched[i] < 0)
                {
                    continue;
                }

                covered[matched[i]] = true;
                var hedges = marked[matched[i]].Hedges;
                found += hedges.Count;
                claims.Add(new HedgeClaim(name, fold, Label(text, HedgeFinder.Scan(doc, candidates[i]).Candidates, hedges, gold[matched[i]]), hedges));
            }

            // The attributions no claim found still teach the decision, read on their marked spans (not scored).
            for (var g = 0; g < gold.Count; g++)
            {
                if (!covered[g] && FromMarkedSpans(doc, gold[g]) is { } claim)
                {
                    extra.Add(new HedgeClaim(name, fold, Label(text, HedgeFinder.Scan(doc, claim).Candidates, marked[g].Hedges, gold[g]), marked[g].Hedges));
                }
            }
        }

        log($"hedges: {extra.Count} marked attributions no claim found add {extra.Sum(c => c.Candidates.Count)} candidates for training");
        log($"hedges: {byDocument.Count} marked articles, {attributions} attributions, {goldHedges} hedges; {claims.Count} found claims match a marked attribution, holding {found} marked hedges");
        return claims;
    }

    private static List<HedgeExample> Label(string text, List<HedgeCandidate> candidates, List<(int Start, int End, HedgeCategory Category, string Text)> gold, GoldAttribution marked)
    {
        var used = new bool[gold.Count];
        var examples = new List<HedgeExample>(candidates.Count);
        foreach (var c in candidates)
        {
            var label = 0;
            for (var g = 0; g < gold.Count; g++)
            {
                if (!used[g] && gold[g].Start < c.End && c.Start < gold[g].End)
                {
                    used[g] = true;
                    label = 1 + (int)gold[g].Category;
                    break;
                }
            }

            examples.Add(new HedgeExample(c.Start, c.End, c.Features, label, c.RuleAccepts, c.RuledOut, c.Entry.Category ?? HedgeCategory.Modal, text[c.Start..c.End].ToLowerInvariant(),
                marked.Content.Concat(marked.Cue).Any(r => r.Start <= c.Start && c.End <= r.End), c.Entry.Sense, c.IsCue));
        }

        return examples;
    }

    /// <summary>A claim on a marked attribution's own content and cue spans (no source).</summary>
    private static AttributionCandidate? FromMarkedSpans(Documents.AnnotatedDocument doc, GoldAttribution gold)
    {
        if (gold.Content.Count == 0)
        {
            return null;
        }

        var (cueFirst, cueEnd) = gold.Cue.Count == 0 ? (0, 0) : doc.TokensIn(gold.Cue[0].Start, gold.Cue[^1].End);
        var cueLemma = "";
        for (var t = cueFirst; t < cueEnd; t++)
        {
            if (doc.Tokens[t].Pos.IsVerb() || t == cueEnd - 1)
            {
                cueLemma = doc.Tokens[t].Lemma ?? doc.TokenString(t).ToLowerInvariant();
                break;
            }
        }

        var (contentFirst, _) = doc.TokensIn(gold.Content[0].Start, gold.Content[0].End);
        return new AttributionCandidate
        {
            Content = gold.Content.Select(r => new Documents.TextRange(r.Start, r.End)).ToList(),
            CueTokens = (cueFirst, cueEnd),
            CueLemma = cueLemma,
            Sentence = doc.SentenceOfToken(Math.Min(contentFirst, Math.Max(0, doc.Tokens.Length - 1))),
            Confidence = 1,
            Pattern = AttributionPattern.Learned,
        };
    }

    private static List<(int Start, int End)> Spans(JsonElement array) =>
        array.EnumerateArray().Select(s => (s[0].GetInt32(), s[1].GetInt32())).ToList();

    public static HedgeCategory ParseCategory(string name)
    {
        var key = new string(name.Where(char.IsLetter).ToArray()).ToLowerInvariant();
        return key switch
        {
            "modal" => HedgeCategory.Modal,
            "epistemicverb" or "epistemic" => HedgeCategory.EpistemicVerb,
            "adverb" or "adjective" => HedgeCategory.Adverb,
            "approximator" => HedgeCategory.Approximator,
            "shield" or "attributionshield" => HedgeCategory.Shield,
            "conditional" => HedgeCategory.Conditional,
            _ => throw new InvalidDataException($"Unknown hedge category '{name}'."),
        };
    }
}
