using System.Runtime.CompilerServices;
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
    /// What an article gets comes from the other articles only, so <c>ExtractMany([x])</c> equals <c>Extract(x)</c>.
    /// The whole input and every result are held at once: for large batches use <see cref="ExtractStream"/>.
    /// </summary>
    /// <param name="texts">The articles; each may be empty (giving an empty result) but not null.</param>
    /// <param name="cancellationToken">Cancels the batch between and within articles.</param>
    /// <returns>One result per article, in the order of <paramref name="texts"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IReadOnlyList<ExtractionResult> ExtractMany(IEnumerable<string> texts, CancellationToken cancellationToken = default);

    /// <summary>
    /// Extracts claims from a stream of articles, handing out each result, in input order, once its chunk is done:
    /// memory is bounded by a window of chunks (see <see cref="BatchOptions.MaxDegreeOfParallelism"/>), not by the
    /// input. Each result has the claims <see cref="Extract"/> finds; speakers are grouped with the articles seen so
    /// far (itself and those before it), where <see cref="ExtractMany"/> groups with the whole batch: an early bare
    /// "Trump" stays "Trump" when "Donald Trump" is named only later, and a name completed early stays completed when
    /// a second full name with that surname turns up later. The input is read lazily, as results are taken.
    /// </summary>
    /// <param name="texts">The articles; each may be empty (giving an empty result) but not null.</param>
    /// <param name="options">Progress reports and how many cores to use; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the batch between and within articles.</param>
    /// <returns>One result per article, in the order of <paramref name="texts"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null, or (when reached) one of its items.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IEnumerable<ExtractionResult> ExtractStream(IEnumerable<string> texts, BatchOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The asynchronous form of <see cref="ExtractStream"/>: reads the articles as they come, extracts on the thread
    /// pool (never on the caller's thread) and yields the results in input order, with the same results and the same
    /// bounded memory. Speakers are grouped with the articles seen so far, as in <see cref="ExtractStream"/>.
    /// </summary>
    /// <param name="texts">The articles; each may be empty (giving an empty result) but not null.</param>
    /// <param name="options">Progress reports and how many cores to use; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the batch (combined with a token passed to <c>WithCancellation</c>).</param>
    /// <returns>One result per article, in the order of <paramref name="texts"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null, or (when reached) one of its items.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IAsyncEnumerable<ExtractionResult> ExtractManyAsync(IAsyncEnumerable<string> texts, BatchOptions? options = null, CancellationToken cancellationToken = default);
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

        cancellationToken.ThrowIfCancellationRequested();
        var results = new List<ExtractionResult>(list.Count);
        foreach (var (_, chunk) in ExtractChunks(list, 1, cancellationToken))
        {
            results.AddRange(chunk);
        }

        return BatchSpeakerGrouper.GroupAll(results);
    }

    /// <inheritdoc />
    public IEnumerable<ExtractionResult> ExtractStream(IEnumerable<string> texts, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Stream(texts, options ?? BatchOptions.Default, cancellationToken);
    }

    private IEnumerable<ExtractionResult> Stream(IEnumerable<string> texts, BatchOptions options, CancellationToken cancellationToken)
    {
        var grouper = new BatchSpeakerGrouper();
        var progress = new ProgressCounter(options.Progress);
        foreach (var (chunkTexts, results) in ExtractChunks(texts, options.MaxDegreeOfParallelism, cancellationToken))
        {
            for (var k = 0; k < results.Length; k++)
            {
                var result = grouper.Next(results[k]);
                progress.Done(chunkTexts[k]);
                yield return result;
            }
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ExtractionResult> ExtractManyAsync(IAsyncEnumerable<string> texts, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return StreamAsync(texts, options ?? BatchOptions.Default, cancellationToken);
    }

    private async IAsyncEnumerable<ExtractionResult> StreamAsync(IAsyncEnumerable<string> texts, BatchOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var grouper = new BatchSpeakerGrouper();
        var progress = new ProgressCounter(options.Progress);
        var degree = options.MaxDegreeOfParallelism;
        var workers = new ChunkWorkers(this, degree, cancellationToken);
        var window = new Queue<(string[] Texts, Task<ExtractionResult[]> Results)>(workers.Window);
        var chunks = ArticleChunks.Of(texts, ArticleChunks.ArticlesPerChunk(degree), cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (chunks.ConfigureAwait(false))
        {
            while (window.Count < workers.Window && await chunks.MoveNextAsync().ConfigureAwait(false))
            {
                window.Enqueue(Start(chunks.Current));
            }

            while (window.TryDequeue(out var head))
            {
                var results = await head.Results.ConfigureAwait(false);
                while (window.Count < workers.Window && await chunks.MoveNextAsync().ConfigureAwait(false))
                {
                    window.Enqueue(Start(chunks.Current));
                }

                for (var k = 0; k < results.Length; k++)
                {
                    var result = grouper.Next(results[k]);
                    progress.Done(head.Texts[k]);
                    yield return result;
                }
            }
        }

        (string[], Task<ExtractionResult[]>) Start(string[] chunk) => (chunk, workers.Start(chunk));
    }

    /// <summary>
    /// The articles' results chunk by chunk, in input order, before any speaker grouping. With several cores, up to
    /// that many chunks are extracted at once on the thread pool (<see cref="ChunkWorkers"/>), with up to twice that many
    /// started ahead of the one handed out next: memory holds at most 2 × <paramref name="degreeOfParallelism"/> + 1
    /// chunks of results, and annotated documents for at most <paramref name="degreeOfParallelism"/> of them.
    /// </summary>
    private IEnumerable<(string[] Texts, ExtractionResult[] Results)> ExtractChunks(IEnumerable<string> texts, int degreeOfParallelism,
        CancellationToken cancellationToken)
    {
        var chunks = ArticleChunks.Of(texts, ArticleChunks.ArticlesPerChunk(degreeOfParallelism), cancellationToken);
        if (degreeOfParallelism == 1)
        {
            foreach (var chunk in chunks)
            {
                yield return (chunk, ExtractChunk(chunk, cancellationToken));
            }

            yield break;
        }

        var workers = new ChunkWorkers(this, degreeOfParallelism, cancellationToken);
        var window = new Queue<(string[] Texts, Task<ExtractionResult[]> Results)>(workers.Window);
        using var next = chunks.GetEnumerator();
        Fill();
        while (window.TryDequeue(out var head))
        {
            var results = head.Results.GetAwaiter().GetResult();
            Fill();
            yield return (head.Texts, results);
        }

        void Fill()
        {
            while (window.Count < workers.Window && next.MoveNext())
            {
                window.Enqueue((next.Current, workers.Start(next.Current)));
            }
        }
    }

    /// <summary>
    /// Runs chunks on at most a degree of parallelism of thread-pool threads, in the order they are started. Twice
    /// that many chunks may be queued: a core whose chunk is done starts the next one while the oldest chunk (the one
    /// the caller waits for) is still running, instead of idling until it is handed out. The queued chunks are plain
    /// texts; only the running ones hold annotated documents.
    /// </summary>
    private sealed class ChunkWorkers(ClaimExtractor extractor, int degreeOfParallelism, CancellationToken cancellationToken)
    {
        private readonly TaskScheduler _scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degreeOfParallelism).ConcurrentScheduler;

        /// <summary>How many chunks may be started and not yet handed out.</summary>
        public int Window => 2 * degreeOfParallelism;

        public Task<ExtractionResult[]> Start(string[] chunk) =>
            Task.Factory.StartNew(() => extractor.ExtractChunk(chunk, cancellationToken), cancellationToken, TaskCreationOptions.None, _scheduler);
    }

    /// <summary>
    /// One chunk through the pipeline stage by stage (see <see cref="DocumentPipeline.AnalyzeMany"/>), then each
    /// article's extraction; blank articles give empty results.
    /// </summary>
    private ExtractionResult[] ExtractChunk(string[] texts, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var results = new ExtractionResult[texts.Length];
        var articles = new List<string>(texts.Length);
        var positions = new List<int>(texts.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(texts[i]))
            {
                results[i] = ExtractionResult.Empty;
                continue;
            }

            articles.Add(texts[i]);
            positions.Add(i);
        }

        var documents = _pipeline.AnalyzeMany(articles, cancellationToken);
        for (var k = 0; k < documents.Length; k++)
        {
            results[positions[k]] = ExtractFrom(documents[k], cancellationToken);
            documents[k] = null!; // the annotated document is the bulk of a chunk's memory: let it go as soon as it is read
        }

        return results;
    }

    /// <summary>Counts what a stream has handed out and reports it.</summary>
    private sealed class ProgressCounter(IProgress<BatchProgress>? progress)
    {
        private int _articles;
        private long _characters;

        public void Done(string text)
        {
            _articles++;
            _characters += text.Length;
            progress?.Report(new BatchProgress(_articles, _characters));
        }
    }
}
