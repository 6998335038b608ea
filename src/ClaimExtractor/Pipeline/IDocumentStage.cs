using ClaimExtraction.Documents;

namespace ClaimExtraction.Pipeline;

/// <summary>
/// One step of the linguistic pipeline. A stage reads the layers it <see cref="Requires"/> and fills the ones it
/// <see cref="Assigns"/>. Implementations are immutable after construction and safe to share across threads.
/// </summary>
internal interface IDocumentStage
{
    AnnotationLayers Requires { get; }

    AnnotationLayers Assigns { get; }

    void Process(AnnotatedDocument document, CancellationToken cancellationToken);
}

/// <summary>
/// The seam between text and extraction: turns a string into an <see cref="AnnotatedDocument"/>. The built-in core
/// implements it; a Catalyst-backed one can be plugged in where that package is available.
/// </summary>
internal interface ILinguisticAnalyzer
{
    AnnotatedDocument Analyze(string text, CancellationToken cancellationToken);
}
