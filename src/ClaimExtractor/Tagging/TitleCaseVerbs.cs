using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;
using ClaimExtraction.Pipeline;

namespace ClaimExtraction.Tagging;

/// <summary>
/// Headlines in title case ("Trump Claims He Spoke with Putin") defeat a tagger trained on running text: every
/// capitalised word looks like a name. Such a line is tagged a second time in lower case, and a word tagged a proper
/// noun in title case but a verb in lower case becomes that verb ("… but Avoids Details"); a reporting verb of the
/// cue lexicon followed by a subject pronoun, a name or a quotation is a verb too. Runs after the tagger, before
/// the parser.
/// </summary>
internal sealed class TitleCaseVerbs : IDocumentStage
{
    private const double MinCapitalisedShare = 0.6;

    private readonly CueLexicon _lexicon;
    private readonly PartOfSpeechTagger _tagger;

    public TitleCaseVerbs(CueLexicon lexicon, PartOfSpeechTagger tagger)
    {
        _lexicon = lexicon;
        _tagger = tagger;
    }

    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Sentences | AnnotationLayers.PartOfSpeech;

    public AnnotationLayers Assigns => AnnotationLayers.PartOfSpeech;

    public void Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsTitleCase(tokens, sentence))
            {
                continue;
            }

            // Only the headline is lowered: its tokens are re-based onto the lowered copy of its own text.
            var lowered = document.Text.Substring(sentence.Start, sentence.End - sentence.Start).ToLowerInvariant();
            var span = tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
            var rebased = span.ToArray();
            for (var k = 0; k < rebased.Length; k++)
            {
                rebased[k].Start -= sentence.Start;
                rebased[k].End -= sentence.Start;
            }

            var lowerTags = new PosTag[span.Length];
            _tagger.Tag(lowered, rebased, lowerTags);
            for (var k = 1; k < span.Length; k++)
            {
                if (span[k].Pos.IsProperNoun() && lowerTags[k].IsVerb())
                {
                    span[k].Pos = lowerTags[k];
                }
            }

            for (var i = sentence.FirstToken + 1; i + 1 < sentence.EndToken; i++)
            {
                var next = tokens[i + 1];
                if (tokens[i].Pos.IsProperNoun() && tokens[i].Has(TokenShape.Capitalized)
                    && (next.Pos is PosTag.PRP || next.Pos.IsProperNoun() || next.Has(TokenShape.OpeningQuote))
                    && _lexicon.TryGetVerb(document.TokenText(i), out var verb) && verb.CueRate >= 0.3)
                {
                    var word = document.TokenText(i);
                    tokens[i].Pos = word.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? PosTag.VBZ
                        : word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) ? PosTag.VBD : PosTag.VBP;
                    tokens[i].Lemma = verb.Lemma;
                }
            }
        }
    }

    private static bool IsTitleCase(Token[] tokens, Sentence sentence)
    {
        int words = 0, capitalised = 0;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Has(TokenShape.Word) && tokens[i].Length > 3)
            {
                words++;
                capitalised += tokens[i].Has(TokenShape.Capitalized) ? 1 : 0;
            }
        }

        return words >= 3 && capitalised >= words * MinCapitalisedShare && tokens[sentence.EndToken - 1].Pos is not PosTag.Period;
    }
}
