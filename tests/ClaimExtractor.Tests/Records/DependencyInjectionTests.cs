using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimExtraction.Tests.Records;

/// <summary>AddClaimExtractor the usual way: TryAdd, options validated at start, bound from configuration, logging.</summary>
public class DependencyInjectionTests
{
    private const string Text = "Trump said that the war must end.";

    [Fact]
    public void A_registration_of_ones_own_wins()
    {
        var own = new ClaimExtractor();
        using var provider = new ServiceCollection().AddSingleton<IClaimExtractor>(own).AddClaimExtractor().BuildServiceProvider();
        provider.GetRequiredService<IClaimExtractor>().Should().BeSameAs(own);
        new ServiceCollection().AddClaimExtractor().AddClaimExtractor().Count(d => d.ServiceType == typeof(IClaimExtractor)).Should().Be(1);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Options_out_of_range_fail_at_start(double minimumConfidence)
    {
        using var provider = new ServiceCollection().AddClaimExtractor(o => o.MinimumConfidence = minimumConfidence).BuildServiceProvider();
        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();
        start.Should().Throw<OptionsValidationException>().WithMessage("*MinimumConfidence*");
    }

    [Fact]
    public void Valid_options_pass_at_start()
    {
        using var provider = new ServiceCollection().AddClaimExtractor(o => o.MinimumConfidence = 0.5).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void Options_bind_from_a_configuration_section()
    {
        var configuration = Configuration("0.99");
        using var provider = new ServiceCollection().AddClaimExtractor(configuration.GetSection("ClaimExtractor")).BuildServiceProvider();
        provider.GetRequiredService<IOptions<ClaimExtractorOptions>>().Value.MinimumConfidence.Should().Be(0.99);
        provider.GetRequiredService<IClaimExtractor>().Extract(Text).Claims.Should().BeEmpty();

        using var bad = new ServiceCollection().AddClaimExtractor(Configuration("1.5").GetSection("ClaimExtractor")).BuildServiceProvider();
        var start = () => bad.GetRequiredService<IStartupValidator>().Validate();
        start.Should().Throw<OptionsValidationException>();
    }

    [Fact]
    public void Model_loading_is_logged_when_a_logger_is_there()
    {
        var messages = new List<string>();
        using var provider = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(new ListLoggerProvider(messages)).SetMinimumLevel(LogLevel.Debug))
            .AddClaimExtractor()
            .BuildServiceProvider();
        var extractor = provider.GetRequiredService<IClaimExtractor>();
        extractor.Extract(Text).Claims.Should().NotBeEmpty();
        extractor.ExtractMany([Text, Text]).Should().HaveCount(2);
        messages.Should().Contain(m => m.StartsWith("ClaimExtraction.ClaimExtractor: ClaimExtractor ready in", StringComparison.Ordinal));
        messages.Should().Contain(m => m.Contains("a batch of 2 articles", StringComparison.Ordinal));
    }

    private static IConfigurationRoot Configuration(string minimumConfidence) =>
        new ConfigurationBuilder().AddInMemoryCollection([new("ClaimExtractor:MinimumConfidence", minimumConfidence)]).Build();

    private sealed class ListLoggerProvider(List<string> messages) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, messages);

        public void Dispose()
        {
        }

        private sealed class ListLogger(string category, List<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (messages)
                {
                    messages.Add($"{category}: {formatter(state, exception)}");
                }
            }
        }
    }
}
