namespace ClaimExtraction.Documents;

/// <summary>The CoNLL four-class named-entity types CoreNLP marks, plus <see cref="None"/>.</summary>
internal enum EntityType : byte
{
    None = 0,
    Person,
    Organization,
    Location,
    Misc,
}
