using ClaimExtraction.Training.Lexicons;
using ClaimExtraction.Training.Text;

var command = args.Length > 0 ? args[0] : "";
string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

switch (command)
{
    case "text-eval":
        var scores = TextEvaluation.Evaluate(Option("--data", "../shared/polnear/dev"), int.Parse(Option("--examples", "0")));
        foreach (var e in scores.Examples)
        {
            Console.WriteLine(e);
        }

        Console.WriteLine($"tokenF1 {scores.TokenF1:F4} sentenceF1 {scores.SentenceF1:F4} tokens {scores.Tokens}");
        return 0;
    case "lexicon":
        var outDir = Option("--out", "src/ClaimExtractor/Resources");
        File.WriteAllText(Path.Combine(outDir, "cues.tsv"), CueLexiconBuilder.Build(Option("--data", "../shared/polnear/train")));
        File.WriteAllText(Path.Combine(outDir, "wordtags.tsv"), WordTagLexiconBuilder.Build(Option("--data", "../shared/polnear/train")));
        return 0;
    default:
        Console.Error.WriteLine("usage: text-eval --data DIR");
        return 2;
}
