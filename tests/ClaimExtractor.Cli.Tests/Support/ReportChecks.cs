using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ClaimExtraction.Cli.Tests.Support;

/// <summary>Checks a report page's DOM against the extraction it shows: every claim, cue, source and hedge highlighted, speakers and legend present.</summary>
internal static class ReportChecks
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Checks <paramref name="page"/> against <paramref name="jsonLine"/> (the same article's JSON line) and <paramref name="text"/>.</summary>
    public static void CheckPage(IDocument page, string text, string jsonLine)
    {
        using var json = JsonDocument.Parse(jsonLine);
        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
        claims.Should().NotBeEmpty();

        var legend = page.QuerySelector("ul.legend");
        legend.Should().NotBeNull("the page has a legend");
        foreach (var kind in new[] { "source", "cue", "content", "hedge" })
        {
            legend!.QuerySelector("." + kind).Should().NotBeNull($"the legend shows the {kind} mark");
        }

        var main = page.QuerySelector("main#article")!;
        main.TextContent.Should().Be(text, "the article text is on the page as it is");
        foreach (var claim in claims)
        {
            var id = claim.GetProperty("id").GetString()!;
            var start = main.QuerySelector($"#{id}");
            start.Should().NotBeNull($"claim {id} has an element that takes focus");
            start!.GetAttribute("tabindex").Should().Be("0");

            var content = string.Concat(main.QuerySelectorAll($".content[data-claims~='{id}']").Select(e => e.TextContent));
            var spans = string.Concat(claim.GetProperty("spans").EnumerateArray().Select(s => Slice(text, s)));
            content.Should().Be(spans, $"every character of claim {id}'s content is highlighted");

            if (claim.GetProperty("cue") is { ValueKind: JsonValueKind.Object } cue)
            {
                string.Concat(main.QuerySelectorAll($".cue[data-claims~='{id}']").Select(e => e.TextContent))
                    .Should().Be(Slice(text, cue), $"claim {id}'s cue is highlighted");
            }

            if (claim.GetProperty("speaker") is { ValueKind: JsonValueKind.Object } speaker)
            {
                var speakerId = speaker.GetProperty("id").GetString()!;
                var section = page.QuerySelector($"aside section.speaker#speaker-{speakerId}");
                section.Should().NotBeNull($"speaker {speakerId} has a group in the side panel");
                section!.QuerySelector(".name")!.TextContent.Should().Be(speaker.GetProperty("name").GetString());
                section.QuerySelector($"a[data-claim='{id}']").Should().NotBeNull($"claim {id} is listed under its speaker");
                section.QuerySelector($"a[data-claim='{id}'] .bar span").Should().NotBeNull("each claim has a certainty bar");
                if (speaker.GetProperty("mention") is { ValueKind: JsonValueKind.Object } mention)
                {
                    var source = string.Concat(main.QuerySelectorAll($"a.source[data-claims~='{id}']").Select(e => e.TextContent));
                    source.Should().Be(Slice(text, mention), $"claim {id}'s source is highlighted");
                    main.QuerySelectorAll($"a.source[data-claims~='{id}']").Select(e => e.GetAttribute("href"))
                        .Should().Contain($"#speaker-{speakerId}", "the source links to its speaker");
                }
            }

            foreach (var hedge in claim.GetProperty("hedges").EnumerateArray())
            {
                main.QuerySelectorAll($".hedge[data-claims~='{id}']").Select(e => e.TextContent)
                    .Should().Contain(hedge.GetProperty("text").GetString(), $"claim {id}'s hedges are highlighted");
            }
        }

        page.QuerySelectorAll("button.filter").Should().NotBeEmpty("speakers filter the view");
        page.QuerySelector("#claim-data").Should().NotBeNull();
        CheckSelfContained(page);
    }

    /// <summary>Nothing on the page is fetched: no linked style sheets, scripts, images or frames, no remote URL anywhere.</summary>
    public static void CheckSelfContained(IDocument page)
    {
        page.QuerySelectorAll("link, img, iframe, object, embed, script[src], [src]").Should().BeEmpty();
        page.DocumentElement.OuterHtml.Should().NotContain("http://").And.NotContain("https://").And.NotContain("url(").And.NotContain("@import");
    }

    private static string Slice(string text, JsonElement range) =>
        text[range.GetProperty("start").GetInt32()..range.GetProperty("end").GetInt32()];

    public static string ReadUtf8(string path) => File.ReadAllText(path, Encoding.UTF8);
}
