namespace ClaimExtraction.Models;

/// <summary>Reads the tab-separated lexicons in the model package (made by the training project's `train`).</summary>
internal static class LexiconResources
{
    /// <summary>The rows of an embedded <c>Resources/&lt;name&gt;</c> file, comment lines (#) skipped, split on tabs.</summary>
    public static IEnumerable<string[]> ReadRows(string name)
    {
        using var stream = ModelStore.OpenResource(name);
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
