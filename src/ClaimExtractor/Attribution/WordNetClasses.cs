using System.Globalization;
using ClaimExtraction.Models;
using ClaimExtraction.Text;

namespace ClaimExtraction.Attribution;

/// <summary>
/// WordNet's lexicographer classes of a word's commonest senses (<c>Resources/wordclasses.tsv</c>, derived from
/// WordNet 3.0 by <c>train --only wordnet</c>): "grumble" is a verb of communication, "believe" of cognition,
/// "arrest" of contact. They let the attribution models judge words PolNeAR train never showed them. Immutable; one
/// shared instance per process.
/// </summary>
internal sealed class WordNetClasses
{
    /// <summary>Lexicographer file numbers (WordNet's lexnames).</summary>
    public const int NounCognition = 9, NounCommunication = 10, VerbCognition = 31, VerbCommunication = 32, VerbEmotion = 37, VerbPerception = 39,
        VerbSocial = 41, VerbStative = 42;

    private static readonly Lazy<WordNetClasses> Shared = new(() => new WordNetClasses(LexiconResources.ReadRows("wordclasses.tsv")));

    private readonly WordTable<Senses> _verbs;
    private readonly WordTable<Senses> _nouns;

    public WordNetClasses(IEnumerable<string[]> rows)
    {
        var verbs = new List<KeyValuePair<string, Senses>>();
        var nouns = new List<KeyValuePair<string, Senses>>();
        foreach (var row in rows)
        {
            if (row.Length < 3)
            {
                continue;
            }

            var classes = row[2].Split(',');
            var first = int.Parse(classes[0], CultureInfo.InvariantCulture);
            var speech = SpeechSense.None;
            foreach (var value in classes)
            {
                speech |= int.Parse(value, CultureInfo.InvariantCulture) switch
                {
                    VerbCommunication or NounCommunication => SpeechSense.Communication,
                    VerbCognition or NounCognition => SpeechSense.Cognition,
                    VerbPerception => SpeechSense.Perception,
                    _ => SpeechSense.None,
                };
            }

            (row[1] == "v" ? verbs : nouns).Add(new(row[0], new Senses((byte)first, speech)));
        }

        _verbs = new WordTable<Senses>(verbs);
        _nouns = new WordTable<Senses>(nouns);
    }

    public static WordNetClasses Instance => Shared.Value;

    /// <summary>The senses of a lemma read as a verb or as a noun; <see cref="Senses.Unknown"/> when WordNet has none kept.</summary>
    public Senses Of(ReadOnlySpan<char> lemma, bool asVerb) =>
        (asVerb ? _verbs : _nouns).TryGetValue(lemma, out var senses) ? senses : Senses.Unknown;

    /// <summary>Whether a <see cref="Senses.Code"/> (as <see cref="AttributionContext.WordSenses"/> holds) has any of these senses; false for unknown words and other tags.</summary>
    public static bool HasSense(long code, SpeechSense sense) => code > 0 && (code & (long)sense) != 0;

    /// <summary>The commonest sense's lexicographer file of a <see cref="Senses.Code"/>; 0 for unknown words and other tags.</summary>
    public static int FirstClassOf(long code) => code > 0 ? (int)(code >> 3) : 0;

    /// <summary>Which speech-like readings are among a word's commonest senses.</summary>
    [Flags]
    public enum SpeechSense : byte
    {
        None = 0,
        Communication = 1,
        Cognition = 2,
        Perception = 4,
    }

    /// <param name="FirstClass">The lexicographer file of the commonest sense (0 when unknown).</param>
    /// <param name="Speech">The speech-like classes among the commonest senses.</param>
    public readonly record struct Senses(byte FirstClass, SpeechSense Speech)
    {
        public static Senses Unknown => default;

        /// <summary>One small number for a feature: the first class and the speech flags together.</summary>
        public long Code => (FirstClass * 8L) + (long)Speech;
    }
}
