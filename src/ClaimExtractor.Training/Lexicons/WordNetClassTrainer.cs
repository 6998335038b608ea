using System.Globalization;
using System.Text;
using ClaimExtraction.Training.Commands;

namespace ClaimExtraction.Training.Lexicons;

/// <summary>
/// Derives <c>wordclasses.tsv</c> from the WordNet 3.0 database (Debian's <c>wordnet-base</c>, at
/// <c>/usr/share/wordnet</c> or <c>$WORDNET_DIR</c>): for each one-word verb, and each one-word noun with a
/// communication or cognition sense, the lexicographer classes of its three commonest senses. Only this table ships;
/// the database stays at training time. Without the database the committed table is left as it is.
/// </summary>
internal sealed class WordNetClassTrainer : ITrainer
{
    /// <summary>Senses per word kept: the commonest ones carry the word's ordinary reading.</summary>
    private const int SensesKept = 3;

    /// <summary>noun.cognition and noun.communication (lexicographer files 9 and 10).</summary>
    private static readonly int[] SpeechNounClasses = [9, 10];

    public string Name => "wordnet";

    public void Train(TrainingContext context) =>
        DerivedTable.Write(context, "wordclasses.tsv", "WORDNET_DIR", "/usr/share/wordnet", "index.verb", "apt-get install wordnet-base", Build);

    public static string Build(string directory)
    {
        var text = new StringBuilder();
        text.Append("# lemma\tpos\tlexicographer classes of the commonest senses (WordNet 3.0, Princeton University; see WORDNET-LICENSE.txt). Made by `train --only wordnet`; do not edit\n");
        foreach (var (word, classes) in Read(directory, "verb"))
        {
            text.Append(word).Append("\tv\t").AppendJoin(',', classes).Append('\n');
        }

        foreach (var (word, classes) in Read(directory, "noun"))
        {
            if (classes.Exists(c => Array.IndexOf(SpeechNounClasses, c) >= 0))
            {
                text.Append(word).Append("\tn\t").AppendJoin(',', classes).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>index.POS lists each lemma's synsets commonest first; data.POS gives each synset's lexicographer file.</summary>
    private static IEnumerable<(string Word, List<int> Classes)> Read(string directory, string pos)
    {
        var data = File.ReadAllBytes(Path.Combine(directory, "data." + pos));
        foreach (var line in File.ReadLines(Path.Combine(directory, "index." + pos)))
        {
            if (line.Length == 0 || line[0] == ' ')
            {
                continue; // licence header
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var word = fields[0];
            if (word.Contains('_'))
            {
                continue;
            }

            var pointerCount = int.Parse(fields[3], CultureInfo.InvariantCulture);
            var firstOffset = 4 + pointerCount + 2;
            var classes = new List<int>(SensesKept);
            for (var k = firstOffset; k < fields.Length && k < firstOffset + SensesKept; k++)
            {
                var lexicographerFile = LexicographerFileAt(data, int.Parse(fields[k], CultureInfo.InvariantCulture));
                if (!classes.Contains(lexicographerFile))
                {
                    classes.Add(lexicographerFile);
                }
            }

            yield return (word, classes);
        }
    }

    /// <summary>A data line starts "offset lex_filenum ss_type …".</summary>
    private static int LexicographerFileAt(byte[] data, int offset)
    {
        var i = offset;
        while (data[i] != (byte)' ')
        {
            i++;
        }

        var value = 0;
        for (i++; data[i] != (byte)' '; i++)
        {
            value = (value * 10) + (data[i] - '0');
        }

        return value;
    }
}
