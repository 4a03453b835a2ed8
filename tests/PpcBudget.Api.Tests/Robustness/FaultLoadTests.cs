using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Api.Tests.Fakes;
using Xunit.Abstractions;

namespace PpcBudget.Api.Tests.Robustness;

/// <summary>
/// 64 clients against the budget endpoints, every request needing estimates, while the Google Ads planner fails every
/// other call. Nothing the upstream does may reach a caller as a 5xx: every answer is a 200 whose estimated CPCs come
/// from Google Ads or, flagged by a warning, from the seed table. The planner client holds itself to 1 call a second and
/// opens its circuit on failures, so most answers come from the cache or the seed table; that is the design, and the
/// test asserts the invariant, not a ratio. PPCBUDGET_FAULT_LOAD_SECONDS sets the length (default 5 s; the full run is 30 s).
/// </summary>
public sealed class FaultLoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const string DurationVariable = "PPCBUDGET_FAULT_LOAD_SECONDS";
    const int Clients = 64;
    const string OwnCpcKeyword = "keyword with its own cpc";
    const decimal OwnCpc = 1.50m;

    /// <summary>A request that has no answer by then is a hang: the service promises an answer within about its timeouts.</summary>
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Keywords both sources know, at different CPCs, so every line's figure shows which source it came from.</summary>
    static readonly Dictionary<string, (decimal Seed, decimal GoogleAds)> Estimated = new(StringComparer.Ordinal)
    {
        ["coffee shop"] = (2.90m, 3.01m),
        ["mortgage broker"] = (13.76m, 13.87m),
        ["espresso machine"] = (1.05m, 1.16m),
        ["cold brew coffee"] = (0.88m, 0.99m),
        ["plumber near me"] = (9.75m, 9.86m),
        ["teeth whitening"] = (3.15m, 3.26m),
    };

    FakeGoogleAds _google = null!;
    PpcBudgetApi _api = null!;

    public async Task InitializeAsync()
    {
        _google = await FakeGoogleAds.StartAsync();
        foreach (var (keyword, (_, googleAds)) in Estimated)
            _google.AddMetrics(keyword, [], Micros(googleAds), low: Micros(googleAds / 2), high: Micros(googleAds * 2), searches: "12100");
        _google.FailEveryOtherCall();
        _api = PpcBudgetApi.AgainstGoogleAds(_google, new Dictionary<string, string?>
        {
            // A caller waits at most a second for Google before the seed table answers, so a short run still makes many requests.
            ["GoogleAds:AttemptTimeout"] = "00:00:00.5",
            ["GoogleAds:TotalTimeout"] = "00:00:01",
            // All 64 clients come from one address; a per-client request limit is not what this test is about.
            ["Limits:RequestsPerClientPerSecond"] = "0",
        });
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _google.DisposeAsync();
    }

    [Fact]
    public async Task AnUpstreamFailingHalfItsCallsNeverReachesACallerAsA5xx()
    {
        var duration = Duration();
        var clients = Enumerable.Range(0, Clients).Select(_ => _api.CreateClient()).ToList();
        var tally = new Tally();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(clients.Select((client, id) => Task.Run(async () =>
        {
            var random = new Random(id);
            for (var n = id; clock.Elapsed < duration; n++)
                await SendAndCheckAsync(client, Request(n, random), tally);
        })));
        clock.Stop();
        clients.ForEach(client => client.Dispose());

        output.WriteLine(tally.Report(clock.Elapsed, _google));
        Assert.Equal(0, tally.ServerErrors);
        Assert.True(tally.Wrong.IsEmpty, $"{tally.Wrong.Count} answers broke the invariant, such as:\n{string.Join("\n", tally.Wrong.Take(5))}");
        Assert.True(_google.FaultsServed > 0, "The planner never failed: the run was too short to test anything.");
        Assert.True(tally.Answers[Mix.Fallback] + tally.Answers[Mix.Both] > 0, "No answer fell back to the seed table.");
    }

    static TimeSpan Duration()
    {
        var setting = Environment.GetEnvironmentVariable(DurationVariable);
        if (string.IsNullOrWhiteSpace(setting))
            return TimeSpan.FromSeconds(5);
        return double.TryParse(setting, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new InvalidOperationException($"{DurationVariable} must be a number of seconds, such as 30; it is '{setting}'.");
    }

    /// <summary>Both budgets, as JSON, as a query and as a CSV plan, for two estimated keywords and one with its own CPC.</summary>
    /// <remarks>Each asks for estimates in one of 2,000 locations, a cache entry of its own, so Google Ads is asked all run long.</remarks>
    static HttpRequestMessage Request(int n, Random random)
    {
        var keywords = Estimated.Keys.OrderBy(_ => random.Next()).Take(2).ToArray();
        var geo = random.Next(1_000, 3_000).ToString(CultureInfo.InvariantCulture);
        var own = OwnCpc.ToString(CultureInfo.InvariantCulture);
        var json = $$"""{ "keyword": "{{keywords[0]}}" }, { "keyword": "{{keywords[1]}}" }, { "keyword": "{{OwnCpcKeyword}}", "cpc": {{own}} }""";
        var list = Uri.EscapeDataString($"{keywords[0]},{keywords[1]},{OwnCpcKeyword}");
        var csv = $"keyword,cpc\n{keywords[0]},\n{keywords[1]},\n{OwnCpcKeyword},{own}\n";
        return (n % 6) switch
        {
            0 => Post(TestingBudgetEndpoint.Route, $$"""{ "months": 3, "geoTargets": [ "{{geo}}" ], "keywords": [ {{json}} ] }""", "application/json"),
            1 => new HttpRequestMessage(HttpMethod.Get, $"{TestingBudgetEndpoint.Route}?months=3&geoTargets={geo}&keywords={list}&cpcs=,,{own}"),
            2 => Post($"{TestingBudgetEndpoint.Route}?months=3&geoTargets={geo}", csv, "text/csv"),
            3 => Post(RoiBudgetEndpoint.Route, $$"""{ "customerValue": 320, "geoTargets": [ "{{geo}}" ], "keywords": [ {{json}} ] }""", "application/json"),
            4 => new HttpRequestMessage(HttpMethod.Get, $"{RoiBudgetEndpoint.Route}?customerValue=320&geoTargets={geo}&keywords={list}&cpcs=,,{own}"),
            _ => Post($"{RoiBudgetEndpoint.Route}?customerValue=320&geoTargets={geo}", csv, "text/csv"),
        };
    }

    static HttpRequestMessage Post(string target, string body, string contentType) =>
        new(HttpMethod.Post, target) { Content = new StringContent(body, Encoding.UTF8, contentType) };

    static async Task SendAndCheckAsync(HttpClient client, HttpRequestMessage request, Tally tally)
    {
        using var patience = new CancellationTokenSource(Patience);
        var what = $"{request.Method} {request.RequestUri}";
        try
        {
            using var response = await client.SendAsync(request, patience.Token);
            var body = await response.Content.ReadAsStringAsync(patience.Token);
            tally.Check(what, (int)response.StatusCode, body);
        }
        catch (OperationCanceledException)
        {
            tally.Wrong.Enqueue($"{what}: no answer within {Patience.TotalSeconds:0} s");
        }
        finally
        {
            request.Dispose();
        }
    }

    static string Micros(decimal amount) => decimal.ToInt64(amount * 1_000_000).ToString(CultureInfo.InvariantCulture);

    enum Mix { GoogleAds, Fallback, Both }

    /// <summary>What came back, counted from every client at once.</summary>
    sealed class Tally
    {
        int _requests, _serverErrors;
        readonly ConcurrentDictionary<string, int> _lines = new(StringComparer.Ordinal);

        public int ServerErrors => _serverErrors;

        public ConcurrentDictionary<Mix, int> Answers { get; } = new(Enum.GetValues<Mix>().Select(mix => KeyValuePair.Create(mix, 0)));

        public ConcurrentQueue<string> Wrong { get; } = new();

        public void Check(string what, int status, string body)
        {
            Interlocked.Increment(ref _requests);
            if (status >= 500)
                Interlocked.Increment(ref _serverErrors);
            if (status != 200)
            {
                Wrong.Enqueue($"{what}: {status} {Shorten(body)}");
                return;
            }

            var answer = JsonNode.Parse(body)!;
            var fellBack = answer["warnings"]!.AsArray()
                .Any(warning => warning!.GetValue<string>().Contains("Google Ads did not answer", StringComparison.Ordinal));
            var sources = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in answer["keywords"]!.AsArray())
            {
                var (keyword, source, cpc) = (line!["keyword"]!.GetValue<string>(), line["cpcSource"]!.GetValue<string>(), line["cpc"]!.GetValue<decimal>());
                decimal? expected = source switch
                {
                    "request" when keyword == OwnCpcKeyword => OwnCpc,
                    "googleAds" when Estimated.TryGetValue(keyword, out var figures) => figures.GoogleAds,
                    "seed" when fellBack && Estimated.TryGetValue(keyword, out var figures) => figures.Seed,
                    _ => null,
                };
                if (cpc != expected)
                    Wrong.Enqueue($"{what}: '{keyword}' at {cpc} from {source}{(fellBack ? "" : " without a fallback warning")}: {Shorten(body)}");
                _lines.AddOrUpdate(source, 1, (_, count) => count + 1);
                sources.Add(source);
            }
            var mix = (sources.Contains("googleAds"), sources.Contains("seed")) switch
            {
                (true, true) => Mix.Both,
                (false, true) => Mix.Fallback,
                _ => Mix.GoogleAds,
            };
            Answers.AddOrUpdate(mix, 1, (_, count) => count + 1);
        }

        public string Report(TimeSpan elapsed, FakeGoogleAds google) =>
            $"{_requests:N0} requests from {Clients} clients in {elapsed.TotalSeconds:0.0} s ({_requests / elapsed.TotalSeconds:N0}/s); "
            + $"{_serverErrors} 5xx; {Wrong.Count} broke the invariant.\n"
            + $"Answers: {Answers[Mix.GoogleAds]:N0} all from Google Ads, {Answers[Mix.Fallback]:N0} all from the seed table (with the warning), "
            + $"{Answers[Mix.Both]:N0} mixed.\n"
            + $"Keyword lines by CPC source: {string.Join(", ", _lines.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value:N0}"))}.\n"
            + $"Planner calls: {google.PlannerCalls.Count:N0}, of which {google.FaultsServed:N0} failed (500, hang, malformed in turn).";

        static string Shorten(string text) => text.Length <= 400 ? text : $"{text[..400]}…";
    }
}
