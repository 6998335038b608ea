using System.Text;
using System.Text.RegularExpressions;
using ClaimExtraction.Training.Commands;

namespace ClaimExtraction.Training.Lexicons;

/// <summary>
/// Derives <c>givennames.tsv</c> (given name, m or f) from the name lists of the npm package
/// <c>gender-detection-from-name</c> 1.11.5 (MIT; English, Spanish, Italian, French, German and Turkish lists of about
/// 87,000 names), found in <c>$GIVEN_NAMES_DIR</c> or <c>node_modules/gender-detection-from-name/names</c>. A name is
/// kept only when every list that has it gives it the same gender ("Kim", "Jordan" and "Andrea" are left out). Only this
/// table ships; without the lists the committed table is left as it is.
/// </summary>
internal sealed partial class GivenNameTrainer : ITrainer
{
    public string Name => "names";

    public void Train(TrainingContext context) => DerivedTable.Write(context, "givennames.tsv", "GIVEN_NAMES_DIR",
        Path.Combine("node_modules", "gender-detection-from-name", "names"), "en.js", "npm install gender-detection-from-name@1.11.5", Build);

    public static string Build(string directory)
    {
        var genders = new SortedDictionary<string, char>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(directory, "*.js").Order(StringComparer.Ordinal))
        {
            foreach (Match entry in Entry().Matches(File.ReadAllText(file)))
            {
                var name = entry.Groups[1].Value.ToLowerInvariant();
                var gender = entry.Groups[2].Value == "male" ? 'm' : 'f';
                if (genders.TryGetValue(name, out var seen) && seen != gender)
                {
                    ambiguous.Add(name);
                }

                genders[name] = gender;
            }
        }

        var text = new StringBuilder();
        text.Append("# given name\tm or f, where every list agrees (npm gender-detection-from-name 1.11.5, MIT; see GIVENNAMES-LICENSE.txt). Made by `train --only names`; do not edit\n");
        foreach (var (name, gender) in genders)
        {
            if (!ambiguous.Contains(name) && name.Length > 1 && !name.Contains(' '))
            {
                text.Append(name).Append('\t').Append(gender).Append('\n');
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\[\s*'([^']+)'\s*,\s*'(male|female)'\s*\]")]
    private static partial Regex Entry();
}
