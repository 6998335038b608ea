using System.Text.Json;

namespace ClaimExtraction.Training.Clustering;

/// <summary>
/// <c>cluster-dump --data DIR --out FILE</c>: the library's claims of a split (one JSON line per article: doc, claims
/// with id, kind, spans, speaker name and kind) and, in FILE.clusters.json, its clusters; for proposing gold pairs and
/// reading the variants by hand.
/// </summary>
internal static class ClusterDumpCommand
{
    public static int Run(string data, string output)
    {
        var corpus = ClusterCorpus.Load(data);
        using (var writer = new StreamWriter(output))
        {
            for (var i = 0; i < corpus.Documents.Length; i++)
            {
                var claims = corpus.Results[i].Claims.Select(c => new
                {
                    id = c.Id,
                    kind = c.Kind.ToString(),
                    spans = c.Spans.Select(s => new[] { s.Start, s.End }),
                    speaker = c.Speaker?.Name,
                    speakerKind = c.Speaker?.Kind.ToString(),
                    key = ClaimClusterer.SpeakerKey(c.Speaker),
                });
                writer.WriteLine(JsonSerializer.Serialize(new { doc = corpus.Documents[i], claims }));
            }
        }

        var clusters = ClaimClusterer.Cluster(corpus.Results, corpus.Published);
        File.WriteAllText(output + ".clusters.json", ClaimClusterer.ToJson(clusters, indented: true));
        Console.WriteLine($"{corpus.Documents.Length} articles, {corpus.Results.Sum(r => r.Claims.Count)} claims, {clusters.Count} clusters");
        return 0;
    }
}
