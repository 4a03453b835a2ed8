using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace PpcBudget.Api.GoogleAds;

/// <summary>
/// The one resilience pipeline of the planner client, outermost first: a total timeout, retries with jittered
/// exponential backoff (honouring Retry-After and Google's quota retry delay), a circuit breaker, the planning-quota
/// limiter, and a timeout per attempt.
/// </summary>
/// <remarks>
/// A 429's retry delay decides between waiting and stopping: one that fits in what is left of the total timeout (and
/// is at most <see cref="GoogleAdsOptions.MaxQuotaRetryDelay"/>) is waited out and the call retried; a longer one is
/// not retried and stops every call until it has passed (<see cref="IGoogleAdsQuotaStop"/>).
/// </remarks>
public sealed partial class GoogleAdsResilience(
    GoogleAdsOptions settings, CircuitBreakerStateProvider circuit, IGoogleAdsQuotaStop quotaStop, IGoogleAdsRequestLimiter limiter, TimeProvider clock,
    ILogger<GoogleAdsResilience> logger)
{
    static readonly ResiliencePropertyKey<DateTimeOffset> Deadline = new("PpcBudget.GoogleAds.Deadline");

    public void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args =>
                {
                    args.Context.Properties.Set(Deadline, clock.GetUtcNow() + settings.TotalTimeout);
                    return ValueTask.FromResult(settings.TotalTimeout);
                },
            })
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context),
                DelayGenerator = args => DelayAskedForAsync(args.Outcome, args.Context.CancellationToken),
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(15),
                StateProvider = circuit,
            })
            .AddRateLimiter(new RateLimiterStrategyOptions { RateLimiter = args => limiter.AcquireAsync(args.Context.CancellationToken) })
            .AddTimeout(settings.AttemptTimeout);
    }

    async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        switch (outcome)
        {
            case { Exception: HttpRequestException or TimeoutRejectedException }:
                return true;
            case { Result: { StatusCode: HttpStatusCode.TooManyRequests } response }:
                if (await DelayAskedForAsync(outcome, context.CancellationToken) is not { } delay)
                    return true;
                var now = clock.GetUtcNow();
                var left = context.Properties.TryGetValue(Deadline, out var deadline) ? deadline - now : settings.TotalTimeout;
                if (delay <= settings.MaxQuotaRetryDelay && delay < left)
                    return true;
                await quotaStop.StopUntilAsync(now + delay, context.CancellationToken);
                var failure = await GoogleAdsFailure.ReadAsync(response, context.CancellationToken);
                LogQuotaStop(logger, failure.QuotaError ?? "(none given)", delay, GoogleAdsQuotaStoppedException.Utc(now + delay));
                return false;
            case { Result.StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout }:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Retry-After first, then the quota error's retry delay; null leaves the exponential backoff to decide.</summary>
    async ValueTask<TimeSpan?> DelayAskedForAsync(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Result is not { } response)
            return null;
        if (response.Headers.RetryAfter is { } retryAfter)
            return retryAfter.Delta ?? (retryAfter.Date - clock.GetUtcNow());
        return (await GoogleAdsFailure.ReadAsync(response, cancellationToken)).RetryDelay;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Google Ads quota error {QuotaError} asks to wait {RetryDelay}: every call is stopped until {StoppedUntil}")]
    static partial void LogQuotaStop(ILogger logger, string quotaError, TimeSpan retryDelay, string stoppedUntil);
}
