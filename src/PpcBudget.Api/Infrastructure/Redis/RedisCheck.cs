using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PpcBudget.Api.Infrastructure.Redis;

/// <summary>
/// Part of /readyz when Redis is configured: Degraded, never Unhealthy, while it is unreachable, since every instance
/// still answers on its own (local cache, local quota, local limits).
/// </summary>
sealed class RedisCheck(SharedRedis redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["endpoints"] = redis.Endpoints };
        try
        {
            if (await redis.DatabaseAsync() is { } database)
            {
                data["latencyMs"] = Math.Round((await database.PingAsync()).TotalMilliseconds, 1);
                return HealthCheckResult.Healthy("The estimate cache, the Google Ads quota and the client limits are shared through Redis.", data);
            }
        }
        catch (Exception failure) when (failure is StackExchange.Redis.RedisException or TimeoutException)
        {
            data["failure"] = failure.Message;
            return Unreachable(data);
        }
        data["failure"] = redis.LastFailure ?? "not connected";
        return Unreachable(data);
    }

    HealthCheckResult Unreachable(Dictionary<string, object> data) => HealthCheckResult.Degraded(
        $"Redis at {redis.Endpoints} is unreachable: the estimate cache, the Google Ads quota and the client limits are this "
        + "instance's own until it is back (it reconnects by itself).", data: data);
}
