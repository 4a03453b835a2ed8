using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using PpcBudget.Api.Features.Epc;
using PpcBudget.Api.Features.Estimates;
using PpcBudget.Api.Tests.Fakes;

namespace PpcBudget.Api.Tests.Redis;

/// <summary>
/// Two instances of the service on one real Redis and one fake Google Ads, as behind a balancer: they share the estimate
/// cache, Google's planning quota and each client's allowance; with Redis gone each answers on its own, and when Redis
/// is back they share again.
/// </summary>
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    FakeGoogleAds _google = null!;

    public async Task InitializeAsync()
    {
        _google = await FakeGoogleAds.StartAsync();
        _google.AcceptEveryIssuedToken = true;
        foreach (var keyword in new[] { "mortgage broker", "latte art class", "espresso machine repair" })
            _google.AddMetrics(keyword, [], averageCpcMicros: "3100000", low: "1200000", high: "5200000", searches: "9900");
    }

    public async Task DisposeAsync() => await _google.DisposeAsync();

    /// <summary>Two instances on the Redis at <paramref name="redis"/>, with keys of their own test.</summary>
    (PpcBudgetApi A, PpcBudgetApi B) TwoInstances(string redis, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(extra ?? [])
        {
            ["Redis:Configuration"] = redis,
            ["Redis:KeyPrefix"] = TestRedis.NewKeyPrefix(),
        };
        return (PpcBudgetApi.AgainstGoogleAds(_google, settings), PpcBudgetApi.AgainstGoogleAds(_google, settings));
    }

    static async Task<JsonNode> Estimate(HttpClient client, params string[] keywords) =>
        await (await client.PostAsJson(PostCpcEstimatesEndpoint.Route, new { keywords })).ReadOkJson();

    static string Source(JsonNode answer) => answer["estimates"]![0]!["source"]!.GetValue<string>();

    static async Task<JsonNode> Ready(HttpClient client) => await (await client.GetAsync("/readyz")).ReadOkJson();

    int HistoricalCalls => _google.PlannerCalls.Count(call => call.Method == FakeGoogleAds.HistoricalMetrics);

    [RedisFact]
    public async Task AnEstimateFetchedThroughOneInstanceIsAnsweredByTheOther()
    {
        var (a, b) = TwoInstances(TestRedis.Address!);
        await using var _ = a;
        await using var __ = b;

        var fromGoogle = await Estimate(a.CreateClient(), "mortgage broker");
        var fromCache = await Estimate(b.CreateClient(), "mortgage broker");

        Assert.Equal(1, HistoricalCalls);
        Assert.Equal("googleAds", Source(fromCache));
        Assert.Equal(fromGoogle.ToJsonString(), fromCache.ToJsonString());
        Assert.Equal("Healthy", (await Ready(b.CreateClient()))["checks"]!["redis"]!["status"]!.GetValue<string>());
    }

    [RedisFact]
    public async Task BatchesAskedOfBothInstancesAtOnceKeepToOnePlanningSchedule()
    {
        // Two requests a second for the developer token: the tenth batch reaches Google at least 9 × 500 ms after the
        // first was sent, however they are spread. One schedule per instance would let it go after 4 × 500 ms. Measured
        // from the start, not between calls: on a busy machine a call can reach the fake late, never early.
        var (a, b) = TwoInstances(TestRedis.Address!, new() { ["GoogleAds:RequestsPerSecond"] = "2" });
        await using var _ = a;
        await using var __ = b;
        var (toA, toB) = (a.CreateClient(), b.CreateClient());
        var start = DateTimeOffset.UtcNow;

        await Task.WhenAll(Enumerable.Range(0, 10).Select(batch =>
            Estimate(batch % 2 == 0 ? toA : toB, $"batch {batch} keyword one", $"batch {batch} keyword two")));

        var times = _google.PlannerCalls.Where(call => call.Method == FakeGoogleAds.HistoricalMetrics)
            .Select(call => call.ReceivedAt).Order().ToList();
        Assert.Equal(10, times.Count);
        var redisFailures = a.Logs.Lines.Concat(b.Logs.Lines).Where(line => line.Contains("Redis", StringComparison.Ordinal));
        Assert.True(times[^1] - start >= TimeSpan.FromSeconds(4.4),
            $"calls at {string.Join(", ", times.Select(time => Math.Round((time - start).TotalMilliseconds)))} ms; {string.Join("; ", redisFailures)}");
    }

    [RedisFact]
    public async Task ADailyQuotaStopSeenByOneInstanceStopsTheOtherUntilItHasPassed()
    {
        // Any retry delay is a stop here (MaxQuotaRetryDelay 0), so a 3 s one stands for a day's.
        var (a, b) = TwoInstances(TestRedis.Address!, new() { ["GoogleAds:MaxQuotaRetryDelay"] = "00:00:00" });
        await using var _ = a;
        await using var __ = b;
        var (toA, toB) = (a.CreateClient(), b.CreateClient());
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Quota("RESOURCE_EXHAUSTED", "3s"));
        var stopped = Stopwatch.StartNew();

        Assert.Equal("seed", Source(await Estimate(toA, "coffee shop")));
        var fromB = await Estimate(toB, "mortgage broker");
        var readyA = await Ready(toA);
        var readyB = await Ready(toB);

        Assert.Equal(1, HistoricalCalls);
        Assert.Equal("seed", Source(fromB));
        Assert.Contains("quota is used up until", fromB["warnings"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var ready in new[] { readyA, readyB })
        {
            Assert.Equal("Degraded", ready["status"]!.GetValue<string>());
            Assert.NotNull(ready["checks"]!["estimates"]!["data"]!["quotaStoppedUntil"]);
        }
        Assert.Equal(readyA["checks"]!["estimates"]!["data"]!["quotaStoppedUntil"]!.GetValue<string>(),
            readyB["checks"]!["estimates"]!["data"]!["quotaStoppedUntil"]!.GetValue<string>());

        await Task.Delay(TimeSpan.FromSeconds(3.2) - stopped.Elapsed);
        var after = await Estimate(toB, "mortgage broker");

        Assert.Equal(2, HistoricalCalls);
        Assert.Equal("googleAds", Source(after));
        Assert.Equal("Healthy", (await Ready(toA))["status"]!.GetValue<string>());
    }

    [RedisFact]
    public async Task OneClientCallingBothInstancesInTurnHasOneAllowance()
    {
        var (a, b) = TwoInstances(TestRedis.Address!, new()
        {
            ["Auth:ApiKeys:0"] = "team-key-8c41",
            ["Limits:RequestsPerClientBurst"] = "4",
            ["Limits:RequestsPerClientPerSecond"] = "1",
        });
        await using var _ = a;
        await using var __ = b;
        var clients = new[] { a.CreateClient(), b.CreateClient() };
        foreach (var client in clients)
            client.DefaultRequestHeaders.Add("X-Api-Key", "team-key-8c41");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++)
            answers.Add(await clients[i % 2].GetAsync($"{EpcEndpoint.Route}?customerValue=100"));

        // Four at once, and perhaps one more refilled while the ten went out; two allowances would have let eight through.
        var allowed = answers.Count(answer => answer.StatusCode == HttpStatusCode.OK);
        Assert.InRange(allowed, 4, 5);
        var refused = answers.Last();
        await refused.ReadProblem(HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture) >= 1);
    }

    [RedisFact]
    public async Task WithRedisGoneBothKeepAnsweringAndWhenItIsBackTheyShareAgain()
    {
        using var redis = new OwnRedisServer();
        await redis.StartAsync();
        var (a, b) = TwoInstances(redis.Address, new() { ["Limits:RequestsPerClientBurst"] = "1000" });
        await using var _ = a;
        await using var __ = b;
        var (toA, toB) = (a.CreateClient(), b.CreateClient());
        await Estimate(toA, "coffee shop");
        Assert.Equal("googleAds", Source(await Estimate(toB, "coffee shop")));
        Assert.Equal(1, HistoricalCalls);

        redis.Stop();
        var whileGone = Stopwatch.StartNew();
        foreach (var client in new[] { toA, toB })
        {
            Assert.Equal("googleAds", Source(await Estimate(client, "mortgage broker")));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{EpcEndpoint.Route}?customerValue=100")).StatusCode);
            var ready = await Ready(client);
            Assert.Equal("Degraded", ready["status"]!.GetValue<string>());
            Assert.Contains("Redis at 127.0.0.1:", ready["checks"]!["redis"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        }
        Assert.True(whileGone.Elapsed < TimeSpan.FromSeconds(5), $"six requests took {whileGone.Elapsed} without Redis");
        Assert.Equal(3, HistoricalCalls); // each instance asked Google itself

        await redis.StartAsync();
        await Task.WhenAll(UntilRedisIsHealthy(toA), UntilRedisIsHealthy(toB));
        await Estimate(toA, "latte art class");
        var shared = await Estimate(toB, "latte art class");

        Assert.Equal(4, HistoricalCalls);
        Assert.Equal("googleAds", Source(shared));
    }

    [Fact]
    public async Task WithRedisUnreachableFromTheStartTheServiceAnswersAndSaysWhy()
    {
        using var neverStarted = new OwnRedisServer();
        await using var api = PpcBudgetApi.AgainstGoogleAds(_google, new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = neverStarted.Address,
            ["Limits:RequestsPerClientBurst"] = "2",
            ["Limits:RequestsPerClientPerSecond"] = "1",
        });
        var client = api.CreateClient();
        var clock = Stopwatch.StartNew();

        var estimate = await Estimate(client, "mortgage broker");
        var again = await Estimate(client, "mortgage broker");
        // The bucket holds 2 and gains 1 a second: of 4 calls in a row one is refused, however long the estimates took
        // on a busy machine (a single third call was refused only when both came within the same second).
        HttpResponseMessage? overTheLimit = null;
        for (var call = 0; call < 4 && overTheLimit?.StatusCode != HttpStatusCode.TooManyRequests; call++)
            overTheLimit = await client.GetAsync($"{EpcEndpoint.Route}?customerValue=100");
        var ready = await Ready(client);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed} without Redis");
        Assert.Equal("googleAds", Source(estimate));
        Assert.Equal(estimate.ToJsonString(), again.ToJsonString());
        Assert.Equal(1, HistoricalCalls); // this instance's own cache
        await overTheLimit!.ReadProblem(HttpStatusCode.TooManyRequests); // its own limits
        Assert.Equal("Degraded", ready["status"]!.GetValue<string>());
        var redis = ready["checks"]!["redis"]!;
        Assert.Equal("Degraded", redis["status"]!.GetValue<string>());
        Assert.StartsWith($"Redis at {neverStarted.Address} is unreachable", redis["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(redis["data"]!["failure"]!.GetValue<string>()));
    }

    static async Task UntilRedisIsHealthy(HttpClient client)
    {
        var waited = Stopwatch.StartNew();
        while ((await Ready(client))["checks"]!["redis"]!["status"]!.GetValue<string>() != "Healthy")
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "not reconnected to Redis within 30 s");
            await Task.Delay(200);
        }
    }
}
