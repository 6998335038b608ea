using ClaimExtraction.Attribution;
using ClaimExtraction.Models;
using ClaimExtraction.Pipeline;

namespace ClaimExtraction.Training.Commands;

/// <summary>
/// <c>analyze FILE [--lines A-B]</c>: prints the library's tokens, tags, lemmas, entities and dependencies, one token
/// a line, with the cue tagger's margin (positive: the token is part of a cue).
/// </summary>
internal static class AnalyzeCommand
{
    public static int Run(string path, int firstLine, int lastLine)
    {
        var text = File.ReadAllText(path);
        var doc = DocumentPipeline.Default.Analyze(text, CancellationToken.None);
        var context = new AttributionContext(doc);
        Span<ulong> features = stackalloc ulong[CueFeatures.Max];
        Span<float> scores = stackalloc float[CueFeatures.ClassCount];
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            var sentence = doc.Sentences[s];
            if (sentence.Paragraph < firstLine || sentence.Paragraph > lastLine)
            {
                continue;
            }

            Console.WriteLine($"# sentence {s} (paragraph {sentence.Paragraph})");
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var t = doc.Tokens[i];
                var head = t.Head < 0 ? 0 : t.Head - sentence.FirstToken + 1;
                ModelStore.Attribution.Cues.Score(features[..CueFeatures.Extract(context, i, features)], scores);
                var cueMargin = scores[CueFeatures.Inside] - scores[CueFeatures.Outside];
                Console.WriteLine($"{i - sentence.FirstToken + 1}\t{doc.TokenText(i)}\t{t.Lemma}\t{Documents.PosTags.ToPtb(t.Pos)}\t{t.Entity}\t{head}\t{t.Relation}\t{cueMargin:F1}");
            }
        }

        return 0;
    }
}
