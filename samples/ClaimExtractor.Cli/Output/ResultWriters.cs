using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace ClaimExtraction.Cli.Output;

/// <summary>Writes the results of a run in one format, article by article as they come.</summary>
internal interface IResultWriter : IDisposable
{
    void Write(ExtractedArticle item);

    /// <summary>Ends the output (an index page, a last flush) once every article is written.</summary>
    void Complete();
}

/// <summary>
/// JSON Lines, one <c>{"doc", "claims", "speakers"}</c> per article: what score.py and check_seed.py read. Each result
/// is serialized once, by the library's <see cref="ExtractionResult.ToJson"/>; the "doc" field goes in front of it.
/// </summary>
internal sealed class JsonLinesWriter(Stream output) : IResultWriter
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };

    public void Write(ExtractedArticle item)
    {
        var json = item.Result.ToJson();
        _writer.Write("{\"doc\":\"");
        _writer.Write(JsonEncodedText.Encode(item.Article.Name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value);
        _writer.Write("\",");
        _writer.Write(json.AsSpan(1)); // past the result's own opening brace
        _writer.WriteLine();
    }

    public void Complete() => _writer.Flush();

    public void Dispose() => _writer.Dispose();
}

/// <summary>The readable view: one block per claim.</summary>
internal sealed class PrettyWriter(Stream output) : IResultWriter
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };

    public void Write(ExtractedArticle item) => PrettyPrinter.Write(item.Article.Name, item.Result, _writer);

    public void Complete() => _writer.Flush();

    public void Dispose() => _writer.Dispose();
}

/// <summary>
/// One row per claim, RFC 4180 (CsvHelper: CRLF rows, fields quoted when they hold a comma, quote or line break), in
/// UTF-8 with a BOM so spreadsheet programs take it for UTF-8; numbers culture-invariant.
/// </summary>
internal sealed class CsvResultWriter : IResultWriter
{
    /// <summary>The header row.</summary>
    public static readonly string[] Columns =
    [
        "article", "claim", "speaker", "speaker_kind", "cue", "kind", "text", "hedges", "hedge_categories",
        "certainty", "confidence", "start", "end", "spans", "cue_start", "cue_end", "speaker_start", "speaker_end",
    ];

    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;

    public CsvResultWriter(Stream output)
    {
        _text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        _csv = new CsvWriter(_text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\r\n",
            // With NewLine set, CsvHelper would quote only fields holding "\r\n": a claim across paragraphs holds a bare "\n".
            ShouldQuote = args => args.Field is { Length: > 0 } field
                && (field.AsSpan().IndexOfAny("\",\r\n") >= 0 || field[0] == ' ' || field[^1] == ' '),
        });
        foreach (var column in Columns)
        {
            _csv.WriteField(column);
        }

        _csv.NextRecord();
    }

    public void Write(ExtractedArticle item)
    {
        foreach (var claim in item.Result.Claims)
        {
            _csv.WriteField(item.Article.Name);
            _csv.WriteField(claim.Id);
            _csv.WriteField(claim.Speaker?.Name ?? "");
            _csv.WriteField(claim.Speaker is null ? "" : Names.Of(claim.Speaker.Kind));
            _csv.WriteField(claim.Cue?.Text ?? "");
            _csv.WriteField(Names.Of(claim.Kind));
            _csv.WriteField(claim.Text);
            _csv.WriteField(string.Join("; ", claim.Hedges.Select(h => h.Text)));
            _csv.WriteField(string.Join("; ", claim.Hedges.Select(h => Names.Of(h.Category))));
            _csv.WriteField(Names.Number(claim.Certainty));
            _csv.WriteField(Names.Number(claim.Confidence));
            _csv.WriteField(Names.Number(claim.Spans[0].Start));
            _csv.WriteField(Names.Number(claim.Spans[^1].End));
            _csv.WriteField(string.Join(" ", claim.Spans.Select(s => Names.Number(s.Start) + "-" + Names.Number(s.End))));
            _csv.WriteField(claim.Cue is null ? "" : Names.Number(claim.Cue.Start));
            _csv.WriteField(claim.Cue is null ? "" : Names.Number(claim.Cue.End));
            _csv.WriteField(claim.Speaker?.Mention is { } m ? Names.Number(m.Start) : "");
            _csv.WriteField(claim.Speaker?.Mention is { } n ? Names.Number(n.End) : "");
            _csv.NextRecord();
        }
    }

    public void Complete()
    {
        _csv.Flush();
        _text.Flush();
    }

    public void Dispose()
    {
        _csv.Dispose();
        _text.Dispose();
    }
}

/// <summary>The JSON shape's names for enum values, and invariant numbers, for every text format.</summary>
internal static class Names
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
