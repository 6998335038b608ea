using Microsoft.Extensions.Options;

namespace ClaimExtraction.DependencyInjection;

/// <summary>The extractor's own rule for its options, run by the options system (and at start with ValidateOnStart).</summary>
internal sealed class ClaimExtractorOptionsValidator : IValidateOptions<ClaimExtractorOptions>
{
    public ValidateOptionsResult Validate(string? name, ClaimExtractorOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
