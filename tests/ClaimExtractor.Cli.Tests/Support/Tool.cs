using System.Text;

namespace ClaimExtraction.Cli.Tests.Support;

/// <summary>What one run of the command line gave: its exit code, standard output (as UTF-8 text and bytes) and standard error.</summary>
internal sealed record CliRun(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs `claim-extractor` in process, with standard input, output and error captured.</summary>
internal static class Tool
{
    public static CliRun Run(params string[] args) => Run(args, stdin: null);

    public static CliRun Run(string[] args, byte[]? stdin, bool errorIsTerminal = false, bool stdoutIsTerminal = false)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var io = new CliIo(() => new MemoryStream(stdin ?? []), stdout, stderr, errorIsTerminal, stdoutIsTerminal);
        var code = CliApp.Run(args, io);
        return new CliRun(code, stdout.ToArray(), stderr.ToString());
    }
}

/// <summary>A temporary folder with article files, deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claim-extractor-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string text) => File(name, Encoding.UTF8.GetBytes(text));

    public string File(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Short articles made up for the tests (no text of the PolNeAR articles goes into the repository).</summary>
internal static class Articles
{
    public const string Harbor =
        "Mayor Says City Will Rebuild the Old Harbor Bridge\n" +
        "Riverton Mayor Jane Alvarez said on Monday that the city will rebuild the old harbor bridge within three years.\n" +
        "“We owe it to every family that crosses that river,” Alvarez said. “The bridge is the spine of this town.”\n" +
        "Critics argue that the plan could cost far more than the council expects.\n";

    public const string Cafe =
        "Café Owners Worry About the New Rent Rules\n" +
        "The owner of the Café Rosé, Marie Dubois, said the new rules might force her to close.\n" +
        "\"We are not sure we can stay,\" Dubois said.\n";

    /// <summary>Another article quoting the mayor of <see cref="Harbor"/> word for word, and one more speaker (a claim in no cluster).</summary>
    public const string HarborAgain =
        "Alvarez Promises a New Bridge\n" +
        "The mayor of Riverton, Jane Alvarez, spoke to reporters at the harbor on Monday.\n" +
        "“We owe it to every family that crosses that river,” Alvarez said. “The bridge is the spine of this town.”\n" +
        "The council will vote on the money next month, its chairman, Tom Reed, said.\n";

    /// <summary>The repository's sample article.</summary>
    public static string SamplePath { get; } = System.IO.Path.Combine(SharedData.RepositoryRoot, "samples", "sample-article.txt");
}

/// <summary>Finds the repository and the yardstick folder ../shared beside it (absent on a plain clone).</summary>
internal static class SharedData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string? Root { get; } =
        Directory.Exists(System.IO.Path.Combine(RepositoryRoot, "..", "shared", "acceptance"))
            ? System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared"))
            : null;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root ?? "", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "ClaimExtractor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (ClaimExtractor.sln) is not above the test's folder");
    }
}

/// <summary>A fact that needs ../shared; skipped with the reason when the folder is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = "needs ../shared (PolNeAR and the acceptance files) beside the repository; not present here";
        }
    }
}
