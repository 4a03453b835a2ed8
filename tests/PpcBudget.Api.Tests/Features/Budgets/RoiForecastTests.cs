using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Api.Tests.Fakes;

namespace PpcBudget.Api.Tests.Features.Budgets;

/// <summary>With Google Ads configured, the ROI budget rests on Google's own forecast, asked for at bids up to the EPC.</summary>
public sealed class RoiForecastTests : IAsyncLifetime
{
    FakeGoogleAds _google = null!;

    public async Task InitializeAsync() => _google = await FakeGoogleAds.StartAsync();

    public async Task DisposeAsync() => await _google.DisposeAsync();

    [Fact]
    public async Task TheBudgetAndCurveRestOnGooglesForecast()
    {
        await using var api = PpcBudgetApi.AgainstGoogleAds(_google);

        var answer = await (await api.CreateClient().PostJson(RoiBudgetEndpoint.Route,
            """{ "customerValue": 300, "keywords": [ { "keyword": "coffee shop", "cpc": 1.00, "monthlySearches": 1000 } ] }""")).ReadOkJson();

        var forecastCalls = _google.PlannerCalls.Where(call => call.Method == FakeGoogleAds.ForecastMetrics).ToList();
        Assert.Equal(5, forecastCalls.Count); // a handful of bids up to the EPC of 3.00
        Assert.All(forecastCalls, call => Assert.True(call.Body["campaign"]!["biddingStrategy"]!["manualCpcBiddingStrategy"]!["maxCpcBidMicros"]!
            .GetValue<string>() is var micros && long.Parse(micros, System.Globalization.CultureInfo.InvariantCulture) <= 3_000_000));
        var budget = answer["budget"]!;
        Assert.Equal("googleForecast", (string)budget["keywords"]![0]!["trafficBasis"]!);
        Assert.Equal("googleForecast", (string)budget["curve"]!["basis"]!);
        Assert.NotEmpty(budget["curve"]!["points"]!.AsArray());
        Assert.NotNull(budget["curve"]!["recommended"]);
    }

    [Fact]
    public async Task WithoutGoogleAdsTheBudgetRestsOnSearches()
    {
        await using var api = PpcBudgetApi.With(new Dictionary<string, string?>());

        var answer = await (await api.CreateClient().PostJson(RoiBudgetEndpoint.Route,
            """{ "customerValue": 300, "keywords": [ { "keyword": "coffee shop", "cpc": 1.00, "monthlySearches": 1000 } ] }""")).ReadOkJson();

        Assert.Equal("searches", (string)answer["budget"]!["keywords"]![0]!["trafficBasis"]!);
        Assert.Empty(_google.PlannerCalls);
    }
}
