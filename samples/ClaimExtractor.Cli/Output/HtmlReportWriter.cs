using System.Text;

namespace ClaimExtraction.Cli.Output;

/// <summary>
/// `--format html`: one page for a single article (to a file or standard output), or for several a folder with a
/// page per article and an index.html listing them.
/// </summary>
internal sealed class HtmlReportWriter : IResultWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream? _single;
    private readonly string? _folder;
    private readonly List<(string File, string Name, ExtractionResult Result)> _pages = [];
    private readonly HashSet<string> _fileNames = new(StringComparer.OrdinalIgnoreCase) { "index.html" };

    private HtmlReportWriter(Stream? single, string? folder)
    {
        _single = single;
        _folder = folder;
    }

    /// <summary>The page of one article, written to <paramref name="output"/>.</summary>
    public static HtmlReportWriter SinglePage(Stream output) => new(output, null);

    /// <summary>A page per article and an index.html in <paramref name="folder"/> (created when missing).</summary>
    public static HtmlReportWriter Folder(string folder)
    {
        Directory.CreateDirectory(folder);
        return new HtmlReportWriter(null, folder);
    }

    public void Write(ExtractedArticle item)
    {
        if (_single is not null)
        {
            using var writer = new StreamWriter(_single, Utf8, 1 << 16, leaveOpen: true);
            HtmlReport.Write(item, writer, indexHref: null);
            return;
        }

        var file = FileNameFor(item.Article.Name);
        using (var writer = new StreamWriter(Path.Combine(_folder!, file), append: false, Utf8, 1 << 16))
        {
            HtmlReport.Write(item, writer, indexHref: "index.html");
        }

        // The index needs only the counts and names: keep the result, not the text.
        _pages.Add((file, item.Article.Name, item.Result));
    }

    public void Complete()
    {
        if (_folder is null)
        {
            _single!.Flush();
            return;
        }

        using var writer = new StreamWriter(Path.Combine(_folder, "index.html"), append: false, Utf8, 1 << 16);
        WriteIndex(writer);
    }

    public void Dispose()
    {
    }

    /// <summary>A file name from the article's name: letters, digits, dot, dash and underscore kept, the rest '_', made unique.</summary>
    private string FileNameFor(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        var stem = safe.Length > 0 ? safe.ToString() : "article";
        var file = stem + ".html";
        for (var n = 2; !_fileNames.Add(file); n++)
        {
            file = $"{stem}-{n}.html";
        }

        return file;
    }

    private void WriteIndex(TextWriter output)
    {
        var html = HtmlReport.Html;
        var claims = _pages.Sum(p => p.Result.Claims.Count);
        output.Write("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        output.Write($"<title>Who claimed what: {_pages.Count} articles</title>\n<style>{ReportAssets.Css}</style>\n</head>\n<body>\n");
        output.Write($"<header>\n<h1>Who claimed what</h1>\n<p class=\"stats\">{_pages.Count} articles · {claims} claims</p>\n</header>\n");
        output.Write("<div class=\"layout\" style=\"grid-template-columns: 1fr\">\n<main style=\"white-space: normal; line-height: 1.5\">\n");
        output.Write("<table>\n<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Claims</th><th scope=\"col\">Speakers</th><th scope=\"col\">Most quoted</th></tr></thead>\n<tbody>\n");
        foreach (var (file, name, result) in _pages)
        {
            var top = result.Claims.Where(c => c.Speaker is not null).GroupBy(c => c.Speaker!.Name)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3)
                .Select(g => $"{g.Key} ({g.Count()})");
            output.Write($"<tr><td><a href=\"{html.Encode(file)}\">{html.Encode(name)}</a></td><td class=\"n\">{result.Claims.Count}</td>");
            output.Write($"<td class=\"n\">{result.Speakers.Count}</td><td>{html.Encode(string.Join(", ", top))}</td></tr>\n");
        }

        output.Write("</tbody>\n</table>\n</main>\n</div>\n</body>\n</html>\n");
    }
}
