using System.Diagnostics;

namespace ClaimExtraction.Cli.Tests.Support;

/// <summary>Headless Chromium, where it is installed (Debian's `chromium` package; .ci/run installs it).</summary>
internal static class Chromium
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    public static string? Path { get; } = Find();

    /// <summary>The DOM after the page's scripts ran; <paramref name="fragment"/> (e.g. "#c2") opens it on a claim.</summary>
    public static string DumpDom(string page, string fragment = "") => Run(["--dump-dom", new Uri(page).AbsoluteUri + fragment]);

    /// <summary>Saves a PNG of the page at the given window size; <paramref name="fragment"/> (e.g. "#c2") opens it on a claim.</summary>
    public static void Screenshot(string page, string png, int width, int height, string fragment = "") =>
        Run([$"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(page).AbsoluteUri + fragment]);

    private static string Run(IEnumerable<string> arguments)
    {
        var profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claim-extractor-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Path!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", $"--user-data-dir={profile}" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish in {Limit.TotalSeconds} s");
            }

            process.ExitCode.Should().Be(0, error.Result);
            return output;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string? Find()
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
        {
            foreach (var folder in folders)
            {
                var candidate = System.IO.Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

/// <summary>A fact that needs headless Chromium; skipped with the reason when it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute(bool needsSharedData = false)
    {
        if (Chromium.Path is null)
        {
            Skip = "needs Chromium (chromium, chromium-browser or google-chrome on PATH); install Debian's package with `apt-get install -y chromium` (.ci/run does where it can)";
        }
        else if (needsSharedData && SharedData.Root is null)
        {
            Skip = "needs ../shared (the seed article) beside the repository; not present here";
        }
    }
}
