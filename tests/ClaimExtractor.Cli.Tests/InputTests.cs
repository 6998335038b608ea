using System.Text;
using System.Text.Json;
using ClaimExtraction.Cli.Tests.Support;

namespace ClaimExtraction.Cli.Tests;

/// <summary>Every input is checked before anything is written; encodings are detected or named, never guessed into U+FFFD.</summary>
public sealed class InputTests
{
    [Fact]
    public void A_missing_path_stops_the_run_before_any_output()
    {
        // Defect: with "a.txt missing.txt b.txt", a.txt's JSON was already printed when the run failed, and b.txt was never read.
        using var folder = new TempFolder();
        var a = folder.File("a.txt", Articles.Harbor);
        var b = folder.File("b.txt", Articles.Cafe);
        var missing = Path.Combine(folder.Path, "missing.txt");

        var run = Tool.Run("extract", a, missing, b);

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain(missing).And.Contain("no such file or folder");
    }

    [Fact]
    public void Keep_going_reports_a_missing_path_and_extracts_the_others()
    {
        using var folder = new TempFolder();
        var a = folder.File("a.txt", Articles.Harbor);
        var b = folder.File("b.txt", Articles.Cafe);
        var missing = Path.Combine(folder.Path, "missing.txt");

        var run = Tool.Run("extract", a, missing, b, "--keep-going");

        run.ExitCode.Should().Be(1, "the output lacks an input");
        Docs(run).Should().Equal("a", "b");
        run.Stderr.Should().Contain(missing).And.Contain("1 input skipped");
    }

    [Fact]
    public void A_binary_file_is_refused_with_a_clear_message()
    {
        // Defect: a file with NUL bytes gave 11 claims and no warning.
        using var folder = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes(Articles.Harbor).Concat(new byte[] { 0, 0, 0, 1, 2, 3, 0, 0xFF, 0xFE, 0, 7 }).Concat(Encoding.UTF8.GetBytes(Articles.Cafe)).ToArray();
        var binary = folder.File("image.txt", bytes);
        var good = folder.File("good.txt", Articles.Cafe);

        var run = Tool.Run("extract", good, binary);
        var kept = Tool.Run("extract", good, binary, "--keep-going");

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain(binary).And.Contain("binary");
        kept.ExitCode.Should().Be(1);
        Docs(kept).Should().Equal("good");
    }

    [Fact]
    public void An_empty_folder_is_a_bad_argument()
    {
        using var folder = new TempFolder();

        var run = Tool.Run("extract", folder.Path);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("no .txt files");
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf8_and_utf16_with_or_without_a_bom_give_the_same_claims_as_utf8(string form)
    {
        // Defect: a UTF-16 file without BOM gave 0 claims, silently.
        using var folder = new TempFolder();
        var plain = folder.File("plain.txt", Articles.Harbor);
        var bytes = form switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Articles.Harbor)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Articles.Harbor)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Articles.Harbor)],
            "utf-16le" => Encoding.Unicode.GetBytes(Articles.Harbor),
            _ => Encoding.BigEndianUnicode.GetBytes(Articles.Harbor),
        };
        var encoded = folder.File("encoded.txt", bytes);

        var expected = Tool.Run("extract", plain);
        var run = Tool.Run("extract", encoded);

        run.ExitCode.Should().Be(0, run.Stderr);
        Result(run.Lines[0]).Should().Be(Result(expected.Lines[0]));
        ClaimCount(run.Lines[0]).Should().BeGreaterThan(0);
    }

    [Fact]
    public void Latin1_text_is_refused_without_encoding_and_read_with_it()
    {
        // Defect: Latin-1 text turned into U+FFFD, silently.
        using var folder = new TempFolder();
        var utf8 = folder.File("utf8.txt", Articles.Cafe);
        var latin1 = folder.File("latin1.txt", Encoding.Latin1.GetBytes(Articles.Cafe));

        var refused = Tool.Run("extract", latin1);
        var read = Tool.Run("extract", latin1, "--encoding", "latin1");
        var expected = Tool.Run("extract", utf8);

        refused.ExitCode.Should().Be(1);
        refused.Stdout.Should().BeEmpty();
        refused.Stderr.Should().Contain("not valid UTF-8").And.Contain("--encoding latin1");
        read.ExitCode.Should().Be(0, read.Stderr);
        read.Stdout.Should().NotContain("\uFFFD");
        Result(read.Lines[0]).Should().Be(Result(expected.Lines[0]));
        read.Stdout.Should().Contain("Café Rosé");
    }

    [Fact]
    public void Windows1252_curly_quotes_are_read_with_encoding()
    {
        using var folder = new TempFolder();
        var expected = Tool.Run("extract", folder.File("utf8.txt", Articles.Harbor));
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1252 = folder.File("cp1252.txt", Encoding.GetEncoding(1252).GetBytes(Articles.Harbor));

        var refused = Tool.Run("extract", cp1252);
        var read = Tool.Run("extract", cp1252, "--encoding", "windows-1252");

        refused.ExitCode.Should().Be(1);
        read.ExitCode.Should().Be(0, read.Stderr);
        Result(read.Lines[0]).Should().Be(Result(expected.Lines[0]));
    }

    [Fact]
    public void Standard_input_is_one_article_and_its_encoding_is_detected_too()
    {
        var run = Tool.Run(["extract", "-"], [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Articles.Harbor)]);

        run.ExitCode.Should().Be(0, run.Stderr);
        Docs(run).Should().Equal("stdin");
        ClaimCount(run.Lines[0]).Should().BeGreaterThan(0);
    }

    [Fact]
    public void Utf16_sniffing_needs_the_nul_pattern_on_one_side_only()
    {
        TextDecoder.SniffUtf16(Encoding.Unicode.GetBytes("Plain English text.")).Should().Be(InputEncoding.Utf16LittleEndian);
        TextDecoder.SniffUtf16(Encoding.BigEndianUnicode.GetBytes("Plain English text.")).Should().Be(InputEncoding.Utf16BigEndian);
        TextDecoder.SniffUtf16(Encoding.UTF8.GetBytes("Plain English text.")).Should().Be(InputEncoding.Auto);
        TextDecoder.SniffUtf16(new byte[64]).Should().Be(InputEncoding.Auto, "NULs on both sides are binary, not UTF-16");
    }

    internal static string[] Docs(CliRun run) =>
        [.. run.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()!)];

    internal static int ClaimCount(string line) => JsonDocument.Parse(line).RootElement.GetProperty("claims").GetArrayLength();

    /// <summary>The line without its "doc" field: the result itself.</summary>
    internal static string Result(string line) => line[line.IndexOf("\"claims\"", StringComparison.Ordinal)..];
}
