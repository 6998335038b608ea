using ClaimExtraction.Attribution;
using ClaimExtraction.Pipeline;
using ClaimExtraction.Tagging;
using ClaimExtraction.Tagging.Parsing;

namespace ClaimExtraction.Models;

/// <summary>
/// The shipped models, each read from the resources of the model package (ClaimExtractor.Models.English: one copy
/// per install, whatever the target framework) on first use and then shared for the life of
/// the process (the models are immutable). Other components add their model the same way: a file name constant and a
/// <see cref="Lazy{T}"/> over <see cref="Load{T}"/>.
/// </summary>
internal static class ModelStore
{
    public const string PartOfSpeechFile = "pos.bin";
    public const string LemmatizerFile = "lemma.bin";
    public const string EntityFile = "ner.bin";
    public const string ParserFile = "parser.bin";
    public const string AttributionFile = "attribution.bin";

    private const string ResourcePrefix = "ClaimExtractor.Resources.";

    private static readonly Lazy<PartOfSpeechTagger> PartOfSpeechModel = new(
        () =>
        {
            StartLoadingParser();
            return Load(PartOfSpeechFile, PartOfSpeechTagger.Kind, PartOfSpeechTagger.Version, PartOfSpeechTagger.Read);
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static int _parserLoadStarted;

    private static readonly Lazy<Lemmatizer> LemmatizerModel = new(
        () => Load(LemmatizerFile, Lemmatizer.Kind, Lemmatizer.Version, Lemmatizer.Read),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<EntityRecognizer> EntityModel = new(
        () => Load(EntityFile, EntityRecognizer.Kind, EntityRecognizer.Version, EntityRecognizer.Read),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<DependencyParser> ParserModel = new(
        () =>
        {
            using var stream = OpenResource(ParserFile);
            return DependencyParser.Read(stream);
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<AttributionModel> AttributionModelValue = new(
        () => Load(AttributionFile, AttributionModel.Kind, AttributionModel.Version, AttributionModel.Read),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The parser is the slowest model to read and every pipeline needs it right after the taggers, so the first
    /// tagger load starts reading it on the thread pool: the two loads overlap. A failure stays in the
    /// <see cref="Lazy{T}"/> and is thrown to whoever asks for the parser.
    /// </summary>
    private static void StartLoadingParser()
    {
        if (Interlocked.Exchange(ref _parserLoadStarted, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static _ =>
            {
                try
                {
                    _ = ParserModel.Value;
                }
                catch (Exception)
                {
                    // Kept by the Lazy and rethrown on the caller's thread at first real use.
                }
            }, null);
        }
    }

    public static PartOfSpeechTagger PartOfSpeech => PartOfSpeechModel.Value;

    public static Lemmatizer Lemmatizer => LemmatizerModel.Value;

    public static EntityRecognizer Entities => EntityModel.Value;

    public static DependencyParser Parser => ParserModel.Value;

    /// <summary>The learned attribution models (cue tagger, span labeller, calibration).</summary>
    public static AttributionModel Attribution => AttributionModelValue.Value;

    /// <summary>The tagging stages in the order they must run: part of speech, lemmas, entities.</summary>
    public static IReadOnlyList<IDocumentStage> TaggingStages() => [PartOfSpeech, Lemmatizer, Entities, HeadlineVerbs.Value];

    private static readonly Lazy<TitleCaseVerbs> HeadlineVerbs = new(() => new TitleCaseVerbs(CueLexicon.Instance, PartOfSpeech));

    /// <summary>Every shipped stage after the text layers: tagging, then dependency parsing.</summary>
    public static IReadOnlyList<IDocumentStage> AllStages() => [.. TaggingStages(), Parser];

    /// <summary>Whether the model package carries the named file of <c>src/ClaimExtractor/Resources</c>.</summary>
    public static bool HasResource(string fileName) =>
        English.ModelResources.Assembly.GetManifestResourceInfo(ResourcePrefix + fileName) != null;

    /// <summary>
    /// Opens a file of <c>src/ClaimExtractor/Resources</c>, e.g. <c>pos.bin</c>: every file there ships in the model
    /// package, so a new model or table needs only its file and this call.
    /// </summary>
    public static Stream OpenResource(string fileName) =>
        English.ModelResources.Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
        ?? throw new FileNotFoundException($"The model package carries no resource '{fileName}'.", fileName);

    /// <summary>Reads an embedded model file through <see cref="ModelFile"/>, checking its kind and version.</summary>
    public static T Load<T>(string fileName, string kind, int version, Func<BinaryReader, T> readBody)
    {
        using var stream = OpenResource(fileName);
        return ModelFile.Read(stream, kind, version, readBody);
    }
}
