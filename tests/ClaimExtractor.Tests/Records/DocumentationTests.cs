using System.Text.RegularExpressions;
using PublicApiGenerator;

namespace ClaimExtraction.Tests.Records;

/// <summary>Docs that run and an API kept on purpose: README code compiles, the public surface matches its snapshot.</summary>
public class DocumentationTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> Readmes() => ["README.md", "src/ClaimExtractor/PACKAGE.md", "src/ClaimExtractor.Extensions.DependencyInjection/PACKAGE.md"];

    /// <summary>Every C# block of a README is in the example project, which every build compiles (lines compared trimmed: the sample indents them in a method).</summary>
    [Theory]
    [MemberData(nameof(Readmes))]
    public void Every_csharp_block_of_the_readme_is_compiled_in_the_example_project(string readme)
    {
        var sample = Normalize(string.Concat(Directory.GetFiles(Path.Combine(Root, "samples", "ClaimExtractor.Example"), "*.cs").Order().Select(File.ReadAllText)));
        var blocks = Regex.Matches(File.ReadAllText(Path.Combine(Root, readme)), "```csharp\n(.*?)```", RegexOptions.Singleline);
        blocks.Should().NotBeEmpty();
        foreach (Match block in blocks)
        {
            sample.Should().Contain(Normalize(block.Groups[1].Value), $"{readme} shows it; samples/ClaimExtractor.Example must compile it");
        }
    }

    [Fact]
    public void The_package_readme_is_for_users()
    {
        var text = File.ReadAllText(Path.Combine(Root, "src", "ClaimExtractor", "PACKAGE.md"));
        text.Should().NotContain("../shared").And.NotContain("ClaimExtractor.Training").And.NotContain("dotnet run");
    }

    [Theory]
    [InlineData("ClaimExtractor")]
    [InlineData("ClaimExtractor.Extensions.DependencyInjection")]
    public void The_public_api_is_the_approved_one(string assembly)
    {
        var type = assembly == "ClaimExtractor" ? typeof(ClaimExtractor) : typeof(Microsoft.Extensions.DependencyInjection.ClaimExtractorServiceCollectionExtensions);
        var api = type.Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"] }).ReplaceLineEndings("\n");
        var approved = Path.Combine(Root, "tests", "ClaimExtractor.Tests", "Records", "PublicApi", assembly + ".txt");
        var received = Path.ChangeExtension(approved, ".received.txt");
        if (!File.Exists(approved) || File.ReadAllText(approved).ReplaceLineEndings("\n") != api)
        {
            File.WriteAllText(received, api);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        File.Exists(approved).Should().BeTrue($"the approved API is kept in {approved} (copy {received} there to approve it)");
        api.Should().Be(File.ReadAllText(approved).ReplaceLineEndings("\n"),
            $"a change to the public API is deliberate: review {received} and copy it over {approved}");
    }

    private static string Normalize(string code) =>
        string.Join("\n", code.ReplaceLineEndings("\n").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimExtractor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (ClaimExtractor.sln) is not above the test binaries.");
    }
}
