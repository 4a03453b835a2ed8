using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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
        // Settings, not ConfigureAppConfiguration: Program reads some configuration while it registers services,
        // before configuration callbacks would run.
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Trace));
    }

    public static PpcBudgetApi With(IReadOnlyDictionary<string, string?> settings) => new(settings);

    public static PpcBudgetApi AgainstGoogleAds(FakeGoogleAds fake, IReadOnlyDictionary<string, string?>? extra = null) =>
        new(fake.Configuration.Concat(extra ?? new Dictionary<string, string?>()).ToDictionary());
}

[CollectionDefinition(Name)]
public sealed class SharedApi : ICollectionFixture<PpcBudgetApi>
{
    public const string Name = "api";
}
