namespace ClaimExtraction;

/// <summary>One claim of a batch: the article it came from (its index in the batch) and its <see cref="Claim.Id"/>.</summary>
/// <param name="Article">Index of the article's result, in the order the results were given to the clusterer.</param>
/// <param name="ClaimId">The claim's id within that result ("c3").</param>
public sealed record ClusterMember(int Article, string ClaimId);

/// <summary>
/// One statement by one speaker as several articles report it: the same quotation, the same quotation cut shorter or
/// longer, or a paraphrase whose words overlap a quotation's enough.
/// </summary>
/// <param name="Speaker">The speaker's name (the name most members give; <see cref="Claim.Speaker"/>).</param>
/// <param name="Text">The representative wording: the direct quotation most members share (the longest on a tie),
/// else the longest member.</param>
/// <param name="Representative">The member whose text <paramref name="Text"/> is.</param>
/// <param name="Members">Every claim reporting the statement, by article, then claim order.</param>
/// <param name="EarliestArticle">The article published first among the members, where dates were given; else null.</param>
/// <param name="Variants">Direct quotations whose words differ from the representative's, one per distinct wording,
/// each with its word diff; empty when the representative is not a direct quotation.</param>
public sealed record ClaimCluster(
    string Speaker,
    string Text,
    ClusterMember Representative,
    IReadOnlyList<ClusterMember> Members,
    int? EarliestArticle,
    IReadOnlyList<QuoteVariant> Variants);

/// <summary>A wording of a cluster's quotation that differs from its representative text.</summary>
/// <param name="Text">The quotation's words as this variant gives them.</param>
/// <param name="Members">The members quoting exactly these words (case and punctuation aside).</param>
/// <param name="PossibleMisquote">True when words inside the quotation are changed, added or left out without an
/// ellipsis or brackets to mark it; omissions at the edges (a quotation cut shorter) are not misquotes.</param>
/// <param name="Diff">The representative's words against this variant's, in order.</param>
public sealed record QuoteVariant(
    string Text,
    IReadOnlyList<ClusterMember> Members,
    bool PossibleMisquote,
    IReadOnlyList<WordChange> Diff);

/// <summary>A run of words in a quotation diff.</summary>
/// <param name="Kind">How the words differ between the representative and the variant.</param>
/// <param name="Words">The words, separated by single spaces.</param>
public sealed record WordChange(WordChangeKind Kind, string Words);

/// <summary>How a run of words differs between a cluster's representative quotation and a variant.</summary>
public enum WordChangeKind
{
    /// <summary>Both give these words.</summary>
    Same,

    /// <summary>Words at the start or end of the representative that the variant leaves out (a shorter cut).</summary>
    Truncated,

    /// <summary>Words at the start or end of the variant beyond the representative (a longer cut).</summary>
    Extended,

    /// <summary>Words left out or put in at an ellipsis, brackets or a break between quotations: marked, not a misquote.</summary>
    Elided,

    /// <summary>Words inside the representative that the variant leaves out unmarked: a possible misquote.</summary>
    Removed,

    /// <summary>Words inside the variant that the representative does not have: a possible misquote.</summary>
    Added,
}
