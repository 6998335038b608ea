using ClaimExtraction.Training.Commands;

namespace ClaimExtraction.Training.Lexicons;

/// <summary>
/// Writes a table derived from an outside source that only training reads (WordNet, name lists): the source folder is
/// named by an environment variable or a default, and without it the committed table is left as it is.
/// </summary>
internal static class DerivedTable
{
    /// <param name="context">The training run (log and output folder).</param>
    /// <param name="table">The file written, e.g. "wordclasses.tsv".</param>
    /// <param name="variable">The environment variable naming the source folder.</param>
    /// <param name="defaultDirectory">The folder used when the variable is unset.</param>
    /// <param name="marker">A file the source folder must hold.</param>
    /// <param name="install">How to get the source, for the log.</param>
    /// <param name="build">Builds the table's text from the source folder.</param>
    public static void Write(TrainingContext context, string table, string variable, string defaultDirectory, string marker, string install,
        Func<string, string> build)
    {
        var directory = Environment.GetEnvironmentVariable(variable) ?? defaultDirectory;
        if (!File.Exists(Path.Combine(directory, marker)))
        {
            context.Log($"{table}: no source in {directory} ({install}); the committed table is left as it is");
            return;
        }

        var path = context.OutputPath(table);
        File.WriteAllText(path, build(directory));
        context.Log($"wrote {path}");
    }
}
