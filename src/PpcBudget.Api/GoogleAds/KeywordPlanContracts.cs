using System.Text.Json;
using System.Text.Json.Serialization;

namespace PpcBudget.Api.GoogleAds;

// The REST (JSON) shapes of KeywordPlanIdeaService in API v26, field for field with its reference
// (GenerateKeywordHistoricalMetricsRequest/Result, KeywordPlanHistoricalMetrics, GenerateKeywordForecastMetricsRequest,
// CampaignToForecast, ForecastAdGroup, ManualCpcBiddingStrategy, KeywordForecastMetrics). Proto3 JSON carries every
// int64 as a string: those fields are long here, read from and written as strings ([ProtoInt64]). Doubles (forecast
// clicks, conversions) are plain JSON numbers.

/// <summary>The proto3 JSON form of an int64: a string, read from a string (or a number, which Google also accepts).</summary>
static class ProtoJson
{
    public const JsonNumberHandling Int64 = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString;
}

public sealed record GenerateKeywordHistoricalMetricsRequest(
    IReadOnlyList<string> Keywords,
    string Language,
    IReadOnlyList<string> GeoTargetConstants,
    string KeywordPlanNetwork,
    HistoricalMetricsOptions HistoricalMetricsOptions);

/// <summary>Without <c>includeAverageCpc</c> the planner leaves <c>averageCpcMicros</c> out of its answer.</summary>
public sealed record HistoricalMetricsOptions(bool IncludeAverageCpc);

public sealed record GenerateKeywordHistoricalMetricsResponse(IReadOnlyList<KeywordHistoricalMetricsResult>? Results);

public sealed record KeywordHistoricalMetricsResult(string? Text, IReadOnlyList<string>? CloseVariants, KeywordPlanHistoricalMetrics? KeywordMetrics);

public sealed record KeywordPlanHistoricalMetrics(
    [property: JsonNumberHandling(ProtoJson.Int64)] long? AvgMonthlySearches,
    string? Competition,
    [property: JsonNumberHandling(ProtoJson.Int64)] long? CompetitionIndex,
    [property: JsonNumberHandling(ProtoJson.Int64)] long? LowTopOfPageBidMicros,
    [property: JsonNumberHandling(ProtoJson.Int64)] long? HighTopOfPageBidMicros,
    [property: JsonNumberHandling(ProtoJson.Int64)] long? AverageCpcMicros,
    IReadOnlyList<MonthlySearchVolume>? MonthlySearchVolumes);

public sealed record MonthlySearchVolume(
    string? Month,
    [property: JsonNumberHandling(ProtoJson.Int64)] long? Year,
    [property: JsonNumberHandling(ProtoJson.Int64)] long? MonthlySearches);

/// <summary>
/// The v24-and-later request: no keyword_plan_network (the forecast is for Google Search), locations as
/// <c>geoTargetConstants</c>, keywords straight in each ad group. <c>currencyCode</c> says what the bids and the answer are in.
/// </summary>
public sealed record GenerateKeywordForecastMetricsRequest(string? CurrencyCode, ForecastDateRange ForecastPeriod, CampaignToForecast Campaign);

/// <summary>Dates as yyyy-mm-dd, both inclusive; the start must be in the future and the end within a year.</summary>
public sealed record ForecastDateRange(string StartDate, string EndDate);

public sealed record CampaignToForecast(
    IReadOnlyList<string> LanguageConstants,
    IReadOnlyList<string> GeoTargetConstants,
    CampaignBiddingStrategy BiddingStrategy,
    IReadOnlyList<ForecastAdGroup> AdGroups);

/// <summary>A oneof in the proto: only the manual CPC strategy is ever set here.</summary>
public sealed record CampaignBiddingStrategy(ManualCpcBiddingStrategy ManualCpcBiddingStrategy);

public sealed record ManualCpcBiddingStrategy(
    [property: JsonNumberHandling(ProtoJson.Int64)] long MaxCpcBidMicros,
    [property: JsonNumberHandling(ProtoJson.Int64)] long? DailyBudgetMicros);

public sealed record ForecastAdGroup(IReadOnlyList<KeywordInfo> Keywords);

/// <summary><c>matchType</c> is EXACT, PHRASE or BROAD.</summary>
public sealed record KeywordInfo(string Text, string MatchType);

public sealed record GenerateKeywordForecastMetricsResponse(KeywordForecastMetrics? CampaignForecastMetrics);

/// <summary>Clicks with manual CPC bidding; conversions only under maximise-conversions bidding, so never here.</summary>
public sealed record KeywordForecastMetrics(
    double? Clicks,
    [property: JsonNumberHandling(ProtoJson.Int64)] long? CostMicros,
    [property: JsonNumberHandling(ProtoJson.Int64)] long? AverageCpcMicros,
    double? Conversions,
    [property: JsonNumberHandling(ProtoJson.Int64)] long? AverageCpaMicros);

public sealed record OAuthTokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn);

// Optional fields left out rather than sent as null, as Google's own client libraries do.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GenerateKeywordHistoricalMetricsRequest))]
[JsonSerializable(typeof(GenerateKeywordHistoricalMetricsResponse))]
[JsonSerializable(typeof(GenerateKeywordForecastMetricsRequest))]
[JsonSerializable(typeof(GenerateKeywordForecastMetricsResponse))]
[JsonSerializable(typeof(OAuthTokenResponse))]
[JsonSerializable(typeof(IDictionary<string, string>))]
public sealed partial class GoogleAdsJsonContext : JsonSerializerContext;
