namespace ClaimExtraction.Cli;

/// <summary>One article and what was extracted from it.</summary>
internal readonly record struct ExtractedArticle(Article Article, ExtractionResult Result);

/// <summary>
/// The CLI's one road to the library's batch API: articles go in lazily, results come out in input order as soon as
/// they are ready, with speakers grouped across the articles.
/// </summary>
/// <remarks>
/// Until the library's streaming <c>ExtractStream</c> is available, the articles go through <see cref="IClaimExtractor.ExtractMany"/>
/// a chunk of <see cref="ChunkArticles"/> at a time, so speakers are grouped within each chunk. Switching is the one
/// line in <see cref="Extract"/>.
/// </remarks>
internal sealed class BatchRunner(IClaimExtractor extractor)
{
    /// <summary>
    /// Articles per <see cref="IClaimExtractor.ExtractMany"/> call: enough for most of its speed (the models stay in the
    /// caches) and for speakers to meet across articles, few enough that the progress bar moves.
    /// </summary>
    internal const int ChunkArticles = 32;

    public IEnumerable<ExtractedArticle> Run(IEnumerable<Article> articles, CancellationToken cancellationToken)
    {
        // The batch API sees only texts and gives results back in their order; the queue pairs each with its article.
        var pending = new Queue<Article>();
        var texts = articles.Select(article =>
        {
            pending.Enqueue(article);
            return article.Text;
        });
        foreach (var result in Extract(texts, cancellationToken))
        {
            yield return new ExtractedArticle(pending.Dequeue(), result);
        }
    }

    private IEnumerable<ExtractionResult> Extract(IEnumerable<string> texts, CancellationToken cancellationToken) =>
        texts.Chunk(ChunkArticles).SelectMany(chunk => extractor.ExtractMany(chunk, cancellationToken));
}
