namespace ClaimExtraction;

/// <summary>How a claim's content is reported.</summary>
public enum ClaimKind
{
    /// <summary>The content is a quotation: (nearly) all of it lies inside quotation marks.</summary>
    Direct,

    /// <summary>Reported speech: the content is paraphrased, outside quotation marks.</summary>
    Indirect,

    /// <summary>Partly quoted, partly paraphrased.</summary>
    Mixed,
}

/// <summary>What kind of source a speaker is.</summary>
public enum SpeakerKind
{
    /// <summary>A named or pronominal individual ("Donald Trump", "he").</summary>
    Person,

    /// <summary>An institution, company, campaign or publication ("the Biden administration").</summary>
    Organization,

    /// <summary>A collective without a name ("critics", "many experts", "Republicans").</summary>
    Group,

    /// <summary>A deliberately unnamed source ("a senior official", "sources familiar with the talks").</summary>
    Anonymous,

    /// <summary>The source could not be classified.</summary>
    Unknown,
}

/// <summary>The kind of hedge that weakens a claim.</summary>
public enum HedgeCategory
{
    /// <summary>A modal verb: may, might, could.</summary>
    Modal,

    /// <summary>An epistemic verb: suggest, believe, appear, seem, think (also as the cue itself).</summary>
    EpistemicVerb,

    /// <summary>An adverb or adjective of likelihood: possibly, likely, potentially, unclear.</summary>
    Adverb,

    /// <summary>An approximator with a quantity: about, roughly, nearly.</summary>
    Approximator,

    /// <summary>An attribution shield: reportedly, allegedly.</summary>
    Shield,

    /// <summary>A condition: if, unless.</summary>
    Conditional,
}
