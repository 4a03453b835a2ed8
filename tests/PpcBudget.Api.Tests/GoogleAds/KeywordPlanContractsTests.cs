using System.Text.Json;
using System.Text.Json.Nodes;
using PpcBudget.Api.GoogleAds;

namespace PpcBudget.Api.Tests.GoogleAds;

/// <summary>Proto3 JSON carries int64 as strings: the contracts read them that way and write them that way.</summary>
public sealed class KeywordPlanContractsTests
{
    [Fact]
    public void Int64StringsAreReadExactlyEvenBeyondWhatADoubleHolds()
    {
        var answer = JsonSerializer.Deserialize("""
            { "results": [ { "text": "car", "keywordMetrics": {
                "avgMonthlySearches": "9007199254740993", "competition": "HIGH", "competitionIndex": "87",
                "lowTopOfPageBidMicros": "1230000", "highTopOfPageBidMicros": "4560001", "averageCpcMicros": "2999999",
                "monthlySearchVolumes": [ { "month": "OCTOBER", "year": "2026", "monthlySearches": "1500000" } ] } } ] }
            """, GoogleAdsJsonContext.Default.GenerateKeywordHistoricalMetricsResponse)!;

        var metrics = answer.Results![0].KeywordMetrics!;
        Assert.Equal(9_007_199_254_740_993L, metrics.AvgMonthlySearches); // 2^53 + 1: a double would have lost the 1
        Assert.Equal((87L, 1_230_000L, 4_560_001L, 2_999_999L), (metrics.CompetitionIndex!.Value, metrics.LowTopOfPageBidMicros!.Value,
            metrics.HighTopOfPageBidMicros!.Value, metrics.AverageCpcMicros!.Value));
        Assert.Equal((2026L, 1_500_000L), (metrics.MonthlySearchVolumes![0].Year!.Value, metrics.MonthlySearchVolumes[0].MonthlySearches!.Value));
    }

    [Fact]
    public void ForecastMicrosAreReadFromStringsAndClicksFromNumbers()
    {
        var answer = JsonSerializer.Deserialize("""
            { "campaignForecastMetrics": { "clicks": 182.75, "costMicros": "311675000", "averageCpcMicros": "1705471" } }
            """, GoogleAdsJsonContext.Default.GenerateKeywordForecastMetricsResponse)!;

        Assert.Equal(new KeywordForecastMetrics(182.75, 311_675_000, 1_705_471, null, null), answer.CampaignForecastMetrics);
    }

    [Fact]
    public void Int64FieldsAreWrittenAsStringsAndUnsetOnesLeftOut()
    {
        var request = new GenerateKeywordForecastMetricsRequest("USD", new ForecastDateRange("2026-12-02", "2026-12-31"),
            new CampaignToForecast(["languageConstants/1000"], ["geoTargetConstants/2840"],
                new CampaignBiddingStrategy(new ManualCpcBiddingStrategy(2_500_000, DailyBudgetMicros: null)),
                [new ForecastAdGroup([new KeywordInfo("coffee shop", "EXACT")])]));

        var json = JsonNode.Parse(JsonSerializer.Serialize(request, GoogleAdsJsonContext.Default.GenerateKeywordForecastMetricsRequest))!;

        var manualCpc = json["campaign"]!["biddingStrategy"]!["manualCpcBiddingStrategy"]!.AsObject();
        Assert.Equal(JsonValueKind.String, manualCpc["maxCpcBidMicros"]!.GetValueKind());
        Assert.Equal("2500000", manualCpc["maxCpcBidMicros"]!.GetValue<string>());
        Assert.False(manualCpc.ContainsKey("dailyBudgetMicros"));
    }
}
