using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PpcBudget.Api.Infrastructure.Auth;
using PpcBudget.Api.Infrastructure.Redis;

namespace PpcBudget.Api.Infrastructure.Limits;

/// <summary>
/// What keeps one caller from hurting the others: a body limit by content type (413), a request timeout (503), and a
/// token bucket per client (429 with Retry-After). Each answers with problem details.
/// </summary>
public static class RequestLimits
{
    const string TimeoutPolicy = "default";

    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Kestrel's own ceiling is the larger limit; each request is narrowed to its content type's limit below.
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<IOptions<LimitsOptions>>((kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.MaxCsvBodyBytes);

        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<LimitsOptions>>((timeouts, limits) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = limits.Value.RequestTimeout,
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
                WriteTimeoutResponse = context => Problems.ProblemWriter.WriteAsync(context, StatusCodes.Status503ServiceUnavailable,
                    "The request took too long.", $"It was stopped after {limits.Value.RequestTimeout.TotalSeconds:0} seconds; "
                    + "try a smaller plan, or send a large one as CSV."),
            });

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitsOptions>, IServiceProvider>((rateLimits, limits, provider) =>
        {
            var settings = limits.Value;
            // With Redis configured, each client's bucket is kept there, so a client calling several instances gets one allowance.
            var redis = provider.GetService<SharedRedis>();
            RateLimitPartition<string> Bucket(string partition, TokenBucketRateLimiterOptions options) => RateLimitPartition.Get(partition,
                key => redis is null ? new TokenBucketRateLimiter(options) : new SharedTokenBucketLimiter(redis, key, options));
            // Wrong keys are answered 401; guessing them is held to a few tries, then one a second, per address.
            var unknownKeys = new TokenBucketRateLimiterOptions
            {
                TokenLimit = 10,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            };
            var perClient = new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(settings.RequestsPerClientBurst, 1),
                TokensPerPeriod = settings.RequestsPerClientPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            };
            rateLimits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            rateLimits.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                !http.Request.Path.StartsWithSegments("/v1") ? RateLimitPartition.GetNoLimiter("unlimited")
                : ApiKeys.PresentedUnknownKey(http) ? Bucket($"unknown-key:{http.Connection.RemoteIpAddress}", unknownKeys)
                : Bucket(ClientOf(http), perClient));
            rateLimits.OnRejected = (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(Problems.ProblemWriter.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests,
                    "Too many requests.", $"This client may make {settings.RequestsPerClientBurst} requests at once and "
                    + $"{settings.RequestsPerClientPerSecond} a second after that; try again in {seconds} s."));
            };
        });
        return services;
    }

    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        var limits = app.Services.GetRequiredService<IOptions<LimitsOptions>>().Value;
        // Turned off, the limiter is left out rather than asked per request: even a no-limit partition costs a lookup
        // under a lock and a lease (README, Performance).
        if (limits.RequestsPerClientPerSecond > 0)
            app.UseRateLimiter();
        app.UseRequestTimeouts();
        app.Use((http, next) =>
        {
            var limit = QueryParameterRules.IsFileBody(http.Request) ? limits.MaxCsvBodyBytes : limits.MaxJsonBodyBytes;
            if (http.Request.ContentLength > limit)
                return Problems.ProblemWriter.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, "The body is too large.", TooLarge(limit));
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                size.MaxRequestBodySize = limit;
            return next(http);
        });
        return app;
    }

    public static string TooLarge(long limit) =>
        $"This service takes bodies of up to {limit / 1024.0 / 1024.0:0.#} MB of this type; a larger plan goes as CSV (text/csv), "
        + "or in several requests.";

    /// <summary>A client is its API key once the key is checked, else its IP address, whatever key it presents.</summary>
    static string ClientOf(HttpContext http) => ApiKeys.ClientOf(http.User) ?? $"ip:{http.Connection.RemoteIpAddress}";
}
