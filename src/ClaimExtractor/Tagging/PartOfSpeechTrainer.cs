using ClaimExtraction.Documents;

namespace ClaimExtraction.Tagging;

/// <summary>Trains a <see cref="PartOfSpeechTagger"/> from gold-tagged sentences, deterministically.</summary>
internal static class PartOfSpeechTrainer
{
    /// <summary>Words seen at least this often with one tag at least <see cref="DictionaryPurity"/> of the time skip the model.</summary>
    public const int DictionaryMinimumCount = 20;
    public const double DictionaryPurity = 0.995;

    public static PartOfSpeechTagger Train(IReadOnlyList<LabeledSentence> sentences, TaggerTrainingOptions options)
    {
        var dictionary = BuildTagDictionary(sentences);
        var perceptron = new AveragedPerceptron(PosTags.Count);
        var order = new int[sentences.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new DeterministicRandom(options.Seed);
        Span<ulong> features = stackalloc ulong[PartOfSpeechTagger.MaxFeatures];
        Span<float> scores = stackalloc float[PosTags.Count];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long total = 0, correct = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var tokens = sentence.Tokens;
                var hashes = new TokenHashes[tokens.Length];
                TokenHasher.Hash(sentence.Text, tokens, hashes);
                var p1 = PosTag.None;
                var p2 = PosTag.None;
                for (var i = 0; i < tokens.Length; i++)
                {
                    var gold = tokens[i].Pos;
                    var known = dictionary.Get(hashes[i].Word);
                    PosTag guess;
                    if (known >= 0)
                    {
                        guess = (PosTag)known;
                    }
                    else
                    {
                        var count = PartOfSpeechTagger.Features(hashes, i, p1, p2, features);
                        guess = (PosTag)perceptron.Predict(features[..count], scores);
                        if (gold != PosTag.None)
                        {
                            perceptron.Update(features[..count], (int)gold, (int)guess);
                        }

                        perceptron.Tick();
                    }

                    total++;
                    correct += guess == gold ? 1 : 0;
                    p2 = p1;
                    p1 = guess;
                }
            }

            options.Log?.Invoke($"pos epoch {epoch + 1}/{options.Epochs}: train accuracy {(double)correct / Math.Max(1, total):F4}, {perceptron.FeatureCount} features");
        }

        return new PartOfSpeechTagger(perceptron.Freeze(options.MinimumWeight), dictionary);
    }

    private static HashIndex BuildTagDictionary(IReadOnlyList<LabeledSentence> sentences)
    {
        var counts = new Dictionary<ulong, int[]>();
        foreach (var sentence in sentences)
        {
            var hashes = new TokenHashes[sentence.Tokens.Length];
            TokenHasher.Hash(sentence.Text, sentence.Tokens, hashes);
            for (var i = 0; i < hashes.Length; i++)
            {
                var tag = sentence.Tokens[i].Pos;
                if (tag == PosTag.None)
                {
                    continue;
                }

                if (!counts.TryGetValue(hashes[i].Word, out var perTag))
                {
                    counts[hashes[i].Word] = perTag = new int[PosTags.Count];
                }

                perTag[(int)tag]++;
            }
        }

        var keys = new List<ulong>();
        var values = new List<int>();
        foreach (var (word, perTag) in counts)
        {
            var sum = 0;
            var best = 0;
            for (var t = 0; t < perTag.Length; t++)
            {
                sum += perTag[t];
                if (perTag[t] > perTag[best])
                {
                    best = t;
                }
            }

            if (sum >= DictionaryMinimumCount && perTag[best] >= DictionaryPurity * sum)
            {
                keys.Add(word);
                values.Add(best);
            }
        }

        return new HashIndex(keys.ToArray(), values.ToArray());
    }
}
