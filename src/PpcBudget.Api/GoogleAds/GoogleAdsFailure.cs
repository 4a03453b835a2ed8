using System.Globalization;
using System.Net;
using System.Text.Json;

namespace PpcBudget.Api.GoogleAds;

/// <summary>
/// What a Google Ads 429 says about quota: <c>error.details[].errors[].errorCode.quotaError</c> and
/// <c>…details.quotaErrorDetails.retryDelay</c> (a protobuf Duration such as "40591s"). The planning limit, the daily
/// operations limit and the EXCESSIVE_*_QUERY_RESOURCE_CONSUMPTION limits all come this way; what to do is decided by
/// the delay, not by the name.
/// </summary>
public sealed record GoogleAdsFailure(string? QuotaError, TimeSpan? RetryDelay)
{
    static readonly GoogleAdsFailure None = new(null, null);

    public static async Task<GoogleAdsFailure> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
            return None;
        try
        {
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var errors = body.RootElement.GetProperty("error").GetProperty("details").EnumerateArray()
                .Where(detail => detail.TryGetProperty("errors", out _))
                .SelectMany(detail => detail.GetProperty("errors").EnumerateArray());
            var found = None;
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
                // Several quota errors in one answer: the longest delay is the one that holds.
                if ((quotaError is not null && found.QuotaError is null) || retryDelay > (found.RetryDelay ?? TimeSpan.MinValue))
                    found = new GoogleAdsFailure(quotaError ?? found.QuotaError, retryDelay ?? found.RetryDelay);
            }
            return found;
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // A 429 without Google's error body is still worth retrying on the plain backoff.
            return None;
        }
    }

    static TimeSpan? ParseDuration(string? duration) =>
        duration is not null && duration.EndsWith('s')
        && double.TryParse(duration[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
