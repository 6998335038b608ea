using ClaimExtraction.Documents;

namespace ClaimExtraction.Tagging;

/// <summary>
/// Trains the <see cref="EntityRecognizer"/>. The sentences' <see cref="Token.Pos"/> should be what the tagger
/// predicts (as at run time) and <see cref="Token.Entity"/> the reference. Gazetteer features are computed with a
/// gazetteer built from the other half of the articles, so the model learns how far to trust names it has not
/// memorised; the shipped gazetteer is built from all of them.
/// </summary>
internal static class EntityTrainer
{
    /// <summary>Articles are dealt into this many folds; each fold's gazetteer features come from the other folds.</summary>
    public const int FoldCount = 2;

    public static EntityRecognizer Train(IReadOnlyList<LabeledSentence> sentences, TaggerTrainingOptions options)
    {
        var folds = new int[sentences.Count];
        var article = -1;
        string? lastText = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (!ReferenceEquals(sentences[s].Text, lastText))
            {
                article++;
                lastText = sentences[s].Text;
            }

            folds[s] = article % FoldCount;
        }

        var halves = new Gazetteer[FoldCount];
        for (var fold = 0; fold < FoldCount; fold++)
        {
            halves[fold] = Gazetteer.Build(Enumerable.Range(0, sentences.Count).Where(s => folds[s] != fold).Select(s => sentences[s]).ToList());
        }

        // Hash and match once; the features only depend on them and the running labels.
        var hashed = new TokenHashes[sentences.Count][];
        var gazettes = new byte[sentences.Count][];
        var profiles = new byte[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            hashed[s] = new TokenHashes[sentence.Tokens.Length];
            TokenHasher.Hash(sentence.Text, sentence.Tokens, hashed[s]);
            gazettes[s] = new byte[sentence.Tokens.Length];
            halves[folds[s]].Match(hashed[s], gazettes[s]);
            profiles[s] = new byte[sentence.Tokens.Length];
            halves[folds[s]].Profiles(hashed[s], profiles[s]);
        }

        var perceptron = new AveragedPerceptron(EntityRecognizer.LabelCount);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new DeterministicRandom(options.Seed ^ 0x4E4552UL);
        Span<ulong> features = stackalloc ulong[EntityRecognizer.MaxFeatures];
        Span<float> scores = stackalloc float[EntityRecognizer.LabelCount];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long total = 0, correct = 0;
            foreach (var s in order)
            {
                var tokens = sentences[s].Tokens;
                var p1 = 0;
                var p2 = 0;
                for (var i = 0; i < tokens.Length; i++)
                {
                    var inside = i > 0 && tokens[i - 1].Entity == tokens[i].Entity;
                    var gold = EntityRecognizer.Label(tokens[i].Entity, inside);
                    var count = EntityRecognizer.Features(hashed[s], tokens, gazettes[s], profiles[s], i, p1, p2, features);
                    var guess = perceptron.Predict(features[..count], scores);
                    perceptron.Update(features[..count], gold, guess);
                    perceptron.Tick();
                    guess = EntityRecognizer.Repair(guess, p1);
                    total++;
                    correct += guess == gold ? 1 : 0;
                    p2 = p1;
                    p1 = guess;
                }
            }

            options.Log?.Invoke($"ner epoch {epoch + 1}/{options.Epochs}: train label accuracy {(double)correct / Math.Max(1, total):F4}, {perceptron.FeatureCount} features");
        }

        return new EntityRecognizer(perceptron.Freeze(options.MinimumWeight), Gazetteer.Build(sentences));
    }
}
