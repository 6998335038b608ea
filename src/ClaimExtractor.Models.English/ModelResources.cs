namespace ClaimExtraction.Models.English;

/// <summary>Marks the assembly that carries the English model resources; the library finds them through it.</summary>
internal static class ModelResources
{
    /// <summary>The assembly whose manifest resources are the models.</summary>
    public static System.Reflection.Assembly Assembly => typeof(ModelResources).Assembly;
}
