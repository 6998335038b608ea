namespace ClaimExtraction.Behaviour;

/// <summary>One claim a case expects the extractor to find.</summary>
/// <param name="Content">Key words of the content: the claim's text must contain them.</param>
/// <param name="Speaker">A name the claim's speaker must contain (a surname, an organisation's key word), or null for any.</param>
/// <param name="Cue">A word the claim's cue must contain, or null for any (including none).</param>
/// <param name="Kind">The kind the claim must have, or null for any.</param>
/// <param name="NotContent">Words the claim's text must not contain (another speaker's quote, a headline), or null.</param>
public sealed record ExpectedClaim(string Content, string? Speaker, string? Cue, ClaimKind? Kind = null, string? NotContent = null)
{
    public override string ToString()
    {
        var kind = Kind is null ? "" : $" [{Kind}]";
        var not = NotContent is null ? "" : $" (not \"{NotContent}\")";
        return $"\"{Content}\" by {Speaker ?? "anyone"} via {Cue ?? "any cue"}{kind}{not}";
    }
}

/// <summary>One generated test case: an article and what must (or must not) be found in it.</summary>
/// <param name="Capability">The capability the case exercises.</param>
/// <param name="Id">Stable identifier within the suite ("capability/number").</param>
/// <param name="Text">The article text.</param>
/// <param name="Claims">Expected claims; empty means no claim may be found at all.</param>
public sealed record BehaviourCase(string Capability, string Id, string Text, IReadOnlyList<ExpectedClaim> Claims)
{
    public bool ExpectsNoClaim => Claims.Count == 0;
}

/// <summary>The outcome of one case.</summary>
public sealed record CaseResult(BehaviourCase Case, bool Passed, string Reason, IReadOnlyList<Claim> Found);

/// <summary>Pass counts for one capability.</summary>
public sealed record CapabilityScore(string Capability, int Passed, int Total)
{
    public double Rate => Total == 0 ? 1 : (double)Passed / Total;
}
