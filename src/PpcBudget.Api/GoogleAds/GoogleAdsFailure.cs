using System.Globalization;
using System.Net;
using System.Text.Json;

namespace PpcBudget.Api.GoogleAds;

/// <summary>
/// What a Google Ads error body says about quota: <c>error.details[].errors[].errorCode.quotaError</c> and
/// <c>…details.quotaErrorDetails.retryDelay</c> (a protobuf Duration such as "30s").
/// </summary>
public sealed record GoogleAdsFailure(string? QuotaError, TimeSpan? RetryDelay)
{
    /// <summary>The daily operations quota: retrying before tomorrow only burns requests.</summary>
    public bool IsDailyQuotaExhausted => QuotaError == "RESOURCE_EXHAUSTED";

    public static async Task<GoogleAdsFailure> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
            return new GoogleAdsFailure(null, null);
        try
        {
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var errors = body.RootElement.GetProperty("error").GetProperty("details").EnumerateArray()
                .Where(detail => detail.TryGetProperty("errors", out _))
                .SelectMany(detail => detail.GetProperty("errors").EnumerateArray());
            foreach (var error in errors)
            {
                var quotaError = error.TryGetProperty("errorCode", out var code) && code.TryGetProperty("quotaError", out var quota)
                    ? quota.GetString()
                    : null;
                var retryDelay = error.TryGetProperty("details", out var details)
                                 && details.TryGetProperty("quotaErrorDetails", out var quotaDetails)
                                 && quotaDetails.TryGetProperty("retryDelay", out var delay)
                    ? ParseDuration(delay.GetString())
                    : null;
                if (quotaError is not null || retryDelay is not null)
                    return new GoogleAdsFailure(quotaError, retryDelay);
            }
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // A 429 without Google's error body is still worth retrying on the plain backoff.
        }
        return new GoogleAdsFailure(null, null);
    }

    static TimeSpan? ParseDuration(string? duration) =>
        duration is not null && duration.EndsWith('s')
        && double.TryParse(duration[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
