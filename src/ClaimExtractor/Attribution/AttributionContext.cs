using ClaimExtraction.Documents;
using ClaimExtraction.Tagging;

namespace ClaimExtraction.Attribution;

/// <summary>
/// Per-document facts the attribution models read, computed once in linear time: each token's sentence, the
/// quotation it sits in, its dependents, and its lemma as a string (lower-case word when untagged).
/// </summary>
internal sealed class AttributionContext
{
    private const int MaxTreeWalk = 64;

    public AttributionContext(AnnotatedDocument doc)
    {
        Doc = doc;
        var tokens = doc.Tokens;
        var n = tokens.Length;
        SentenceOf = new int[n];
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            var sentence = doc.Sentences[s];
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                SentenceOf[i] = s;
            }
        }

        CommasBefore = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            var sentenceStart = i > 0 && SentenceOf[i] != SentenceOf[i - 1];
            CommasBefore[i + 1] = (sentenceStart ? 0 : CommasBefore[i]) + (tokens[i].Pos == PosTag.Comma ? 1 : 0);
        }

        QuoteOf = new int[n];
        var q = 0;
        var quotes = doc.Quotations;
        for (var i = 0; i < n; i++)
        {
            var start = tokens[i].Start;
            while (q < quotes.Length && quotes[q].OuterEnd <= start)
            {
                q++;
            }

            QuoteOf[i] = q < quotes.Length && quotes[q].OpenMark <= start ? q : -1;
        }

        EndUnclosedQuotesAtAttribution(doc);

        FirstChild = new int[n];
        NextSibling = new int[n];
        Array.Fill(FirstChild, -1);
        Array.Fill(NextSibling, -1);
        for (var i = n - 1; i >= 0; i--)
        {
            var head = tokens[i].Head;
            if (head >= 0 && head < n)
            {
                NextSibling[i] = FirstChild[head];
                FirstChild[head] = i;
            }
        }

        OpensClause = new bool[n];
        for (var i = 0; i < n; i++)
        {
            OpensClause[i] = Relation(i) is "rcmod" or "acl:relcl" or "acl" or "advcl" or "conj" or "parataxis" or "appos" or "vmod" or "partmod" or "dep";
        }

        Lemmas = new string[n];
        LemmaIds = new ulong[n];
        RelationIds = new ulong[n];
        SuffixIds = new ulong[n];
        VerbRates = new sbyte[n];
        NounRates = new sbyte[n];
        WordSenses = new long[n];
        var lexicon = CueLexicon.Instance;
        var wordNet = WordNetClasses.Instance;
        for (var i = 0; i < n; i++)
        {
            var lemma = Lemmas[i] = tokens[i].Lemma ?? doc.TokenString(i).ToLowerInvariant();
            LemmaIds[i] = FeatureHash.Of(0, lemma);
            RelationIds[i] = FeatureHash.Of(0, Relation(i));
            var word = doc.TokenText(i);
            SuffixIds[i] = FeatureHash.Of(0, word.Length > 3 ? word[^3..] : word);
            VerbRates[i] = lexicon.TryGetVerb(word, out var verb) ? (sbyte)(verb.CueRate * 10) : (sbyte)-1;
            NounRates[i] = lexicon.TryGetNoun(word, out var noun) ? (sbyte)(noun.CueRate * 10) : (sbyte)-1;
            var pos = tokens[i].Pos;
            WordSenses[i] = pos.IsVerb() || pos is PosTag.NN or PosTag.NNS ? wordNet.Of(lemma, pos.IsVerb()).Code : -1;
        }
    }

    public static ulong SentenceStartId { get; } = FeatureHash.Of(0, "<s>");

    public static ulong SentenceEndId { get; } = FeatureHash.Of(0, "</s>");

    public static ulong RootId { get; } = FeatureHash.Of(0, "ROOT");

    /// <summary>Per token: the hashed lemma, the hashed dependency relation, the hashed last three letters.</summary>
    public ulong[] LemmaIds { get; }

    public ulong[] RelationIds { get; }

    public ulong[] SuffixIds { get; }

    /// <summary>Per token: the cue lexicon's rate (tenths) as a verb and as a noun, or -1 when the word is no cue.</summary>
    public sbyte[] VerbRates { get; }

    public sbyte[] NounRates { get; }

    /// <summary>Per verb or common noun token: its WordNet senses' <see cref="WordNetClasses.Senses.Code"/> (0 unknown); -1 for other tags.</summary>
    public long[] WordSenses { get; }

    public ulong RelationId(int token) => token >= 0 ? RelationIds[token] : RootId;

    public AnnotatedDocument Doc { get; }

    /// <summary>Most tokens between a comma and the reporting verb of an inserted attribution (", Trump stated").</summary>
    private const int MaxInsertedSourceTokens = 4;

    public Token[] Tokens => Doc.Tokens;

    public int[] SentenceOf { get; }

    /// <summary>
    /// Per token index i (0..n), the commas among the tokens of i's sentence before i (index n: through the last
    /// token); within a sentence, <c>CommasBefore[b] - CommasBefore[a + 1]</c> counts the commas strictly between a and b.
    /// </summary>
    public int[] CommasBefore { get; }

    /// <summary>Per token: whether its relation makes it the head of a relative, adverbial, participial, coordinated or appositive clause.</summary>
    public bool[] OpensClause { get; }

    /// <summary>Index into <see cref="AnnotatedDocument.Quotations"/> of the quotation holding the token (marks included), or -1.</summary>
    public int[] QuoteOf { get; }

    public int[] FirstChild { get; }

    public int[] NextSibling { get; }

    public string[] Lemmas { get; }

    /// <summary>
    /// A quotation whose closing mark is missing runs to the end of its paragraph; when an attribution follows the
    /// quoted words inside it (“I expect more talks, Trump stated when asked …), the quote really ended at the comma.
    /// </summary>
    private void EndUnclosedQuotesAtAttribution(AnnotatedDocument doc)
    {
        var tokens = doc.Tokens;
        var lexicon = CueLexicon.Instance;
        for (var i = 0; i < tokens.Length; i++)
        {
            var quote = QuoteOf[i];
            if (quote < 0 || doc.Quotations[quote].IsClosed || tokens[i].Pos != PosTag.Comma)
            {
                continue;
            }

            for (var j = i + 1; j < tokens.Length && j <= i + MaxInsertedSourceTokens + 1 && QuoteOf[j] == quote; j++)
            {
                if (tokens[j].Pos is PosTag.VBD or PosTag.VBZ && lexicon.TryGetVerb(doc.TokenText(j), out var verb) && verb.CueRate >= 0.3)
                {
                    for (var k = i; k < tokens.Length && QuoteOf[k] == quote; k++)
                    {
                        QuoteOf[k] = -1;
                    }

                    break;
                }

                if (!(tokens[j].Pos.IsProperNoun() || tokens[j].Pos is PosTag.PRP or PosTag.DT or PosTag.NN or PosTag.NNS or PosTag.JJ))
                {
                    break;
                }
            }
        }
    }

    public string Relation(int token) => token >= 0 ? Tokens[token].Relation ?? "-" : "ROOT";

    /// <summary>Whether the token has a dependent of this relation, one of them inside [start, end) when a range is given.</summary>
    public bool HasChild(int token, string relation, int start = 0, int end = int.MaxValue)
    {
        for (var child = FirstChild[token]; child >= 0; child = NextSibling[child])
        {
            if (child >= start && child < end && Relation(child) == relation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where <paramref name="token"/> hangs relative to <paramref name="anchor"/> in the dependency tree:
    /// inside its subtree (and through which dependent), above it, under its governor, or elsewhere.
    /// </summary>
    public TreePosition PositionOf(int token, int anchor)
    {
        if (token == anchor)
        {
            return new TreePosition(TreeRelation.Self, -1, 0, -1);
        }

        var anchorHead = Tokens[anchor].Head;
        var previous = -1;
        var beforePrevious = -1;
        var current = token;
        for (var depth = 0; depth < MaxTreeWalk && current >= 0; depth++)
        {
            if (current == anchor)
            {
                return new TreePosition(TreeRelation.Below, previous, depth, beforePrevious);
            }

            if (current == anchorHead)
            {
                return previous < 0
                    ? new TreePosition(TreeRelation.Above, anchor, depth, -1)
                    : new TreePosition(TreeRelation.Beside, previous, depth, beforePrevious);
            }

            beforePrevious = previous;
            previous = current;
            current = Tokens[current].Head;
        }

        return new TreePosition(TreeRelation.Elsewhere, -1, 0, -1);
    }

    /// <summary>The hashed relation of a path token, or a fixed id when the path has none.</summary>
    public ulong PathId(int token) => token >= 0 ? RelationIds[token] : SentenceStartId;
}

internal enum TreeRelation : byte
{
    Self,
    Below,
    Above,
    Beside,
    Elsewhere,
}

/// <summary>
/// A token's place relative to an anchor: the relation kind, the token where the path leaves the anchor (or its
/// governor) — its relation names the branch —, the depth, and the next token down that path (-1 when none).
/// </summary>
internal readonly record struct TreePosition(TreeRelation Kind, int BranchToken, int Depth, int SubBranchToken);
