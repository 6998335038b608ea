using System.Diagnostics;
using ClaimExtraction.Cli.Tests.Support;

namespace ClaimExtraction.Cli.Tests;

/// <summary>The CLI is an installable dotnet tool: packed, installed from a local feed, and run as `claim-extractor`.</summary>
public sealed class ToolPackageTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    [Fact]
    public void The_tool_packs_installs_from_a_local_feed_and_runs_as_claim_extractor()
    {
        // Defect: the CLI was a sample run with `dotnet run`, not an installable tool.
        using var folder = new TempFolder();
        var feed = Path.Combine(folder.Path, "feed");
        var tools = Path.Combine(folder.Path, "tools");
        var project = Path.Combine(SharedData.RepositoryRoot, "samples", "ClaimExtractor.Cli", "ClaimExtractor.Cli.csproj");

        // The test's own build built the CLI in the same configuration: pack that build, do not build again.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
        Dotnet("pack", project, "-c", configuration, "--no-build", "-o", feed, "-nologo");
        var package = Directory.GetFiles(feed, "ClaimExtractor.Cli.*.nupkg").Should().ContainSingle().Subject;
        var version = Path.GetFileNameWithoutExtension(package)["ClaimExtractor.Cli.".Length..];
        Dotnet("tool", "install", "ClaimExtractor.Cli", "--tool-path", tools, "--add-source", feed, "--version", version, "--ignore-failed-sources");

        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "claim-extractor.exe" : "claim-extractor");
        File.Exists(command).Should().BeTrue("the package's ToolCommandName is claim-extractor");
        var page = Path.Combine(folder.Path, "sample.html");
        var (code, _, error) = Run(command, "extract", Articles.SamplePath, "--format", "html", "-o", page);
        code.Should().Be(0, error);
        ReportChecks.Parse(File.ReadAllText(page)).QuerySelectorAll("main .content[tabindex]").Should().NotBeEmpty();
    }

    private static void Dotnet(params string[] arguments)
    {
        var (code, output, error) = Run("dotnet", arguments);
        code.Should().Be(0, $"dotnet {string.Join(' ', arguments)} failed:\n{output}\n{error}");
    }

    private static (int Code, string Output, string Error) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings would steer a nested build of the SDK's tools astray.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in {Limit.TotalMinutes} minutes");
        }

        return (process.ExitCode, output, error.Result);
    }
}
