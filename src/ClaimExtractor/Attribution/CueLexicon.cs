using ClaimExtraction.Models;
using ClaimExtraction.Text;

namespace ClaimExtraction.Attribution;

/// <summary>One entry of the learned cue lexicon.</summary>
/// <param name="Lemma">The dictionary form, e.g. "claim".</param>
/// <param name="IsVerb">Verb ("claimed") or noun ("a bold claim").</param>
/// <param name="CueRate">How often a token of this lemma was a cue in PolNeAR train (0..1).</param>
internal readonly record struct CueEntry(string Lemma, bool IsVerb, double CueRate);

/// <summary>
/// Reporting verbs and nouns learned from PolNeAR train (<c>Resources/cues.tsv</c>), looked up by any inflected
/// form and any letter case ("Claims", "claimed"). Forms never seen in train are recognised by stripping regular
/// inflections. Immutable; one shared instance per process.
/// </summary>
internal sealed class CueLexicon
{
    /// <summary>
    /// The cue rate from which a verb counts as a reporting verb where the cue tagger is not asked (the text stage, the
    /// speech-tag rules): the frequent reporting verbs of train clear it, verbs that are cues only now and then do not.
    /// </summary>
    public const double ReportingVerbRate = 0.3;

    /// <summary>Regular endings a form never seen in train may add to a known one: "cautioning" → "caution", "urges" → "urge".</summary>
    private static readonly string[] RegularInflections = ["ing", "ed", "es", "s", "d"];

    private static readonly Lazy<CueLexicon> Shared = new(() => new CueLexicon(LexiconResources.ReadRows("cues.tsv")));

    private readonly WordTable<CueEntry> _verbs;
    private readonly WordTable<CueEntry> _nouns;

    public CueLexicon(IEnumerable<string[]> rows)
    {
        var verbs = new List<KeyValuePair<string, CueEntry>>();
        var nouns = new List<KeyValuePair<string, CueEntry>>();
        foreach (var row in rows)
        {
            if (row.Length < 5)
            {
                continue;
            }

            var isVerb = row[1] == "verb";
            var entry = new CueEntry(row[0], isVerb, double.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture));
            var target = isVerb ? verbs : nouns;
            target.Add(new(row[0], entry));
            foreach (var form in row[4].Split(','))
            {
                if (form.Length > 0)
                {
                    target.Add(new(form, entry));
                }
            }
        }

        _verbs = new WordTable<CueEntry>(WithRegularInflections(verbs));
        _nouns = new WordTable<CueEntry>(WithRegularInflections(nouns));
    }

    /// <summary>
    /// The words, then each word of more than two letters with each regular ending, in the order of
    /// <see cref="RegularInflections"/>: a form looked up finds its own entry first, else the entry it is an inflection
    /// of (the first ending that fits), in one probe. The table keeps the first entry of a word.
    /// </summary>
    private static List<KeyValuePair<string, CueEntry>> WithRegularInflections(List<KeyValuePair<string, CueEntry>> words)
    {
        var all = new List<KeyValuePair<string, CueEntry>>(words);
        foreach (var ending in RegularInflections)
        {
            foreach (var (word, entry) in words)
            {
                if (word.Length > 2)
                {
                    all.Add(new(word + ending, entry));
                }
            }
        }

        return all;
    }

    public static CueLexicon Instance => Shared.Value;

    public bool TryGetVerb(ReadOnlySpan<char> word, out CueEntry entry) => _verbs.TryGetValue(word, out entry);

    public bool TryGetNoun(ReadOnlySpan<char> word, out CueEntry entry) => _nouns.TryGetValue(word, out entry);
}
