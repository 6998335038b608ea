namespace ClaimExtraction.Cli;

/// <summary>One input article: its name (file name without .txt) and its text.</summary>
internal sealed record Article(string Name, string Text);

/// <summary>Expands the command line's paths into articles: files, folders of .txt files (sorted), or - for stdin.</summary>
internal static class ArticleSource
{
    public static IEnumerable<Article> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return new Article("stdin", Console.In.ReadToEnd());
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.GetFiles(path, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
                {
                    yield return Read(file);
                }
            }
            else if (File.Exists(path))
            {
                yield return Read(path);
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {path}", path);
            }
        }
    }

    private static Article Read(string file) => new(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
}
