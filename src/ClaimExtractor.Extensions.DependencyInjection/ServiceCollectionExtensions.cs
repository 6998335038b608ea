using ClaimExtraction;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the claim extractor with Microsoft.Extensions.DependencyInjection.</summary>
public static class ClaimExtractorServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IClaimExtractor"/> as a singleton (the extractor is thread-safe), configured through
    /// <see cref="ClaimExtractorOptions"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional settings.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddClaimExtractor(this IServiceCollection services, Action<ClaimExtractorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<ClaimExtractorOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.AddSingleton<IClaimExtractor>(provider => new ClaimExtractor(provider.GetRequiredService<IOptions<ClaimExtractorOptions>>().Value));
        return services;
    }
}
