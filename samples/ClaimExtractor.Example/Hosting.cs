using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClaimExtraction.Example;

/// <summary>The README's dependency-injection example (compiled, not run by Program).</summary>
internal static class Hosting
{
    public static async Task<IClaimExtractor> StartAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddClaimExtractor(builder.Configuration.GetSection("ClaimExtractor")); // or: o => o.MinimumConfidence = 0.5
        var host = builder.Build();
        await host.StartAsync();                           // fails when MinimumConfidence is outside 0..1
        var extractor = host.Services.GetRequiredService<IClaimExtractor>();
        return extractor;
    }
}
