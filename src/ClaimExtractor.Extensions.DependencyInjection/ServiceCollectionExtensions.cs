using System.Diagnostics;
using ClaimExtraction;
using ClaimExtraction.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the claim extractor with Microsoft.Extensions.DependencyInjection.</summary>
public static class ClaimExtractorServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IClaimExtractor"/> as a singleton (the extractor is thread-safe) unless one is registered
    /// already, configured through <see cref="ClaimExtractorOptions"/>. The options are validated when the host starts
    /// (a <see cref="ClaimExtractorOptions.MinimumConfidence"/> outside 0..1 stops it with an
    /// <see cref="OptionsValidationException"/>). When an <see cref="ILogger{TCategoryName}"/> of
    /// <see cref="ClaimExtractor"/> can be resolved, model loading and slow inputs are logged.
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

        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClaimExtractorOptions>, ClaimExtractorOptionsValidator>());
        services.TryAddSingleton(Create);
        return services;
    }

    /// <summary>
    /// Adds <see cref="IClaimExtractor"/> as <see cref="AddClaimExtractor(IServiceCollection, Action{ClaimExtractorOptions})"/>
    /// does, with <see cref="ClaimExtractorOptions"/> bound from a configuration section, e.g.
    /// <c>"ClaimExtractor": { "MinimumConfidence": 0.6 }</c> with <c>configuration.GetSection("ClaimExtractor")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    public static IServiceCollection AddClaimExtractor(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ClaimExtractorOptions>().Bind(configuration);
        return services.AddClaimExtractor();
    }

    private static IClaimExtractor Create(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<ClaimExtractorOptions>>().Value;
        var logger = provider.GetService<ILogger<ClaimExtractor>>();
        if (logger is null)
        {
            return new ClaimExtractor(options);
        }

        var clock = Stopwatch.StartNew();
        var extractor = new ClaimExtractor(options);
        ExtractorLog.Ready(logger, clock.ElapsedMilliseconds);
        return new LoggingClaimExtractor(extractor, logger);
    }
}
