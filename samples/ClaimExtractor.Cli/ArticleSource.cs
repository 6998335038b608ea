namespace ClaimExtraction.Cli;

/// <summary>One input article: its name (file name without .txt) and its text.</summary>
/// <param name="Name">The file name without .txt, or "stdin".</param>
/// <param name="Text">The decoded text.</param>
/// <param name="Bytes">The input's size in bytes (0 where nobody counts).</param>
internal sealed record Article(string Name, string Text, long Bytes = 0);

/// <summary>One input the command line named, found and checked: a file, or standard input already read.</summary>
/// <param name="Name">The article's name: the file name without its extension, or "stdin".</param>
/// <param name="Path">The file, or null for standard input.</param>
/// <param name="Bytes">Its size in bytes.</param>
/// <param name="StdinText">Standard input's text (read once, when checked); null for a file.</param>
internal sealed record InputFile(string Name, string? Path, long Bytes, string? StdinText);

/// <summary>What is wrong with an input: a path that names nothing usable (exit 2) or a file that cannot be read as text (exit 1).</summary>
internal sealed record InputProblem(string Message, int ExitCode);

/// <summary>The inputs of a run, every one checked before anything is written, and what was wrong with the others.</summary>
internal sealed record InputPlan(IReadOnlyList<InputFile> Inputs, IReadOnlyList<InputProblem> Problems)
{
    public long TotalBytes => Inputs.Sum(i => i.Bytes);
}

/// <summary>Expands the command line's paths into articles: files, folders of .txt files (sorted), or - for stdin.</summary>
internal static class ArticleSource
{
    /// <summary>Exit code for a path that names no file or folder (a bad argument).</summary>
    public const int BadPath = 2;

    /// <summary>Exit code for an input that exists but cannot be read as text.</summary>
    public const int Unreadable = 1;

    /// <summary>The articles of <paramref name="paths"/>, read lazily; the first bad input throws an <see cref="IOException"/>.</summary>
    public static IEnumerable<Article> Expand(IEnumerable<string> paths)
    {
        var plan = Plan(paths, InputEncoding.Auto, Console.OpenStandardInput, checkContents: false);
        if (plan.Problems.Count > 0)
        {
            throw new UnreadableInputException(plan.Problems[0].Message);
        }

        return plan.Inputs.Select(input => Read(input, InputEncoding.Auto));
    }

    /// <summary>
    /// Finds every input and, with <paramref name="checkContents"/>, reads and decodes each one (keeping only standard
    /// input's text): decoding runs a thousand times faster than extraction, so checking everything first costs nothing
    /// noticeable and means a bad file stops the run before any output is written.
    /// </summary>
    public static InputPlan Plan(IEnumerable<string> paths, InputEncoding encoding, Func<Stream> openStdin, bool checkContents)
    {
        var inputs = new List<InputFile>();
        var problems = new List<InputProblem>();
        var stdinSeen = false;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                if (stdinSeen)
                {
                    problems.Add(new InputProblem("error: - (standard input) is named more than once", BadPath));
                    continue;
                }

                stdinSeen = true;
                try
                {
                    using var stdin = openStdin();
                    using var buffer = new MemoryStream();
                    stdin.CopyTo(buffer);
                    var text = TextDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), encoding, "standard input");
                    inputs.Add(new InputFile("stdin", null, buffer.Length, text));
                }
                catch (IOException ex)
                {
                    problems.Add(new InputProblem("error: " + ex.Message, Unreadable));
                }
            }
            else if (Directory.Exists(path))
            {
                string[] files;
                try
                {
                    files = Directory.GetFiles(path, "*.txt");
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new InputProblem($"error: {path}: cannot list the folder ({ex.Message})", Unreadable));
                    continue;
                }

                if (files.Length == 0)
                {
                    problems.Add(new InputProblem($"error: {path}: the folder has no .txt files", BadPath));
                    continue;
                }

                Array.Sort(files, StringComparer.Ordinal);
                foreach (var file in files)
                {
                    AddFile(file);
                }
            }
            else if (File.Exists(path))
            {
                AddFile(path);
            }
            else
            {
                problems.Add(new InputProblem($"error: {path}: no such file or folder", BadPath));
            }
        }

        return new InputPlan(inputs, problems);

        void AddFile(string file)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            try
            {
                long bytes;
                if (checkContents)
                {
                    var content = File.ReadAllBytes(file);
                    TextDecoder.Decode(content, encoding, file);
                    bytes = content.Length;
                }
                else
                {
                    bytes = new FileInfo(file).Length;
                }

                inputs.Add(new InputFile(name, file, bytes, null));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var message = ex is UnreadableInputException ? ex.Message : $"{file}: cannot be read ({ex.Message})";
                problems.Add(new InputProblem("error: " + message, Unreadable));
            }
        }
    }

    /// <summary>Reads one checked input; throws an <see cref="IOException"/> when it has changed into something unreadable since.</summary>
    public static Article Read(InputFile input, InputEncoding encoding)
    {
        if (input.StdinText is not null)
        {
            return new Article(input.Name, input.StdinText, input.Bytes);
        }

        try
        {
            var bytes = File.ReadAllBytes(input.Path!);
            return new Article(input.Name, TextDecoder.Decode(bytes, encoding, input.Path!), bytes.Length);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new UnreadableInputException($"{input.Path}: cannot be read ({ex.Message})");
        }
    }
}
