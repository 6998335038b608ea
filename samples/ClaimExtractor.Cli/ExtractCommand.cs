using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimExtraction.Cli;

/// <summary>`extract`: JSON Lines for tools (score.py, check_seed.py) or a readable view for people.</summary>
internal static class ExtractCommand
{
    public static int Run(string[] paths, bool pretty, double? minimumConfidence, TextWriter output, TextWriter error, string? clustersPath = null)
    {
        var options = new ClaimExtractorOptions();
        options.MinimumConfidence = minimumConfidence ?? options.MinimumConfidence;
        ClaimExtractor extractor;
        try
        {
            extractor = new ClaimExtractor(options);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // The library's own check of the options: one rule, one message.
            error.WriteLine($"error: --min-confidence: {ex.Message}");
            return 2;
        }

        // --clusters: the claims of all articles grouped by statement (a member's article is its line in the output).
        var clusterer = clustersPath is null ? null : new ClaimClusterer();
        try
        {
            foreach (var article in ArticleSource.Expand(paths))
            {
                var result = extractor.Extract(article.Text);
                clusterer?.Add(result);
                if (pretty)
                {
                    PrettyPrinter.Write(article.Name, result, output);
                    continue;
                }

                var line = JsonNode.Parse(result.ToJson())!.AsObject();
                var withDoc = new JsonObject { ["doc"] = article.Name };
                foreach (var (key, value) in line.ToList())
                {
                    line.Remove(key);
                    withDoc[key] = value;
                }

                output.WriteLine(withDoc.ToJsonString(ExtractionResult.JsonOptions));
            }

            if (clusterer is not null)
            {
                File.WriteAllText(clustersPath!, ClaimClusterer.ToJson(clusterer.GetClusters(), indented: true));
            }

            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }
}
