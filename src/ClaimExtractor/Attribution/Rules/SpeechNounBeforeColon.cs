using ClaimExtraction.Documents;

namespace ClaimExtraction.Attribution.Rules;

/// <summary>
/// "Trump has made a bold claim: he has spoken with Putin", "the campaign released a statement: …": a speech noun
/// from the cue lexicon, object of a verb and followed by a colon, introduces what the colon's clause says; the
/// cue tagger rarely sees the construction in train. The source is the verb's subject. In PolNeAR train such a noun
/// cued the colon's clause in about 4 of 5 cases.
/// </summary>
internal sealed class SpeechNounBeforeColon : IClaimRule
{
    private const double SpeechNounColonConfidence = 0.75;
    private const int MinColonContentWords = 4;

    /// <summary>The least cue rate of a speech noun that can stand before a colon, in tenths (<see cref="AttributionContext.NounRates"/>).</summary>
    private const sbyte MinSpeechNounRate = 2;

    public void Apply(AttributionContext context, List<AttributionCandidate> found, bool[] inCue)
    {
        var doc = context.Doc;
        var tokens = doc.Tokens;
        for (var t = 0; t + 1 < tokens.Length; t++)
        {
            if (tokens[t + 1].Pos != PosTag.Colon || doc.TokenText(t + 1) is not ":" || !tokens[t].Pos.IsNoun() || tokens[t].Pos.IsProperNoun()
                || context.NounRates[t] < MinSpeechNounRate || context.Relation(t) != "dobj" || tokens[t].Head < 0 || !tokens[tokens[t].Head].Pos.IsVerb())
            {
                continue;
            }

            var sentence = doc.Sentences[context.SentenceOf[t]];
            var contentEnd = sentence.EndToken;
            while (contentEnd > t + 2 && tokens[contentEnd - 1].Pos.IsPunctuation())
            {
                contentEnd--;
            }

            if (Claims.CountWords(tokens, t + 2, tokens[contentEnd - 1].End) < MinColonContentWords)
            {
                continue;
            }

            // A cue the tagger found there has its own reading of the sentence.
            if (inCue.AsSpan(t, contentEnd - t).Contains(true))
            {
                continue;
            }

            var window = CueWindow.Around(context, t, t + 1);
            found.Add(new AttributionCandidate
            {
                Content = [new TextRange(tokens[t + 2].Start, tokens[contentEnd - 1].End)],
                SourceTokens = SubjectAsSource.Of(context, window),
                CueTokens = (t, t + 1),
                CueLemma = window.CueLemma,
                Sentence = context.SentenceOf[t],
                Pattern = AttributionPattern.SpeechNounColon,
                Confidence = SpeechNounColonConfidence,
            });
        }
    }
}
