using System.Runtime.CompilerServices;

namespace ClaimExtraction.Pipeline;

/// <summary>
/// Cuts a stream of articles into the chunks the batch forms take through the pipeline together: up to a number of
/// (non-blank) articles or about <see cref="MaxCharacters"/> of text, whichever comes first. The limits bound the
/// annotated text held at once; blank articles ride along in the chunk and give empty results.
/// </summary>
internal static class ArticleChunks
{
    /// <summary>Most articles a one-core batch takes together: enough for every model to stay in the caches.</summary>
    public const int MaxArticles = 128;

    /// <summary>Most articles per chunk when several cores share a batch: smaller chunks keep every core busy.</summary>
    public const int MaxArticlesInParallel = 16;

    public const int MaxCharacters = 1 << 20;

    public static int ArticlesPerChunk(int degreeOfParallelism) => degreeOfParallelism == 1 ? MaxArticles : MaxArticlesInParallel;

    public static IEnumerable<string[]> Of(IEnumerable<string> texts, int maxArticles, CancellationToken cancellationToken)
    {
        var chunk = new Builder(maxArticles);
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (chunk.Add(text))
            {
                yield return chunk.Take();
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk.Take();
        }
    }

    public static async IAsyncEnumerable<string[]> Of(IAsyncEnumerable<string> texts, int maxArticles, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = new Builder(maxArticles);
        await foreach (var text in texts.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (chunk.Add(text))
            {
                yield return chunk.Take();
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk.Take();
        }
    }

    private sealed class Builder(int maxArticles)
    {
        private readonly List<string> _texts = [];
        private int _articles;
        private long _characters;
        private int _index;

        public int Count => _texts.Count;

        /// <summary>Adds the next article; true when the chunk is full.</summary>
        public bool Add(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException("texts", $"Item {_index} of the batch is null.");
            }

            _index++;
            _texts.Add(text);
            if (!string.IsNullOrWhiteSpace(text))
            {
                _articles++;
                _characters += text.Length;
            }

            return _articles >= maxArticles || _characters >= MaxCharacters;
        }

        public string[] Take()
        {
            var chunk = _texts.ToArray();
            _texts.Clear();
            _articles = 0;
            _characters = 0;
            return chunk;
        }
    }
}
