using ClaimExtraction.Tagging;
using ClaimExtraction.Training.Corpus;

namespace ClaimExtraction.Training.Commands;

/// <summary>A component that learns its model(s) from the training split and writes them to the output folder.</summary>
internal interface ITrainer
{
    /// <summary>Short name, for <c>--only</c> and the log.</summary>
    string Name { get; }

    void Train(TrainingContext context);
}

/// <summary>A component that measures its quality on a split and reports metrics.</summary>
internal interface IEvaluation
{
    string Name { get; }

    IReadOnlyList<Metric> Evaluate(EvaluationContext context);
}

/// <summary>One figure: <see cref="Key"/> is its JSON name, <see cref="Label"/> its table caption.</summary>
internal sealed record Metric(string Key, double Value, string Label, string Format = "F4");

/// <summary>What trainers share: the data (read once), where to write, and what earlier trainers produced.</summary>
internal sealed class TrainingContext(string dataDirectory, string outputDirectory, Action<string> log) : CorpusContext(dataDirectory, log)
{
    public string OutputDirectory { get; } = outputDirectory;

    /// <summary>Objects an earlier trainer hands to later ones (e.g. "pos" → the trained tagger).</summary>
    public Dictionary<string, object> Products { get; } = new(StringComparer.Ordinal);

    public string OutputPath(string fileName) => Path.Combine(OutputDirectory, fileName);
}

/// <summary>What evaluations share: the data (read once) and where models come from.</summary>
internal sealed class EvaluationContext(string dataDirectory, string? modelDirectory, Action<string> log, int exampleCount = 0) : CorpusContext(dataDirectory, log)
{
    /// <summary>How many mismatches an evaluation may log as examples (<c>--examples N</c>).</summary>
    public int ExampleCount { get; } = exampleCount;

    /// <summary>Folder to read model files from; null means the ones embedded in the library.</summary>
    public string? ModelDirectory { get; } = modelDirectory;

    public Stream OpenModel(string fileName) =>
        ModelDirectory is null ? Models.ModelStore.OpenResource(fileName) : File.OpenRead(Path.Combine(ModelDirectory, fileName));

    public T LoadModel<T>(string fileName, string kind, int version, Func<BinaryReader, T> read)
    {
        using var stream = OpenModel(fileName);
        return Models.ModelFile.Read(stream, kind, version, read);
    }
}

/// <summary>The split's CoreNLP articles and their sentences, loaded on first use.</summary>
internal abstract class CorpusContext(string dataDirectory, Action<string> log)
{
    private IReadOnlyList<CoreNlpArticle>? _articles;
    private IReadOnlyList<LabeledSentence>? _sentences;

    public string DataDirectory { get; } = dataDirectory;

    public Action<string> Log { get; } = log;

    public IReadOnlyList<CoreNlpArticle> Articles => _articles ??= CoreNlpCorpus.Read(DataDirectory).ToList();

    /// <summary>Every sentence with the silver annotations as the reference (fresh copies: callers may overwrite them).</summary>
    public IReadOnlyList<LabeledSentence> Sentences => _sentences ??= CorpusSentences.From(Articles);

    public IReadOnlyList<LabeledSentence> CopySentences() =>
        Sentences.Select(s => s with { Tokens = (Documents.Token[])s.Tokens.Clone() }).ToList();
}
