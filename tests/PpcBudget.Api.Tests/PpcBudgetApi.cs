using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
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
    readonly Action<IServiceCollection>? _services;

    public PpcBudgetApi() : this(new Dictionary<string, string?>()) { }

    PpcBudgetApi(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null) =>
        (_settings, _services) = (settings, services);

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Hundreds of short-lived instances: each would spend a second warming the bulk path (see BulkWarmUpTests).
        builder.UseSetting("Performance:WarmUpRows", "0");
        // Settings, not ConfigureAppConfiguration: Program reads some configuration while it registers services,
        // before configuration callbacks would run.
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Trace));
        if (_services is not null)
            builder.ConfigureTestServices(_services);
    }

    public static PpcBudgetApi With(IReadOnlyDictionary<string, string?> settings) => new(settings);

    public static PpcBudgetApi AgainstGoogleAds(FakeGoogleAds fake, IReadOnlyDictionary<string, string?>? extra = null,
        Action<IServiceCollection>? services = null) =>
        new(fake.Configuration.Concat(extra ?? new Dictionary<string, string?>()).ToDictionary(), services);
}

[CollectionDefinition(Name)]
public sealed class SharedApi : ICollectionFixture<PpcBudgetApi>
{
    public const string Name = "api";
}
