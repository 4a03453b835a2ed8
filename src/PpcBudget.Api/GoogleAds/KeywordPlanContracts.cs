namespace PpcBudget.Api.GoogleAds;

// The REST (JSON) shapes of KeywordPlanIdeaService.GenerateKeywordHistoricalMetrics. Google sends every int64 as a
// JSON string, so those fields are strings here and are parsed where they are read.

public sealed record GenerateKeywordHistoricalMetricsRequest(
    IReadOnlyList<string> Keywords,
    string Language,
    IReadOnlyList<string> GeoTargetConstants,
    string KeywordPlanNetwork,
    HistoricalMetricsOptions HistoricalMetricsOptions);

public sealed record HistoricalMetricsOptions(bool IncludeAverageCpc);

public sealed record GenerateKeywordHistoricalMetricsResponse(IReadOnlyList<KeywordHistoricalMetricsResult>? Results);

public sealed record KeywordHistoricalMetricsResult(string? Text, IReadOnlyList<string>? CloseVariants, KeywordPlanHistoricalMetrics? KeywordMetrics);

public sealed record KeywordPlanHistoricalMetrics(
    string? AvgMonthlySearches,
    string? Competition,
    string? CompetitionIndex,
    string? LowTopOfPageBidMicros,
    string? HighTopOfPageBidMicros,
    string? AverageCpcMicros,
    IReadOnlyList<MonthlySearchVolume>? MonthlySearchVolumes);

public sealed record MonthlySearchVolume(string? Month, string? Year, string? MonthlySearches);

public sealed record OAuthTokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string? AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int? ExpiresIn);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(GenerateKeywordHistoricalMetricsRequest))]
[System.Text.Json.Serialization.JsonSerializable(typeof(GenerateKeywordHistoricalMetricsResponse))]
[System.Text.Json.Serialization.JsonSerializable(typeof(OAuthTokenResponse))]
[System.Text.Json.Serialization.JsonSerializable(typeof(IDictionary<string, string>))]
public sealed partial class GoogleAdsJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
