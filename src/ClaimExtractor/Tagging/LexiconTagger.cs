using ClaimExtraction.Documents;
using ClaimExtraction.Models;
using ClaimExtraction.Pipeline;
using ClaimExtraction.Text;

namespace ClaimExtraction.Tagging;

/// <summary>
/// Context-free tagging: each word gets its most frequent tag in PolNeAR train, unknown words a guess from their
/// shape (capitalised → NNP, -ly → RB, -ing → VBG, -ed → VBN, digits → CD). A stopgap the rules can stand on; a
/// trained tagger that looks at context replaces it when its model is present.
/// </summary>
internal sealed class LexiconTagger : IDocumentStage
{
    private static readonly Lazy<LexiconTagger> Shared = new(() => new LexiconTagger(LexiconResources.ReadRows("wordtags.tsv")));

    private readonly WordTable<PosTag> _tags;

    public LexiconTagger(IEnumerable<string[]> rows) =>
        _tags = new WordTable<PosTag>(rows.Where(r => r.Length >= 2).Select(r => new KeyValuePair<string, PosTag>(r[0], PosTags.Parse(r[1]))));

    public static LexiconTagger Instance => Shared.Value;

    public AnnotationLayers Requires => AnnotationLayers.Tokens;

    public AnnotationLayers Assigns => AnnotationLayers.PartOfSpeech;

    public void Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i].Pos = Guess(document, i);
        }

        document.Layers |= AnnotationLayers.PartOfSpeech;
    }

    private PosTag Guess(AnnotatedDocument document, int i)
    {
        var token = document.Tokens[i];
        var word = document.TokenText(i);
        if (token.Has(TokenShape.OpeningQuote))
        {
            return PosTag.OpenQuote;
        }

        if (token.Has(TokenShape.ClosingQuote))
        {
            return PosTag.CloseQuote;
        }

        var sentenceInitial = i == 0 || token.Has(TokenShape.ParagraphStart) || (i > 0 && document.Tokens[i - 1].Pos is PosTag.Period or PosTag.OpenQuote);
        if (Lookup(word, out var tag))
        {
            // A capitalised common word inside a sentence is usually part of a name ("Ukraine War", "White House").
            if (token.Has(TokenShape.Capitalized) && !sentenceInitial && tag is PosTag.NN or PosTag.JJ && !IsHeadlineCase(document, i))
            {
                return PosTag.NNP;
            }

            return tag;
        }

        if (token.Has(TokenShape.Number))
        {
            return PosTag.CD;
        }

        if (token.Has(TokenShape.Punctuation))
        {
            return word.Length > 0 && word[0] is ',' ? PosTag.Comma : word[0] is '.' or '!' or '?' ? PosTag.Period : PosTag.Colon;
        }

        if (token.Has(TokenShape.Capitalized))
        {
            return PosTag.NNP;
        }

        if (word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            return PosTag.RB;
        }

        if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return PosTag.VBG;
        }

        if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return PosTag.VBN;
        }

        return word[^1] == 's' ? PosTag.NNS : PosTag.NN;
    }

    /// <summary>CoreNLP writes the curly apostrophe as a straight one ("’s" → "'s"), and so does the lexicon.</summary>
    private bool Lookup(ReadOnlySpan<char> word, out PosTag tag)
    {
        if (word.Length > 64 || !word.Contains('\u2019'))
        {
            return _tags.TryGetValue(word, out tag);
        }

        Span<char> normalized = stackalloc char[word.Length];
        word.CopyTo(normalized);
        normalized.Replace('\u2019', '\'');
        return _tags.TryGetValue(normalized, out tag);
    }

    /// <summary>In a headline every word is capitalised, so capitals say nothing about names there.</summary>
    private static bool IsHeadlineCase(AnnotatedDocument document, int i)
    {
        var tokens = document.Tokens;
        var capitalized = 0;
        var words = 0;
        for (var j = Math.Max(0, i - 3); j < Math.Min(tokens.Length, i + 4); j++)
        {
            if (tokens[j].Has(TokenShape.Word))
            {
                words++;
                if (tokens[j].Has(TokenShape.Capitalized))
                {
                    capitalized++;
                }
            }
        }

        return words >= 4 && capitalized >= words - 1;
    }
}
