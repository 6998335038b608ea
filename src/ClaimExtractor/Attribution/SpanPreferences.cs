using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution;

/// <summary>Per token, the span labeller's score for content (and for source) over the best other label.</summary>
internal sealed class SpanPreferences(int tokenCount)
{
    public float[] Content { get; } = new float[tokenCount];

    public float[] Source { get; } = new float[tokenCount];

    public float MeanContent(AnnotatedDocument doc, IReadOnlyList<TextRange> content)
    {
        float sum = 0;
        var count = 0;
        foreach (var range in content)
        {
            var (first, end) = doc.TokensIn(range.Start, range.End);
            for (var t = first; t < end; t++)
            {
                sum += Content[t];
                count++;
            }
        }

        return count == 0 ? 0 : sum / count;
    }

    public float MeanSource((int Start, int End) source)
    {
        float sum = 0;
        for (var t = source.Start; t < source.End; t++)
        {
            sum += Source[t];
        }

        return source.End > source.Start ? sum / (source.End - source.Start) : 0;
    }
}
