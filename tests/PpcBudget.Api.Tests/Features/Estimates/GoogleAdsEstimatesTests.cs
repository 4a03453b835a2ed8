using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Api.Features.Estimates;
using PpcBudget.Api.Tests.Fakes;

namespace PpcBudget.Api.Tests.Features.Estimates;

/// <summary>The service against a fake Google Ads on 127.0.0.1: request shape, money in micros, and every fault it must survive.</summary>
public sealed class GoogleAdsEstimatesTests : IAsyncLifetime
{
    FakeGoogleAds _google = null!;
    PpcBudgetApi _api = null!;
    HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _google = await FakeGoogleAds.StartAsync();
        _api = PpcBudgetApi.AgainstGoogleAds(_google);
        _client = _api.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _google.DisposeAsync();
    }

    Task<HttpResponseMessage> Estimate(params string[] keywords) => _client.PostAsJson(PostCpcEstimatesEndpoint.Route, new { keywords });

    static JsonNode EstimateFor(JsonNode answer, string keyword) =>
        answer["estimates"]!.AsArray().Single(estimate => estimate!["keyword"]!.GetValue<string>() == keyword)!;

    [Fact]
    public async Task AsksThePlannerInItsOwnShapeAndMapsCloseVariantsBack()
    {
        _google.AddMetrics("car", ["cars"], averageCpcMicros: "1234567", low: "500000", high: "2750001", searches: "1500000");

        var answer = await (await Estimate("car", "Cars", "coffee shop", "no such keyword")).ReadOkJson();

        Assert.Empty(_google.Refusals);
        var call = Assert.Single(_google.PlannerCalls);
        Assert.Equal(("v26", FakeGoogleAds.CustomerId), (call.Version, call.CustomerId));
        Assert.Equal(FakeGoogleAds.DeveloperToken, call.DeveloperToken);
        Assert.Equal(FakeGoogleAds.LoginCustomerId, call.LoginCustomerId);
        Assert.Equal(["car", "cars", "coffee shop", "no such keyword"], call.Keywords);
        Assert.Equal("languageConstants/1000", call.Body["language"]!.GetValue<string>());
        Assert.Equal("geoTargetConstants/2840", call.Body["geoTargetConstants"]![0]!.GetValue<string>());
        Assert.Equal("GOOGLE_SEARCH", call.Body["keywordPlanNetwork"]!.GetValue<string>());
        Assert.True(call.Body["historicalMetricsOptions"]!["includeAverageCpc"]!.GetValue<bool>());

        var car = EstimateFor(answer, "car");
        Assert.Equal(1.234567m, car["averageCpc"].Money());      // micros converted exactly
        Assert.Equal(2.750001m, car["highTopOfPageBid"].Money());
        Assert.Equal(1_500_000, car["avgMonthlySearches"]!.GetValue<long>());
        Assert.Equal("googleAds", car["source"]!.GetValue<string>());
        Assert.Equal(car["averageCpc"].Money(), EstimateFor(answer, "Cars")["averageCpc"].Money());
        Assert.Equal(["no such keyword"], answer["unknown"]!.AsArray().Select(keyword => keyword!.GetValue<string>()));
    }

    [Fact]
    public async Task AnotherApiVersionGetsGooglesNotFoundAndTheSeedTableAnswers()
    {
        await using var sunset = PpcBudgetApi.AgainstGoogleAds(_google, new Dictionary<string, string?> { ["GoogleAds:ApiVersion"] = "v22" });

        var answer = await (await sunset.CreateClient().PostAsJson(PostCpcEstimatesEndpoint.Route, new { keywords = new[] { "coffee shop" } })).ReadOkJson();

        Assert.Equal(["generateKeywordHistoricalMetrics called with API version v22, not v26"], _google.Refusals);
        Assert.Equal("seed", EstimateFor(answer, "coffee shop")["source"]!.GetValue<string>());
        Assert.Contains("HTTP 404", answer["warnings"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenThousandAndOneKeywordsGoInTwoCalls()
    {
        var keywords = Enumerable.Range(0, 10_001).Select(i => $"keyword {i}").ToArray();

        var answer = await (await Estimate(keywords)).ReadOkJson();

        Assert.Equal([10_000, 1], _google.PlannerCalls.Select(call => call.Keywords.Count));
        Assert.Equal(10_001, answer["unknown"]!.AsArray().Count);
    }

    [Fact]
    public async Task TooManyRequestsIsRetriedAfterTheDelayGoogleAsksFor()
    {
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Quota("RESOURCE_TEMPORARILY_EXHAUSTED", "1.2s"));
        var clock = Stopwatch.StartNew();

        var answer = await (await Estimate("coffee shop")).ReadOkJson();

        Assert.Equal(2, _google.PlannerCalls.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.1), $"retried after {clock.Elapsed}, before the 1.2 s Google asked for");
        Assert.Equal("googleAds", EstimateFor(answer, "coffee shop")["source"]!.GetValue<string>());
        Assert.Empty(answer["warnings"]!.AsArray());
    }

    [Fact]
    public async Task DailyQuotaExhaustionIsNotRetried()
    {
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Quota("RESOURCE_EXHAUSTED", "3600s"));

        var answer = await (await Estimate("coffee shop")).ReadOkJson();

        Assert.Single(_google.PlannerCalls);
        Assert.Equal("seed", EstimateFor(answer, "coffee shop")["source"]!.GetValue<string>());
        Assert.Contains("quota", answer["warnings"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersistentServerErrorsFallBackToTheSeedTableWithAWarning()
    {
        for (var i = 0; i < 10; i++)
            _google.ScriptedReplies.Enqueue(FakeGoogleAds.Status(500));

        var answer = await (await Estimate("coffee shop")).ReadOkJson();

        Assert.Equal(4, _google.PlannerCalls.Count); // the first call and three retries
        Assert.Equal("seed", EstimateFor(answer, "coffee shop")["source"]!.GetValue<string>());
        Assert.Equal(2.90m, EstimateFor(answer, "coffee shop")["averageCpc"].Money());
        Assert.Contains("Google Ads did not answer", answer["warnings"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientErrorsOtherThan429AreNotRetried()
    {
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Status(400, new { error = new { code = 400, status = "INVALID_ARGUMENT" } }));

        var answer = await (await Estimate("coffee shop")).ReadOkJson();

        Assert.Single(_google.PlannerCalls);
        Assert.Equal("seed", EstimateFor(answer, "coffee shop")["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task SlowUpstreamTimesOutAndFallsBackWithinTenSeconds()
    {
        for (var i = 0; i < 10; i++)
            _google.ScriptedReplies.Enqueue(FakeGoogleAds.Slow(TimeSpan.FromSeconds(30)));
        var clock = Stopwatch.StartNew();

        var answer = await (await Estimate("coffee shop")).ReadOkJson();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal("seed", EstimateFor(answer, "coffee shop")["source"]!.GetValue<string>());
        Assert.Contains("timed out", answer["warnings"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedUpstreamAnswerFallsBackWithAWarning()
    {
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Malformed());

        var answer = await (await Estimate("coffee shop")).ReadOkJson();

        Assert.Equal("seed", EstimateFor(answer, "coffee shop")["source"]!.GetValue<string>());
        Assert.Contains("could not be read", answer["warnings"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerThatIsNotJsonFallsBackWithAWarning()
    {
        _google.ScriptedReplies.Enqueue(context =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("<html>Service Unavailable</html>");
        });

        var answer = await (await Estimate("coffee shop")).ReadOkJson();

        Assert.Equal("seed", EstimateFor(answer, "coffee shop")["source"]!.GetValue<string>());
        Assert.Contains("could not be read", answer["warnings"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredTokenIsRefreshedOnceAndTheCallRepeated()
    {
        await (await Estimate("coffee shop")).ReadOkJson();
        _google.RevokeCurrentToken();

        var answer = await (await Estimate("espresso", "coffee shop")).ReadOkJson();

        Assert.Equal(3, _google.TokensIssued); // the first token, the one revoked, the refreshed one
        Assert.Equal("googleAds", EstimateFor(answer, "coffee shop")["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnswersFromTheCacheTheSecondTime()
    {
        await (await Estimate("coffee shop")).ReadOkJson();
        var answer = await (await Estimate("Coffee  Shop")).ReadOkJson();

        Assert.Single(_google.PlannerCalls);
        Assert.Equal("googleAds", EstimateFor(answer, "Coffee  Shop")["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task ExplicitGoogleAdsSourceThatCannotAnswerIs503()
    {
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Malformed());

        var response = await _client.PostAsJson(PostCpcEstimatesEndpoint.Route, new { keywords = new[] { "coffee shop" }, estimateSource = "googleAds" });

        await response.ReadProblem(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task BudgetFillsAMissingCpcFromGoogleAds()
    {
        var answer = await (await _client.PostJson(TestingBudgetEndpoint.Route,
            """{ "keywords": [ { "keyword": "coffee shop" }, { "keyword": "mortgage broker", "cpc": 13.76 } ] }""")).ReadOkJson();

        var lines = answer["keywords"]!.AsArray();
        Assert.Equal(("googleAds", 2.90m, 290.00m), (lines[0]!["cpcSource"]!.GetValue<string>(), lines[0]!["cpc"].Money(), lines[0]!["costPerSale"].Money()));
        Assert.Equal("request", lines[1]!["cpcSource"]!.GetValue<string>());
        Assert.Equal(["coffee shop"], _google.PlannerCalls.Single().Keywords);
    }

    [Fact]
    public async Task NoSecretReachesALogLineOrAnAnswer()
    {
        var answers = new StringBuilder();
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Status(500));
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Malformed());
        foreach (var response in new[] { await Estimate("coffee shop"), await Estimate("cold brew"),
                     await _client.PostAsJson(PostCpcEstimatesEndpoint.Route, new { keywords = new[] { "x" }, source = "googleAds" }) })
            answers.Append(await response.Content.ReadAsStringAsync());

        Assert.NotEmpty(_api.Logs.Lines);
        foreach (var secret in FakeGoogleAds.Secrets.Append(_google.CurrentAccessToken))
        {
            Assert.DoesNotContain(secret, answers.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(_api.Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }
}
