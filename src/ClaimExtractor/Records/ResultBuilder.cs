using System.Text;
using ClaimExtraction.Attribution;
using ClaimExtraction.Documents;
using ClaimExtraction.Hedging;
using ClaimExtraction.Speakers;

namespace ClaimExtraction.Records;

/// <summary>Turns the pipeline's internal findings into the public, immutable records.</summary>
internal static class ResultBuilder
{
    public static ExtractionResult Build(AnnotatedDocument doc, IReadOnlyList<AttributionCandidate> candidates, double minimumConfidence, CancellationToken cancellationToken = default)
    {
        var (identities, sources) = SpeakerResolver.Resolve(doc, candidates, cancellationToken);
        var speakerIds = new string?[identities.Count];
        var speakers = new List<Speaker>();
        var claims = new List<Claim>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var candidate = candidates[i];
            var confidence = candidate.Confidence;
            if (confidence < minimumConfidence)
            {
                continue;
            }

            SpeakerReference? speaker = null;
            if (sources[i] is { } source)
            {
                var identity = identities[source.SpeakerIndex];
                var id = speakerIds[source.SpeakerIndex];
                if (id is null)
                {
                    id = speakerIds[source.SpeakerIndex] = "s" + (speakers.Count + 1);
                    speakers.Add(ToSpeaker(id, identity));
                }

                speaker = new SpeakerReference(id, identity.Name, identity.Kind, source.Mention);
            }

            Cue? cue = null;
            if (candidate.HasCue)
            {
                var start = doc.Tokens[candidate.CueTokens.Start].Start;
                var end = doc.Tokens[candidate.CueTokens.End - 1].End;
                cue = new Cue(doc.Text[start..end], candidate.CueLemma, start, end);
            }

            var (hedges, certainty) = HedgeFinder.Find(doc, candidate);
            var spans = candidate.Content.ConvertAll(r => new TextSpan(r.Start, r.End));
            claims.Add(new Claim("c" + (claims.Count + 1), KindOf(doc, candidate.Content), TextOf(doc, candidate.Content), spans, speaker, cue, hedges,
                Math.Round(certainty, 3), Math.Round(confidence, 3), candidate.Sentence));
        }

        return new ExtractionResult(claims, speakers);
    }

    private static Speaker ToSpeaker(string id, SpeakerIdentity identity) =>
        new(id, identity.Name, identity.Kind, identity.Aliases, identity.Roles, identity.Mentions) { Affiliation = identity.Affiliation };

    private static string TextOf(AnnotatedDocument doc, List<TextRange> parts)
    {
        if (parts.Count == 1)
        {
            return doc.Text[parts[0].Start..parts[0].End];
        }

        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(doc.Text, part.Start, part.Length);
        }

        return text.ToString();
    }

    /// <summary>Direct when at least 95 % of the content's letters lie inside quotation marks, indirect at 5 % or less.</summary>
    private static ClaimKind KindOf(AnnotatedDocument doc, List<TextRange> parts)
    {
        var index = new QuoteIndex(doc);
        int letters = 0, quoted = 0;
        foreach (var part in parts)
        {
            Quotation? current = null;
            for (var i = part.Start; i < part.End; i++)
            {
                if (!char.IsLetterOrDigit(doc.Text[i]))
                {
                    continue;
                }

                letters++;
                if (current is null || !InPart(current, i))
                {
                    current = index.Around(i);
                }

                if (current is not null)
                {
                    quoted++;
                }
            }
        }

        if (letters == 0)
        {
            return ClaimKind.Indirect;
        }

        var share = (double)quoted / letters;
        return share >= 0.95 ? ClaimKind.Direct : share <= 0.05 ? ClaimKind.Indirect : ClaimKind.Mixed;
    }

    private static bool InPart(Quotation q, int offset)
    {
        foreach (var part in q.Parts)
        {
            if (part.Contains(offset))
            {
                return true;
            }
        }

        return false;
    }
}
