using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PpcBudget.Api.GoogleAds;
using PpcBudget.Api.Tests.Fakes;

namespace PpcBudget.Api.Tests.GoogleAds;

/// <summary>The forecast curve against a fake Google Ads: the v26 request for each bid, money from micros, the cache, the time limit.</summary>
public sealed class GoogleAdsForecastsTests : IAsyncLifetime
{
    FakeGoogleAds _google = null!;

    public async Task InitializeAsync() => _google = await FakeGoogleAds.StartAsync();

    public async Task DisposeAsync() => await _google.DisposeAsync();

    static GoogleAdsForecasts Forecasts(PpcBudgetApi api) => api.Services.GetRequiredService<GoogleAdsForecasts>();

    List<PlannerCall> ForecastCalls => _google.PlannerCalls.Where(call => call.Method == FakeGoogleAds.ForecastMetrics).ToList();

    [Fact]
    public async Task AsksForEachBidInTheV26ShapeAndReadsMoneyFromMicros()
    {
        await using var api = PpcBudgetApi.AgainstGoogleAds(_google);

        var curve = await Forecasts(api).ForecastAsync(["Coffee Shop", "espresso bar"], [1.00m, 2.50m], "usd", "1000", ["2840"], CancellationToken.None);

        Assert.Empty(_google.Refusals);
        var calls = ForecastCalls;
        Assert.Equal(2, calls.Count);
        Assert.All(calls, call => Assert.Equal((FakeGoogleAds.ApiVersion, FakeGoogleAds.CustomerId), (call.Version, call.CustomerId)));
        var body = calls[0].Body;
        Assert.Equal("USD", body["currencyCode"]!.GetValue<string>());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = DateOnly.ParseExact(body["forecastPeriod"]!["startDate"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = DateOnly.ParseExact(body["forecastPeriod"]!["endDate"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.True(start > today && end <= today.AddYears(1), $"{start}..{end} must start after {today} and end within a year");
        Assert.Equal((start, end), (curve.PeriodStart, curve.PeriodEnd));
        Assert.Equal(30, curve.Days);
        var campaign = body["campaign"]!.AsObject();
        Assert.Equal(["adGroups", "biddingStrategy", "geoTargetConstants", "languageConstants"], campaign.Select(field => field.Key).Order());
        Assert.Equal("languageConstants/1000", campaign["languageConstants"]![0]!.GetValue<string>());
        Assert.Equal("geoTargetConstants/2840", campaign["geoTargetConstants"]![0]!.GetValue<string>());
        Assert.Equal("""[{"text":"coffee shop","matchType":"EXACT"},{"text":"espresso bar","matchType":"EXACT"}]""",
            campaign["adGroups"]!.AsArray().Single()!["keywords"]!.ToJsonString());
        var bids = calls.Select(call => call.Body["campaign"]!["biddingStrategy"]!["manualCpcBiddingStrategy"]!["maxCpcBidMicros"]!).ToList();
        Assert.All(bids, bid => Assert.Equal(JsonValueKind.String, bid.GetValueKind()));
        Assert.Equal(["1000000", "2500000"], bids.Select(bid => bid.GetValue<string>()).Order());

        Assert.True(curve.Complete);
        Assert.Null(curve.Note);
        Assert.Equal("USD", curve.Currency);
        Assert.Equal([1.00m, 2.50m], curve.Points.Select(point => point.MaxCpc));
        var (clicks, costMicros, averageCpcMicros) = _google.Forecast(2.50m);
        Assert.Equal(new ForecastPoint(2.50m, (decimal)clicks, costMicros / 1_000_000m, averageCpcMicros / 1_000_000m), curve.Points[1]);
    }

    [Fact]
    public async Task NoMetricsIsNoTraffic()
    {
        await using var api = PpcBudgetApi.AgainstGoogleAds(_google);
        _google.ScriptedReplies.Enqueue(FakeGoogleAds.Status(200, new { }));

        var curve = await Forecasts(api).ForecastAsync(["coffee shop"], [0.05m], "USD", null, null, CancellationToken.None);

        Assert.Equal(new ForecastPoint(0.05m, 0, 0, null), curve.Points.Single());
    }

    [Fact]
    public async Task WithoutAnAccountThereIsNoCurveAndTheNoteSaysWhy()
    {
        await using var api = new PpcBudgetApi();

        var curve = await Forecasts(api).ForecastAsync(["coffee shop"], [1.00m], "USD", null, null, CancellationToken.None);

        Assert.Empty(curve.Points);
        Assert.False(curve.Complete);
        Assert.Contains("not configured", curve.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void BidsUpToGivesAHandfulOfBidsUpToTheEpc()
    {
        Assert.Equal([0.60m, 1.20m, 1.80m, 2.40m, 3.00m], GoogleAdsForecasts.BidsUpTo(3.00m));
        Assert.Equal([0.33m, 0.66m, 1.00m], GoogleAdsForecasts.BidsUpTo(1.00m, 3));
    }

    [Fact]
    public async Task TheSameCurveAskedAgainComesFromTheCache()
    {
        await using var api = PpcBudgetApi.AgainstGoogleAds(_google);
        var forecasts = Forecasts(api);

        var first = await forecasts.ForecastAsync(["coffee shop"], [1.00m, 2.00m], "USD", null, null, CancellationToken.None);
        var again = await forecasts.ForecastAsync(["Coffee  Shop"], [1.00m, 2.00m], "USD", null, null, CancellationToken.None);

        Assert.Equal(2, ForecastCalls.Count);
        Assert.Equal(first.Points, again.Points);
    }

    [Fact]
    public async Task WhenTimeRunsOutTheCurveHasFewerPointsAndSaysSo()
    {
        await using var api = PpcBudgetApi.AgainstGoogleAds(_google, new Dictionary<string, string?>
        {
            // Longer than the total, so that time running out is what ends the curve, not a failed attempt.
            ["GoogleAds:AttemptTimeout"] = "00:00:05",
            ["GoogleAds:TotalTimeout"] = "00:00:02",
            // Quick enough that the two answered bids do not wait for the limiter.
            ["GoogleAds:RequestsPerSecond"] = "20",
        });
        _google.HangForecastsFrom = 3;
        var clock = Stopwatch.StartNew();

        var curve = await Forecasts(api).ForecastAsync(["coffee shop"], GoogleAdsForecasts.BidsUpTo(3.00m), "USD", null, null, CancellationToken.None);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.False(curve.Complete);
        // The highest bid and the lowest are asked first, so what there is spans the range.
        Assert.Equal([0.60m, 3.00m], curve.Points.Select(point => point.MaxCpc));
        Assert.Equal("Google Ads forecast 2 of 5 bids: time ran out after 2 s.", curve.Note);
    }
}
