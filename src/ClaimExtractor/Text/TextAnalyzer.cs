using ClaimExtraction.Documents;
using ClaimExtraction.Pipeline;

namespace ClaimExtraction.Text;

/// <summary>The text layers of the pipeline: tokens, sentences, paragraphs and quotations, all from the raw string.</summary>
internal sealed class TextAnalyzer : ILinguisticAnalyzer
{
    public static TextAnalyzer Instance { get; } = new();

    public AnnotatedDocument Analyze(string text, CancellationToken cancellationToken)
    {
        var tokens = Tokenizer.Tokenize(text, cancellationToken);
        var (sentences, paragraphs) = SentenceSplitter.Split(text, tokens);
        cancellationToken.ThrowIfCancellationRequested();
        var quotations = QuotationFinder.Find(text, paragraphs);
        return new AnnotatedDocument(text, tokens, sentences, paragraphs, quotations)
        {
            Layers = AnnotationLayers.Tokens | AnnotationLayers.Sentences | AnnotationLayers.Quotations,
        };
    }
}
