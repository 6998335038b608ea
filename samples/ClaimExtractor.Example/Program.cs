// The README's examples, verbatim (a test checks that every C# block of the README is in this project, and CI builds
// it; the package check also compiles this file against the packed packages, on net8.0, net10.0 and Native AOT).
// Run it in a folder with an article.txt and an articles/ folder of .txt files.
using ClaimExtraction;

var extractor = new ClaimExtractor();              // thread-safe: create once, share
var result = extractor.Extract(File.ReadAllText("article.txt"));
foreach (var claim in result.Claims)
{
    Console.WriteLine($"{claim.Speaker?.Name ?? "?"} --{claim.Cue?.Text}--> {claim.Text}");
    Console.WriteLine($"  {claim.Kind}, certainty {claim.Certainty:0.00}, hedges: {string.Join(", ", claim.Hedges.Select(h => h.Text))}");
}
string json = result.ToJson();                     // the shape below
Console.WriteLine(json);

var articles = Directory.GetFiles("articles", "*.txt").Order().Select(File.ReadAllText).ToList();
var results = extractor.ExtractMany(articles);     // one ExtractionResult per article, same order
foreach (var speaker in results.SelectMany(r => r.Claims).Where(c => c.Speaker is not null)
                              .GroupBy(c => c.Speaker!.Name))
{
    Console.WriteLine($"{speaker.Key}: {speaker.Count()} claims, mean certainty {speaker.Average(c => c.Certainty):0.00}");
    foreach (var claim in speaker.OrderBy(c => c.Certainty))
        Console.WriteLine($"  {claim.Certainty:0.00} [{string.Join(", ", claim.Hedges.Select(h => h.Text))}] {claim.Text}");
}

var files = Directory.EnumerateFiles("articles", "*.txt").Order();
var batch = new BatchOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
foreach (var (file, each) in files.Zip(extractor.ExtractStream(files.Select(File.ReadAllText), batch)))
    Console.WriteLine($"{Path.GetFileName(file)}: {each.Claims.Count} claims");

await foreach (var each in extractor.ExtractManyAsync(ReadAsync(files)))
    Console.WriteLine(each.ToJson());

static async IAsyncEnumerable<string> ReadAsync(IEnumerable<string> paths)
{
    foreach (var path in paths)
        yield return await File.ReadAllTextAsync(path);
}
