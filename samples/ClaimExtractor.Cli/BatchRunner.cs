namespace ClaimExtraction.Cli;

/// <summary>One article and what was extracted from it.</summary>
internal readonly record struct ExtractedArticle(Article Article, ExtractionResult Result);

/// <summary>
/// The CLI's one road to the library's batch API: articles go in lazily, results come out in input order as soon as
/// they are ready, with speakers grouped across the articles.
/// </summary>
/// <remarks>
/// The articles stream through <see cref="IClaimExtractor.ExtractStream"/>: speakers are grouped with the articles seen
/// so far, and memory is bounded by the library's window, not by the run.
/// </remarks>
internal sealed class BatchRunner(IClaimExtractor extractor)
{
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
        extractor.ExtractStream(texts, null, cancellationToken);
}
