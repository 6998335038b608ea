namespace ClaimExtraction;

/// <summary>Settings of one streaming batch (<see cref="IClaimExtractor.ExtractStream"/>, <see cref="IClaimExtractor.ExtractManyAsync"/>).</summary>
public sealed class BatchOptions
{
    /// <summary>
    /// Receives a <see cref="BatchProgress"/> after each result is handed out (on the thread that takes the result,
    /// or, for <see cref="Progress{T}"/>, posted to its synchronization context). Null: no reports.
    /// </summary>
    public IProgress<BatchProgress>? Progress { get; init; }

    /// <summary>
    /// How many chunks of articles are extracted at once, each on its own thread: 1 (the default) extracts on the
    /// caller's thread (for the async form, one worker thread), more use more cores. The results are the same, in the
    /// same order, whatever the value; memory grows with it (at most this many chunks of up to 128 articles, or 1 MB of
    /// text, being extracted, and as many again started ahead or done and waiting to be handed out in order).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "MaxDegreeOfParallelism must be at least 1.");
    }

    private readonly int _maxDegreeOfParallelism = 1;

    internal static BatchOptions Default { get; } = new();
}

/// <summary>How far a streaming batch has come.</summary>
public readonly record struct BatchProgress
{
    /// <summary>Creates a report.</summary>
    /// <param name="articlesDone">Results handed out so far.</param>
    /// <param name="charactersDone">Characters of those articles' text.</param>
    public BatchProgress(int articlesDone, long charactersDone)
    {
        ArticlesDone = articlesDone;
        CharactersDone = charactersDone;
    }

    /// <summary>Results handed out so far.</summary>
    public int ArticlesDone { get; init; }

    /// <summary>Characters (UTF-16 code units) of those articles' text.</summary>
    public long CharactersDone { get; init; }
}
