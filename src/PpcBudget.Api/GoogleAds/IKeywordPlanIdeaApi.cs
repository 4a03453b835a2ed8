using Refit;

namespace PpcBudget.Api.GoogleAds;

/// <summary>The Google Ads keyword planner. Headers (developer token, bearer token) are added by <see cref="GoogleAdsAuthHandler"/>.</summary>
public interface IKeywordPlanIdeaApi
{
    [Post("/{version}/customers/{customerId}:generateKeywordHistoricalMetrics")]
    Task<GenerateKeywordHistoricalMetricsResponse> GenerateKeywordHistoricalMetrics(
        string version, string customerId, [Body] GenerateKeywordHistoricalMetricsRequest request, CancellationToken cancellationToken);

    [Post("/{version}/customers/{customerId}:generateKeywordForecastMetrics")]
    Task<GenerateKeywordForecastMetricsResponse> GenerateKeywordForecastMetrics(
        string version, string customerId, [Body] GenerateKeywordForecastMetricsRequest request, CancellationToken cancellationToken);
}

/// <summary>Google's OAuth 2.0 token endpoint, for exchanging the refresh token for an access token.</summary>
public interface IGoogleOAuthApi
{
    [Post("")]
    Task<OAuthTokenResponse> ExchangeRefreshToken(
        [Body(BodySerializationMethod.UrlEncoded)] IDictionary<string, string> form, CancellationToken cancellationToken);
}
