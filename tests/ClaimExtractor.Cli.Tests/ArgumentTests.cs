using ClaimExtraction.Cli.Tests.Support;

namespace ClaimExtraction.Cli.Tests;

/// <summary>Options parse culture-invariantly, errors name the option and the form it expects, and bad arguments exit with 2 before any output.</summary>
public sealed class ArgumentTests
{
    [Fact]
    public void A_comma_decimal_min_confidence_is_an_error_not_a_thousands_separator()
    {
        // Defect: "--min-confidence 0,1" was read as 1, printed nothing and exited 0.
        var run = Tool.Run("extract", Articles.SamplePath, "--min-confidence", "0,1");

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("--min-confidence").And.Contain("0.5").And.Contain("'0,1'");
    }

    [Fact]
    public void A_word_for_min_confidence_names_the_option_and_the_form_not_a_dotnet_type()
    {
        // Defect: the error for "abc" named System.Nullable`1[System.Double].
        var run = Tool.Run("extract", Articles.SamplePath, "--min-confidence", "abc");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().NotContain("System.").And.NotContain("Nullable");
        run.Stderr.Should().Contain("--min-confidence expects a number from 0 to 1");
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("NaN")]
    [InlineData("1,000")]
    public void Min_confidence_outside_zero_to_one_is_an_error(string value)
    {
        var run = Tool.Run("extract", Articles.SamplePath, "--min-confidence", value);

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("--min-confidence");
    }

    [Fact]
    public void A_dot_decimal_min_confidence_is_read_as_written()
    {
        var all = Tool.Run("extract", Articles.SamplePath, "--min-confidence", "0");
        var strict = Tool.Run("extract", Articles.SamplePath, "--min-confidence", "0.95");

        all.ExitCode.Should().Be(0);
        strict.ExitCode.Should().Be(0);
        ClaimCount(all.Lines[0]).Should().BeGreaterThan(ClaimCount(strict.Lines[0]));
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("-x")]
    [InlineData("--min-confidnce")]
    public void An_unknown_flag_is_an_error_not_a_path(string flag)
    {
        // Defect: an unknown flag was taken as a path.
        var run = Tool.Run("extract", flag, Articles.SamplePath);

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain($"unknown option '{flag}'");
        run.Stderr.Should().NotContain("no such file");
    }

    [Fact]
    public void An_unknown_format_names_the_choices()
    {
        var run = Tool.Run("extract", Articles.SamplePath, "--format", "xml");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("--format expects one of jsonl, pretty, csv, html; got 'xml'");
    }

    [Fact]
    public void An_unknown_encoding_names_the_choices()
    {
        var run = Tool.Run("extract", Articles.SamplePath, "--encoding", "ebcdic");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("--encoding expects one of").And.Contain("latin1").And.Contain("windows-1252");
    }

    [Fact]
    public void Pretty_and_another_format_together_is_an_error()
    {
        var run = Tool.Run("extract", Articles.SamplePath, "--pretty", "--format", "csv");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("--pretty and --format csv");
    }

    [Fact]
    public void The_old_pretty_flag_still_gives_the_readable_view()
    {
        var run = Tool.Run("extract", Articles.SamplePath, "--pretty");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().StartWith("== sample-article:");
    }

    [Fact]
    public void Help_goes_to_standard_output_and_lists_the_options()
    {
        var run = Tool.Run("extract", "--help");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("--format").And.Contain("--keep-going").And.Contain("--encoding").And.Contain("--output");
    }

    private static int ClaimCount(string line) =>
        System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("claims").GetArrayLength();
}
