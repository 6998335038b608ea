using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ClaimExtraction.DependencyInjection;

/// <summary>The registered extractor when logging is available: times each call and logs slow ones.</summary>
internal sealed class LoggingClaimExtractor(ClaimExtractor inner, ILogger<ClaimExtractor> logger) : IClaimExtractor
{
    /// <summary>An article that takes longer than this is logged as a warning (a typical one takes a few milliseconds).</summary>
    private static readonly TimeSpan SlowArticle = TimeSpan.FromSeconds(1);

    public ExtractionResult Extract(string text, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var result = inner.Extract(text, cancellationToken);
        if (clock.Elapsed > SlowArticle)
        {
            ExtractorLog.SlowArticle(logger, text.Length, clock.ElapsedMilliseconds, result.Claims.Count);
        }

        return result;
    }

    public IReadOnlyList<ExtractionResult> ExtractMany(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var results = inner.ExtractMany(texts, cancellationToken);
        ExtractorLog.Batch(logger, results.Count, clock.ElapsedMilliseconds);
        if (results.Count > 0 && clock.Elapsed > SlowArticle * results.Count)
        {
            ExtractorLog.SlowBatch(logger, results.Count, clock.ElapsedMilliseconds);
        }

        return results;
    }

    public IEnumerable<ExtractionResult> ExtractStream(IEnumerable<string> texts, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        inner.ExtractStream(texts, options, cancellationToken);

    public IAsyncEnumerable<ExtractionResult> ExtractManyAsync(IAsyncEnumerable<string> texts, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        inner.ExtractManyAsync(texts, options, cancellationToken);
}

/// <summary>The extractor's log messages (source-generated: no boxing, no reflection).</summary>
internal static partial class ExtractorLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "ClaimExtractor ready in {ElapsedMs} ms (its models load once per process)")]
    public static partial void Ready(ILogger logger, long elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Slow input: an article of {Characters} characters took {ElapsedMs} ms ({Claims} claims)")]
    public static partial void SlowArticle(ILogger logger, int characters, long elapsedMs, int claims);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Extracted a batch of {Articles} articles in {ElapsedMs} ms")]
    public static partial void Batch(ILogger logger, int articles, long elapsedMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Slow input: a batch of {Articles} articles took {ElapsedMs} ms")]
    public static partial void SlowBatch(ILogger logger, int articles, long elapsedMs);
}
