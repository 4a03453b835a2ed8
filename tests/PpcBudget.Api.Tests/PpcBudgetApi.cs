using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PpcBudget.Api.Tests.Fakes;

namespace PpcBudget.Api.Tests;

/// <summary>
/// The whole service in memory, in the Testing environment. The shared instance runs as a fresh install does (no
/// Google Ads account: estimates from the seed table); tests of outside services start their own with settings that
/// point at a fake, and every log line is captured.
/// </summary>
public sealed class PpcBudgetApi : WebApplicationFactory<Program>
{
    readonly IReadOnlyDictionary<string, string?> _settings;

    public PpcBudgetApi() : this(new Dictionary<string, string?>()) { }

    PpcBudgetApi(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Trace));
    }

    public static PpcBudgetApi AgainstGoogleAds(FakeGoogleAds fake, IReadOnlyDictionary<string, string?>? extra = null) =>
        new(fake.Configuration.Concat(extra ?? new Dictionary<string, string?>()).ToDictionary());
}

[CollectionDefinition(Name)]
public sealed class SharedApi : ICollectionFixture<PpcBudgetApi>
{
    public const string Name = "api";
}
