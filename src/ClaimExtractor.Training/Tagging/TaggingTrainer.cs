using System.Diagnostics;
using ClaimExtraction.Models;
using ClaimExtraction.Tagging;
using ClaimExtraction.Training.Commands;

namespace ClaimExtraction.Training.Tagging;

/// <summary>
/// Trains the part-of-speech tagger, the lemmatizer and the entity recognizer (in that order: the recognizer learns
/// from the tagger's own output) and writes pos.bin, lemma.bin and ner.bin. Hands the tagger on as product "pos".
/// </summary>
internal sealed class TaggingTrainer : ITrainer
{
    public string Name => "tagging";

    public void Train(TrainingContext context)
    {
        var options = new TaggerTrainingOptions { Log = context.Log };
        var sentences = context.CopySentences();
        context.Log($"tagging: {sentences.Count} sentences, {sentences.Sum(s => s.Tokens.Length)} tokens");

        var clock = Stopwatch.StartNew();
        var tagger = PartOfSpeechTrainer.Train(sentences, options);
        Save(context, ModelStore.PartOfSpeechFile, PartOfSpeechTagger.Kind, PartOfSpeechTagger.Version, tagger.Write);
        context.Products["pos"] = tagger;
        context.Log($"pos: {tagger.Model.FeatureCount} features, {tagger.Model.EntryCount} weights, {tagger.TagDictionary.Count} dictionary words ({clock.Elapsed.TotalSeconds:F1} s)");

        clock.Restart();
        var lemmatizer = LemmatizerTrainer.Train(sentences, context.Log);
        Save(context, ModelStore.LemmatizerFile, Lemmatizer.Kind, Lemmatizer.Version, lemmatizer.Write);
        context.Products["lemma"] = lemmatizer;

        // The recognizer sees predicted tags at run time, so it learns from them too.
        foreach (var sentence in sentences)
        {
            tagger.TagInPlace(sentence.Text, sentence.Tokens);
        }

        clock.Restart();
        var recognizer = EntityTrainer.Train(sentences, options);
        Save(context, ModelStore.EntityFile, EntityRecognizer.Kind, EntityRecognizer.Version, recognizer.Write);
        context.Products["ner"] = recognizer;
        context.Log($"ner: {recognizer.Model.FeatureCount} features, {recognizer.Model.EntryCount} weights, {recognizer.Gazetteer.PhraseCount} phrases, {recognizer.Gazetteer.WordCount} words ({clock.Elapsed.TotalSeconds:F1} s)");
    }

    private static void Save(TrainingContext context, string fileName, string kind, int version, Action<BinaryWriter> write)
    {
        var path = context.OutputPath(fileName);
        ModelFile.Write(path, kind, version, write);
        context.Log($"wrote {path} ({new FileInfo(path).Length / 1024.0:F0} KiB)");
    }
}
