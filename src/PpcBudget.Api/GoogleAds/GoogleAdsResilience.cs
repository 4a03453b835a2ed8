using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace PpcBudget.Api.GoogleAds;

/// <summary>
/// The one resilience pipeline of the planner client, outermost first: a total timeout, retries with jittered
/// exponential backoff (honouring Retry-After and Google's quota retry delay), a circuit breaker, a rate limiter that
/// holds us to Google's planning quota, and a timeout per attempt.
/// </summary>
public static class GoogleAdsResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, GoogleAdsOptions settings, CircuitBreakerStateProvider circuit)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(settings);
        pipeline
            .AddTimeout(settings.TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                ShouldHandle = args => IsTransient(args.Outcome, args.Context.CancellationToken),
                DelayGenerator = args => DelayAskedFor(args.Outcome, args.Context.CancellationToken),
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(15),
                StateProvider = circuit,
            })
            .AddRateLimiter(new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1 / settings.RequestsPerSecond),
                QueueLimit = 10_000,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            }))
            .AddTimeout(settings.AttemptTimeout);
    }

    static async ValueTask<bool> IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result.StatusCode: HttpStatusCode.TooManyRequests } =>
            !(await GoogleAdsFailure.ReadAsync(outcome.Result, cancellationToken)).IsDailyQuotaExhausted,
        { Result.StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } => true,
        _ => false,
    };

    /// <summary>Retry-After first, then the quota error's retry delay; null leaves the exponential backoff to decide.</summary>
    static async ValueTask<TimeSpan?> DelayAskedFor(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Result is not { } response)
            return null;
        if (response.Headers.RetryAfter is { } retryAfter)
            return retryAfter.Delta ?? (retryAfter.Date - DateTimeOffset.UtcNow);
        return (await GoogleAdsFailure.ReadAsync(response, cancellationToken)).RetryDelay;
    }
}
