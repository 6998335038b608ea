using System.Reflection;

namespace ClaimExtraction.Models;

/// <summary>Reads the tab-separated lexicons embedded in the assembly (made by the training project's `train`).</summary>
internal static class LexiconResources
{
    /// <summary>The rows of an embedded <c>Resources/&lt;name&gt;</c> file, comment lines (#) skipped, split on tabs.</summary>
    public static IEnumerable<string[]> ReadRows(string name)
    {
        var resource = "ClaimExtractor.Resources." + name;
        using var stream = typeof(LexiconResources).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}; rebuild the package.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }
}
