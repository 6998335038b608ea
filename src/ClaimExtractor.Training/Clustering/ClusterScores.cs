namespace ClaimExtraction.Training.Clustering;

/// <summary>Pairwise and B-cubed precision, recall and F1 of a predicted clustering against a gold one, over the same items.</summary>
internal static class ClusterScores
{
    public readonly record struct Prf(double Precision, double Recall)
    {
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <summary>Over pairs of items: a pair is positive when both share a cluster.</summary>
    public static Prf Pairwise(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        long truePositive = 0, goldPairs = 0, predictedPairs = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            for (var j = i + 1; j < gold.Count; j++)
            {
                var sameGold = gold[i] == gold[j];
                var samePredicted = predicted[i] == predicted[j];
                goldPairs += sameGold ? 1 : 0;
                predictedPairs += samePredicted ? 1 : 0;
                truePositive += sameGold && samePredicted ? 1 : 0;
            }
        }

        return new Prf(predictedPairs == 0 ? 1 : (double)truePositive / predictedPairs, goldPairs == 0 ? 1 : (double)truePositive / goldPairs);
    }

    /// <summary>B-cubed (Bagga and Baldwin): per item, the share of its predicted cluster that is in its gold cluster, and back.</summary>
    public static Prf BCubed(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        double precision = 0, recall = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            int both = 0, inGold = 0, inPredicted = 0;
            for (var j = 0; j < gold.Count; j++)
            {
                var sameGold = gold[i] == gold[j];
                var samePredicted = predicted[i] == predicted[j];
                inGold += sameGold ? 1 : 0;
                inPredicted += samePredicted ? 1 : 0;
                both += sameGold && samePredicted ? 1 : 0;
            }

            precision += (double)both / inPredicted;
            recall += (double)both / inGold;
        }

        return gold.Count == 0 ? new Prf(1, 1) : new Prf(precision / gold.Count, recall / gold.Count);
    }
}
