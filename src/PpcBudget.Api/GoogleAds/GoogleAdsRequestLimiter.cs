using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PpcBudget.Api.GoogleAds;

/// <summary>
/// Holds planner calls to Google's planning quota (about one request a second per developer token). Every attempt,
/// retries included, takes a lease first. One process holds it in memory (<see cref="InProcessGoogleAdsRequestLimiter"/>);
/// instances on one Redis share one schedule (<see cref="RedisGoogleAdsRequestLimiter"/>).
/// </summary>
public interface IGoogleAdsRequestLimiter
{
    /// <summary>Waits for the right to send one request; a lease that is not acquired means the call is refused.</summary>
    ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken);
}

public sealed class InProcessGoogleAdsRequestLimiter(IOptions<GoogleAdsOptions> options) : IGoogleAdsRequestLimiter, IDisposable
{
    readonly TokenBucketRateLimiter _bucket = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = 1,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1 / options.Value.RequestsPerSecond),
        QueueLimit = 10_000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    public ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken) => _bucket.AcquireAsync(1, cancellationToken);

    public void Dispose() => _bucket.Dispose();
}
