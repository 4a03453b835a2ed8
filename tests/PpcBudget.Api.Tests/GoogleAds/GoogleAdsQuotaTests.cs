using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PpcBudget.Api.Features.Estimates;
using PpcBudget.Api.GoogleAds;
using PpcBudget.Api.Tests.Fakes;

namespace PpcBudget.Api.Tests.GoogleAds;

/// <summary>
/// Quota errors as Google sends them: a retry delay that fits in the call is waited out; a longer one stops every call
/// until it has passed, whatever the quota error's name, and estimates come from the seed table, saying until when.
/// </summary>
public sealed class GoogleAdsQuotaTests : IAsyncLifetime
{
    readonly TestClock _clock = new();
    FakeGoogleAds _google = null!;

    public async Task InitializeAsync() => _google = await FakeGoogleAds.StartAsync();

    public async Task DisposeAsync() => await _google.DisposeAsync();

    PpcBudgetApi Api(Action<IServiceCollection>? services = null) => PpcBudgetApi.AgainstGoogleAds(_google, services: all =>
    {
        all.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock));
        services?.Invoke(all);
    });

    static Task<JsonNode> Estimate(HttpClient client, string keyword) =>
        client.PostAsJson(PostCpcEstimatesEndpoint.Route, new { keywords = new[] { keyword } }).ContinueWith(sent => sent.Result.ReadOkJson()).Unwrap();

    static string Source(JsonNode answer) => answer["estimates"]![0]!["source"]!.GetValue<string>();

    public static TheoryData<string> QuotaErrors => new()
    {
        "RESOURCE_EXHAUSTED", "RESOURCE_TEMPORARILY_EXHAUSTED",
        "EXCESSIVE_SHORT_TERM_QUERY_RESOURCE_CONSUMPTION", "EXCESSIVE_LONG_TERM_QUERY_RESOURCE_CONSUMPTION",
    };

    [Theory]
    [MemberData(nameof(QuotaErrors))]
    public async Task AShortRetryDelayIsWaitedOutWhateverTheName(string quotaError)
    {
        await using var api = Api();
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Quota(quotaError, "1s"));
        var clock = Stopwatch.StartNew();

        var answer = await Estimate(api.CreateClient(), "coffee shop");

        Assert.Equal(2, _google.PlannerCalls.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed}, before the 1 s Google asked for");
        Assert.Equal("googleAds", Source(answer));
        Assert.Empty(answer["warnings"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(QuotaErrors))]
    public async Task ALongRetryDelayStopsEveryCallUntilItHasPassed(string quotaError)
    {
        await using var api = Api();
        var client = api.CreateClient();
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Quota(quotaError, "40591s"));
        var until = GoogleAdsQuotaStoppedException.Utc(_clock.GetUtcNow() + TimeSpan.FromSeconds(40591));

        var first = await Estimate(client, "coffee shop");
        var during = await Estimate(client, "mortgage broker");
        _clock.Advance(TimeSpan.FromSeconds(40591 - 60));
        var aMinuteBefore = await Estimate(client, "latte art class");

        Assert.Single(_google.PlannerCalls); // not retried, and nothing more asked while stopped
        Assert.Single(api.Logs.Lines, line => line.Contains($"{quotaError} asks to wait 11:16:31: every call is stopped until {until[..16]}", StringComparison.Ordinal));
        foreach (var answer in new[] { first, during, aMinuteBefore })
        {
            Assert.Equal("seed", Source(answer));
            var warning = Assert.Single(answer["warnings"]!.AsArray())!.GetValue<string>();
            Assert.Contains("quota is used up until", warning, StringComparison.Ordinal);
            Assert.Contains(until[..16], warning, StringComparison.Ordinal); // to the minute: the test's clock reading is not Google's
        }

        _clock.Advance(TimeSpan.FromSeconds(61));
        var after = await Estimate(client, "coffee shop");

        Assert.Equal(2, _google.PlannerCalls.Count);
        Assert.Equal("googleAds", Source(after));
    }

    [Fact]
    public async Task ADelayLongerThanTheTimeLeftIsNotWaitedForButStopsCalls()
    {
        // 20 s is under MaxQuotaRetryDelay (30 s) but beyond the 8 s a call may take in all.
        await using var api = Api();
        var client = api.CreateClient();
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Quota("RESOURCE_TEMPORARILY_EXHAUSTED", "20s"));
        var clock = Stopwatch.StartNew();

        var answer = await Estimate(client, "coffee shop");
        await Estimate(client, "coffee shop");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.Single(_google.PlannerCalls);
        Assert.Equal("seed", Source(answer));
    }

    [Fact]
    public async Task MaxQuotaRetryDelayBoundsWhatIsWaitedOut()
    {
        await using var api = PpcBudgetApi.AgainstGoogleAds(_google, new Dictionary<string, string?> { ["GoogleAds:MaxQuotaRetryDelay"] = "00:00:00.5" });
        var client = api.CreateClient();
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Quota("RESOURCE_EXHAUSTED", "1s"));

        var answer = await Estimate(client, "coffee shop");
        var ready = await (await client.GetAsync("/readyz")).ReadOkJson();

        Assert.Single(_google.PlannerCalls);
        Assert.Equal("seed", Source(answer));
        Assert.NotNull(ready["checks"]!["estimates"]!["data"]!["quotaStoppedUntil"]);
    }

    [Fact]
    public async Task TheStopHoldsForForecastsToo()
    {
        await using var api = Api();
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Quota("RESOURCE_EXHAUSTED", "40591s"));
        await Estimate(api.CreateClient(), "coffee shop");

        var curve = await api.Services.GetRequiredService<GoogleAdsForecasts>()
            .ForecastAsync(["coffee shop"], [1.00m, 2.00m], "USD", null, null, CancellationToken.None);

        Assert.DoesNotContain(_google.PlannerCalls, call => call.Method == FakeGoogleAds.ForecastMetrics);
        Assert.Empty(curve.Points);
        Assert.False(curve.Complete);
        Assert.StartsWith("Google Ads forecast 0 of 2 bids: its quota is used up until ", curve.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstancesSharingTheStopAreStoppedTogether()
    {
        // What a Redis-backed IGoogleAdsQuotaStop gives several instances, with one in-process stop standing in for it.
        var shared = new InProcessGoogleAdsQuotaStop(_clock);
        void Share(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<IGoogleAdsQuotaStop>(shared));
        await using var first = Api(Share);
        await using var second = Api(Share);
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Quota("RESOURCE_EXHAUSTED", "40591s"));

        await Estimate(first.CreateClient(), "coffee shop");
        var fromSecond = await Estimate(second.CreateClient(), "mortgage broker");

        Assert.Single(_google.PlannerCalls);
        Assert.Equal("seed", Source(fromSecond));
    }

    [Fact]
    public async Task EveryAttemptTakesALeaseFromTheRegisteredLimiter()
    {
        var limiter = new CountingLimiter();
        await using var api = Api(services => services.Replace(ServiceDescriptor.Singleton<IGoogleAdsRequestLimiter>(limiter)));
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Status(500));

        var answer = await Estimate(api.CreateClient(), "coffee shop");

        Assert.Equal("googleAds", Source(answer));
        Assert.Equal(2, _google.PlannerCalls.Count);
        Assert.Equal(2, limiter.Leases);
    }

    sealed class CountingLimiter : IGoogleAdsRequestLimiter
    {
        int _leases;

        public int Leases => _leases;

        public ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _leases);
            return ValueTask.FromResult<RateLimitLease>(Granted.Lease);
        }

        sealed class Granted : RateLimitLease
        {
            public static readonly Granted Lease = new();

            public override bool IsAcquired => true;

            public override IEnumerable<string> MetadataNames => [];

            public override bool TryGetMetadata(string metadataName, out object? metadata)
            {
                metadata = null;
                return false;
            }
        }
    }
}
