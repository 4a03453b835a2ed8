using System.Net;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Refit;

namespace PpcBudget.Api.GoogleAds;

/// <summary>Why a planner call failed, in words fit for an answer's warning: the kind of failure only, never its details.</summary>
public static class GoogleAdsErrors
{
    /// <returns>The reason, or null for an exception that is not a planner failure (and should propagate).</returns>
    public static string? Describe(Exception? exception) => exception switch
    {
        GoogleAdsQuotaStoppedException stopped => $"its quota is used up until {GoogleAdsQuotaStoppedException.Utc(stopped.Until)}",
        TimeoutRejectedException => "it timed out",
        BrokenCircuitException => "it failed repeatedly, so calls are paused for a while",
        RateLimiterRejectedException => "too many estimate requests are queued",
        JsonException or FormatException => "its answer could not be read",
        ApiException { InnerException: JsonException } => "its answer could not be read",
        ApiException { StatusCode: HttpStatusCode.TooManyRequests } => "its quota is used up",
        ApiException api => $"it answered HTTP {(int)api.StatusCode}",
        // Refit wraps what failed before an answer arrived (timeouts, refused connections, the quota gate) in ApiRequestException.
        ApiRequestException request => Describe(request.InnerException) ?? "it could not be reached",
        HttpRequestException => "it could not be reached",
        _ => null,
    };
}
