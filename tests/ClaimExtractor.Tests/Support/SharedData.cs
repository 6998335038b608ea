namespace ClaimExtraction.Tests.Support;

/// <summary>Finds the yardstick folder ../shared beside the repository (absent on a plain clone).</summary>
internal static class SharedData
{
    public static string? Root { get; } = Find();

    /// <summary>../shared/polnear when it holds the dev CoreNLP files; otherwise null.</summary>
    public static string? PolnearDirectory { get; } =
        Root is not null && Directory.Exists(System.IO.Path.Combine(Root, "polnear", "dev", "corenlp")) ? System.IO.Path.Combine(Root, "polnear") : null;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root ?? "", .. parts]);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ClaimExtractor.sln")))
            {
                var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(System.IO.Path.Combine(shared, "acceptance")) ? shared : null;
            }
        }

        return null;
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
