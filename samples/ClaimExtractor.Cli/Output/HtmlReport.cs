using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ClaimExtraction.Cli.Output;

/// <summary>
/// A self-contained HTML page of one article: its text with sources, cues, contents and hedges marked (colour and a
/// distinct underline each), a legend, a tooltip per claim, and a side panel of the claims by speaker that filters the
/// view. With clusters (<c>--clusters</c>), a claim that other claims report too links to its cluster: the claim's
/// tooltip and panel entry name the cluster and how many articles carry it, and the panel lists the cluster's members
/// with links to them (on the other articles' pages). Inline CSS and script only; the page fetches nothing.
/// </summary>
internal static class HtmlReport
{
    private enum MarkKind
    {
        Content,
        Source,
        Cue,
        Hedge,
    }

    /// <summary>A marked range of the text and the claims it belongs to (a hedge or a source can serve several).</summary>
    private sealed class Mark(MarkKind kind, int start, int end)
    {
        public MarkKind Kind { get; } = kind;

        public int Start { get; } = start;

        public int End { get; } = end;

        public List<Claim> Claims { get; } = [];

        public string? SpeakerId { get; set; }

        public string? Category { get; set; }
    }

    internal static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Writes the page for <paramref name="item"/>; <paramref name="indexHref"/> links back to a folder's index page.</summary>
    /// <param name="item">The article and its result.</param>
    /// <param name="output">Where the page goes.</param>
    /// <param name="indexHref">The index page's address, or null for a single page.</param>
    /// <param name="clusters">The run's clusters, or null when none were computed.</param>
    /// <param name="articleIndex">The article's index among the clustered results.</param>
    public static void Write(ExtractedArticle item, TextWriter output, string? indexHref, ReportClusters? clusters = null, int articleIndex = 0)
    {
        var (article, result) = item;
        Func<string, ClusterView?> clusterOf = clusters is null ? _ => null : id => clusters.For(articleIndex, id);
        var hedges = result.Claims.Sum(c => c.Hedges.Count);
        output.Write("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        output.Write($"<title>{Html.Encode(article.Name)}: who claimed what</title>\n<style>{ReportAssets.Css}</style>\n</head>\n<body>\n");
        output.Write("<header>\n");
        if (indexHref is not null)
        {
            output.Write($"<p class=\"back\"><a href=\"{Html.Encode(indexHref)}\">← all articles</a></p>\n");
        }

        output.Write($"<h1>{Html.Encode(article.Name)}</h1>\n");
        output.Write($"<p class=\"stats\">{result.Claims.Count} claims · {result.Speakers.Count} speakers · {hedges} hedges</p>\n");
        WriteLegend(output);
        output.Write("</header>\n<div class=\"layout\">\n<main id=\"article\" aria-label=\"Article text with the claims marked\">");
        WriteText(article.Text, result, output);
        output.Write("</main>\n");
        WritePanel(result, output, clusterOf, clusters?.OfArticle(articleIndex) ?? []);
        output.Write("</div>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n");
        output.Write("<script type=\"application/json\" id=\"claim-data\">");
        output.Write(ClaimData(result, clusterOf));
        output.Write($"</script>\n<script>{ReportAssets.Script}</script>\n</body>\n</html>\n");
    }

    private static void WriteLegend(TextWriter output)
    {
        output.Write("<ul class=\"legend\" aria-label=\"Legend\">");
        output.Write("<li><span class=\"source\">Source</span> who is credited (double underline)</li>");
        output.Write("<li><span class=\"cue\">Cue</span> the words that introduce the claim (thick underline)</li>");
        output.Write("<li><span class=\"content\">Content</span> what is claimed (dashed underline)</li>");
        output.Write("<li><span class=\"hedge\">Hedge</span> a word that weakens it (wavy underline)</li>");
        output.Write("</ul>\n");
    }

    /// <summary>The article text, cut where any mark starts or ends; each piece nests the marks over it, content outermost.</summary>
    private static void WriteText(string text, ExtractionResult result, TextWriter output)
    {
        var marks = CollectMarks(text.Length, result);
        var bounds = new SortedSet<int> { 0, text.Length };
        foreach (var mark in marks)
        {
            bounds.Add(mark.Start);
            bounds.Add(mark.End);
        }

        marks.Sort((a, b) => a.Start.CompareTo(b.Start));
        var active = new List<Mark>();
        var anchored = new HashSet<string>(StringComparer.Ordinal);
        var next = 0;
        var previous = -1;
        foreach (var bound in bounds)
        {
            if (previous >= 0 && bound > previous)
            {
                active.RemoveAll(m => m.End <= previous);
                while (next < marks.Count && marks[next].Start <= previous)
                {
                    if (marks[next].End > previous)
                    {
                        active.Add(marks[next]);
                    }

                    next++;
                }

                WriteSegment(text, previous, bound, active, anchored, output);
            }

            previous = bound;
        }
    }

    private static List<Mark> CollectMarks(int length, ExtractionResult result)
    {
        var byRange = new Dictionary<(MarkKind, int, int), Mark>();
        foreach (var claim in result.Claims)
        {
            foreach (var span in claim.Spans)
            {
                Add(MarkKind.Content, span.Start, span.End, claim);
            }

            if (claim.Cue is { } cue)
            {
                Add(MarkKind.Cue, cue.Start, cue.End, claim);
            }

            if (claim.Speaker?.Mention is { } mention)
            {
                Add(MarkKind.Source, mention.Start, mention.End, claim).SpeakerId = claim.Speaker.Id;
            }

            foreach (var hedge in claim.Hedges)
            {
                Add(MarkKind.Hedge, hedge.Start, hedge.End, claim).Category = Names.Of(hedge.Category);
            }
        }

        return [.. byRange.Values.Where(m => m.End > m.Start)];

        Mark Add(MarkKind kind, int start, int end, Claim claim)
        {
            start = Math.Clamp(start, 0, length);
            end = Math.Clamp(end, start, length);
            if (!byRange.TryGetValue((kind, start, end), out var mark))
            {
                byRange[(kind, start, end)] = mark = new Mark(kind, start, end);
            }

            mark.Claims.Add(claim);
            return mark;
        }
    }

    private static void WriteSegment(string text, int start, int end, List<Mark> active, HashSet<string> anchored, TextWriter output)
    {
        var closers = new Stack<string>();
        for (var kind = MarkKind.Content; kind <= MarkKind.Hedge; kind++)
        {
            var claims = new List<Claim>();
            Mark? first = null;
            foreach (var mark in active)
            {
                if (mark.Kind == kind)
                {
                    // The innermost mark speaks for the piece ("his" inside "his reluctance to …": the source link is his).
                    first = first is null || mark.End - mark.Start < first.End - first.Start ? mark : first;
                    claims.AddRange(mark.Claims);
                }
            }

            if (first is null)
            {
                continue;
            }

            // The innermost claim first: it is the one a pointer over these words means.
            claims = [.. claims.DistinctBy(c => c.Id).OrderBy(c => c.Spans[^1].End - c.Spans[0].Start)];
            var ids = Html.Encode(string.Join(' ', claims.Select(c => c.Id)));
            switch (kind)
            {
                case MarkKind.Content:
                    // A claim's first piece carries its id and takes keyboard focus; claims starting at the same place get an anchor each.
                    var starting = claims.Where(c => c.Spans[0].Start == start && anchored.Add(c.Id)).ToList();
                    for (var i = 1; i < starting.Count; i++)
                    {
                        output.Write($"<span class=\"anchor\" id=\"{Html.Encode(starting[i].Id)}\" data-claims=\"{Html.Encode(starting[i].Id)}\" tabindex=\"0\" aria-describedby=\"tip\"></span>");
                    }

                    var head = starting.Count > 0 ? $" id=\"{Html.Encode(starting[0].Id)}\" tabindex=\"0\" aria-describedby=\"tip\"" : "";
                    output.Write($"<span class=\"content\" data-claims=\"{ids}\"{head}>");
                    closers.Push("</span>");
                    break;
                case MarkKind.Source:
                    output.Write($"<a class=\"source\" href=\"#speaker-{Html.Encode(first.SpeakerId ?? "")}\" data-claims=\"{ids}\" data-speaker=\"{Html.Encode(first.SpeakerId ?? "")}\">");
                    closers.Push("</a>");
                    break;
                case MarkKind.Cue:
                    output.Write($"<span class=\"cue\" data-claims=\"{ids}\">");
                    closers.Push("</span>");
                    break;
                default:
                    output.Write($"<span class=\"hedge\" data-claims=\"{ids}\" data-category=\"{Html.Encode(first.Category ?? "")}\">");
                    closers.Push("</span>");
                    break;
            }
        }

        output.Write(Html.Encode(text.AsSpan(start, end - start).ToString()));
        while (closers.Count > 0)
        {
            output.Write(closers.Pop());
        }
    }

    private static void WritePanel(ExtractionResult result, TextWriter output, Func<string, ClusterView?> clusterOf, IReadOnlyList<ClusterView> clusters)
    {
        output.Write("<aside id=\"panel\" aria-label=\"Claims by speaker\">\n<h2>Claims by speaker</h2>\n");
        output.Write("<p class=\"hint\">Select speakers to show only their claims; select again to show all.</p>\n");
        foreach (var speaker in result.Speakers)
        {
            var claims = result.Claims.Where(c => c.Speaker?.Id == speaker.Id).ToList();
            WriteGroup(output, speaker.Id, speaker.Name, Names.Of(speaker.Kind), speaker.Roles, claims, clusterOf);
        }

        var unsourced = result.Claims.Where(c => c.Speaker is null).ToList();
        if (unsourced.Count > 0)
        {
            WriteGroup(output, "none", "No source found", "", [], unsourced, clusterOf);
        }

        WriteClusters(output, clusters);
        output.Write("</aside>\n");
    }

    /// <summary>The clusters this article's claims belong to, each with its members linked (the ones on this page marked).</summary>
    private static void WriteClusters(TextWriter output, IReadOnlyList<ClusterView> clusters)
    {
        if (clusters.Count == 0)
        {
            return;
        }

        output.Write("<h2 class=\"clusters-title\">The same statement in other claims</h2>\n");
        foreach (var cluster in clusters)
        {
            output.Write($"<section class=\"cluster\" id=\"{cluster.Anchor}\">\n<h3>Cluster {cluster.Number}: {Html.Encode(cluster.Speaker)}");
            output.Write($" <span class=\"count\">{cluster.Members.Count} claims in {cluster.Articles} article{(cluster.Articles == 1 ? "" : "s")}</span></h3>\n");
            output.Write($"<p class=\"rep\">{Html.Encode(cluster.Text)}</p>\n<ol>\n");
            foreach (var member in cluster.Members)
            {
                output.Write($"<li><a class=\"member{(member.Here ? " here" : "")}\" href=\"{Html.Encode(member.Href)}\">");
                output.Write($"<span class=\"article\">{Html.Encode(member.Here ? "this article" : member.Article)}</span> ");
                output.Write($"<span class=\"excerpt\">{Html.Encode(member.Excerpt)}</span></a></li>\n");
            }

            output.Write("</ol>\n</section>\n");
        }
    }

    private static void WriteGroup(TextWriter output, string id, string name, string kind, IReadOnlyList<string> roles, List<Claim> claims, Func<string, ClusterView?> clusterOf)
    {
        var mean = claims.Count > 0 ? claims.Average(c => c.Certainty) : 0;
        output.Write($"<section class=\"speaker\" id=\"speaker-{Html.Encode(id)}\" data-speaker=\"{Html.Encode(id)}\">\n");
        output.Write($"<h3><button type=\"button\" class=\"filter\" aria-pressed=\"false\" data-speaker=\"{Html.Encode(id)}\">");
        output.Write($"<span class=\"name\">{Html.Encode(name)}</span>");
        if (kind.Length > 0)
        {
            output.Write($" <span class=\"kind\">{Html.Encode(kind)}</span>");
        }

        output.Write($" <span class=\"count\">{claims.Count} claim{(claims.Count == 1 ? "" : "s")}, mean certainty {Names.Number(Math.Round(mean, 2))}</span></button></h3>\n");
        if (roles.Count > 0)
        {
            output.Write($"<p class=\"roles\">{Html.Encode(string.Join("; ", roles))}</p>\n");
        }

        output.Write("<ol>\n");
        foreach (var claim in claims)
        {
            var percent = Math.Round(claim.Certainty * 100);
            var excerpt = claim.Text.Length > 160 ? claim.Text[..157] + "…" : claim.Text;
            output.Write($"<li><a href=\"#{Html.Encode(claim.Id)}\" data-claim=\"{Html.Encode(claim.Id)}\">");
            output.Write($"<span class=\"bar\" role=\"img\" aria-label=\"certainty {Names.Number(claim.Certainty)}\"><span style=\"width:{Names.Number(percent)}%\"></span></span>");
            output.Write($"<span class=\"num\">{claim.Certainty.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}</span> ");
            output.Write($"<span class=\"cue-word\">{Html.Encode(claim.Cue?.Text ?? "(no cue)")}</span> ");
            output.Write($"<span class=\"excerpt\">{Html.Encode(excerpt)}</span></a>");
            if (clusterOf(claim.Id) is { } cluster)
            {
                output.Write($"<a class=\"cluster-tag\" href=\"#{cluster.Anchor}\" data-cluster=\"{cluster.Number}\">{Html.Encode(cluster.Summary)}</a>");
            }

            output.Write("</li>\n");
        }

        output.Write("</ol>\n</section>\n");
    }

    /// <summary>What the tooltip shows, per claim id; JSON escaped for a script element ("&lt;" and "&amp;" as \u escapes).</summary>
    private static string ClaimData(ExtractionResult result, Func<string, ClusterView?> clusterOf)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            foreach (var claim in result.Claims)
            {
                json.WriteStartObject(claim.Id);
                json.WriteString("speaker", claim.Speaker?.Name);
                json.WriteString("speakerId", claim.Speaker?.Id ?? "none");
                json.WriteString("speakerKind", claim.Speaker is null ? null : Names.Of(claim.Speaker.Kind));
                json.WriteString("cue", claim.Cue?.Text);
                json.WriteString("kind", Names.Of(claim.Kind));
                json.WriteNumber("certainty", claim.Certainty);
                json.WriteNumber("confidence", claim.Confidence);
                json.WriteStartArray("hedges");
                foreach (var hedge in claim.Hedges)
                {
                    json.WriteStringValue($"{hedge.Text} ({Names.Of(hedge.Category)})");
                }

                json.WriteEndArray();
                if (clusterOf(claim.Id) is { } cluster)
                {
                    json.WriteNumber("cluster", cluster.Number);
                    json.WriteNumber("clusterArticles", cluster.Articles);
                    json.WriteNumber("clusterClaims", cluster.Members.Count);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
