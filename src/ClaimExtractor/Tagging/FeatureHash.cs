using System.Runtime.CompilerServices;

namespace ClaimExtraction.Tagging;

/// <summary>
/// Hashes feature templates and their string values to 64-bit feature ids without allocating (FNV-1a over UTF-16
/// code units). The same text always gives the same id, on every platform, so trained models stay valid.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int template, ReadOnlySpan<char> value)
    {
        var h = Offset ^ (ulong)template;
        h *= Prime;
        foreach (var ch in value)
        {
            h ^= ch;
            h *= Prime;
        }

        return h;
    }

    public static ulong Of(int template, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var h = Of(template, first);
        h ^= 0x1F;
        h *= Prime;
        foreach (var ch in second)
        {
            h ^= ch;
            h *= Prime;
        }

        return h;
    }

    public static ulong Of(int template, long value)
    {
        var h = Offset ^ (ulong)template;
        h *= Prime;
        h ^= (ulong)value;
        h *= Prime;
        h ^= (ulong)value >> 32;
        h *= Prime;
        return h;
    }

    /// <summary>Combines an existing id with a number, e.g. to condition a feature on a previous tag.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong With(ulong hash, long value)
    {
        hash ^= (ulong)value + 0x9E3779B97F4A7C15UL;
        hash *= Prime;
        return hash;
    }
}
