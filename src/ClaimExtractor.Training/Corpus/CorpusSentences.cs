using ClaimExtraction.Documents;
using ClaimExtraction.Tagging;

namespace ClaimExtraction.Training.Corpus;

/// <summary>Turns CoreNLP articles into <see cref="LabeledSentence"/>s (tokens as offsets into the article text).</summary>
internal static class CorpusSentences
{
    public static List<LabeledSentence> From(IEnumerable<CoreNlpArticle> articles)
    {
        var result = new List<LabeledSentence>();
        foreach (var article in articles)
        {
            if (article.Text.Length == 0)
            {
                continue;
            }

            foreach (var sentence in article.Sentences)
            {
                var tokens = new Token[sentence.Length];
                var valid = true;
                for (var i = 0; i < sentence.Length; i++)
                {
                    var t = sentence[i];
                    if (t.Start < 0 || t.End > article.Text.Length || t.End < t.Start)
                    {
                        valid = false;
                        break;
                    }

                    tokens[i] = new Token
                    {
                        Start = t.Start,
                        End = t.End,
                        Pos = PosTags.Parse(t.Pos),
                        Lemma = t.Lemma,
                        Entity = CoreNlpCorpus.ParseEntity(t.Ner),
                        Head = -1,
                    };
                }

                if (valid)
                {
                    result.Add(new LabeledSentence(article.Text, tokens));
                }
            }
        }

        return result;
    }
}
