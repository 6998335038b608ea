using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;
using ClaimExtraction.Models;
using ClaimExtraction.Pipeline;
using ClaimExtraction.Records;
using ClaimExtraction.Speakers;

namespace ClaimExtraction;

/// <summary>Extracts attributed claims (who claimed what) from the text of a news article.</summary>
public interface IClaimExtractor
{
    /// <summary>
    /// Extracts every attributed quote and reported claim from <paramref name="text"/>: an article with the headline
    /// and each paragraph on its own line. Offsets in the result are indices into <paramref name="text"/>.
    /// </summary>
    /// <param name="text">The article text. Empty or whitespace text gives an empty result.</param>
    /// <param name="cancellationToken">Cancels a long extraction.</param>
    /// <returns>The claims and the speakers they resolve to.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    ExtractionResult Extract(string text, CancellationToken cancellationToken = default);

    /// <summary>
    /// Extracts claims from a batch of articles, like <see cref="Extract"/> on each, and then groups speakers across
    /// the batch: the same person gets the same canonical <see cref="Speaker.Name"/> in every result (a bare
    /// "Trump" in one article becomes the "Donald Trump" another article names, when the batch names only one
    /// person with that surname), with the aliases of all articles. Speaker ids stay per result. Faster per article
    /// than <see cref="Extract"/> one by one: the articles go through the pipeline a chunk at a time, stage by stage.
    /// </summary>
    /// <param name="texts">The articles; each may be empty (giving an empty result) but not null.</param>
    /// <param name="cancellationToken">Cancels the batch between and within articles.</param>
    /// <returns>One result per article, in the order of <paramref name="texts"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IReadOnlyList<ExtractionResult> ExtractMany(IEnumerable<string> texts, CancellationToken cancellationToken = default);
}

/// <summary>
/// The claim extractor. Create one and share it: it is immutable, thread-safe, and loads its lexicons and models
/// once per process, on first use.
/// </summary>
/// <example>
/// <code>
/// var extractor = new ClaimExtractor();
/// foreach (var claim in extractor.Extract(article).Claims)
///     Console.WriteLine($"{claim.Speaker?.Name}: {claim.Text}");
/// </code>
/// </example>
public sealed class ClaimExtractor : IClaimExtractor
{
    /// <summary>
    /// Most articles, and most characters, <see cref="ExtractMany"/> takes through the pipeline together: enough for
    /// every model to stay in the caches while it works through them, few enough to bound the memory held.
    /// </summary>
    private const int BatchArticles = 128;

    private const int BatchCharacters = 1 << 20;

    private readonly ClaimExtractorOptions _options;
    private readonly DocumentPipeline _pipeline;
    private readonly LearnedAttribution _attribution;

    /// <summary>Creates an extractor with the default options.</summary>
    public ClaimExtractor()
        : this(new ClaimExtractorOptions())
    {
    }

    /// <summary>Creates an extractor with the given options.</summary>
    /// <param name="options">Settings; copied, so later changes to the object do not affect this extractor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ClaimExtractor(ClaimExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options.Clone();
        _pipeline = DocumentPipeline.Default;
        _attribution = new LearnedAttribution(ModelStore.Attribution);
    }

    /// <inheritdoc />
    public ExtractionResult Extract(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(text))
        {
            return ExtractionResult.Empty;
        }

        return ExtractFrom(_pipeline.Analyze(text, cancellationToken), cancellationToken);
    }

    /// <summary>The extraction proper, on a document the linguistic pipeline has already annotated (the bench times it apart).</summary>
    internal ExtractionResult ExtractFrom(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var candidates = _attribution.Find(document, cancellationToken);
        return ResultBuilder.Build(document, candidates, _options.MinimumConfidence, cancellationToken);
    }

    /// <inheritdoc />
    public IReadOnlyList<ExtractionResult> ExtractMany(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var list = texts.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(texts), $"Item {i} of the batch is null.");
            }
        }

        // Articles go through the pipeline a chunk at a time, stage by stage (see DocumentPipeline.AnalyzeMany); the
        // chunk's limits bound how much annotated text is held at once.
        cancellationToken.ThrowIfCancellationRequested();
        var results = new ExtractionResult[list.Count];
        var chunk = new List<string>(BatchArticles);
        var positions = new List<int>(BatchArticles);
        var characters = 0L;
        for (var i = 0; i < list.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(list[i]))
            {
                results[i] = ExtractionResult.Empty;
                continue;
            }

            chunk.Add(list[i]);
            positions.Add(i);
            characters += list[i].Length;
            if (chunk.Count == BatchArticles || characters >= BatchCharacters)
            {
                ExtractChunk();
            }
        }

        ExtractChunk();
        return BatchSpeakerGrouper.Group(results);

        void ExtractChunk()
        {
            cancellationToken.ThrowIfCancellationRequested();
            var documents = _pipeline.AnalyzeMany(chunk, cancellationToken);
            for (var k = 0; k < documents.Length; k++)
            {
                results[positions[k]] = ExtractFrom(documents[k], cancellationToken);
            }

            chunk.Clear();
            positions.Clear();
            characters = 0;
        }
    }
}
