using PpcBudget.Api.Infrastructure.Redis;
using StackExchange.Redis;

namespace PpcBudget.Api.GoogleAds;

/// <summary>
/// The quota stop shared by every instance on one Redis: a key holding the end of the stop (Unix milliseconds) that
/// expires with it. Each instance also keeps every stop it set or saw, so a stop outlives a Redis that goes away.
/// </summary>
public sealed class RedisGoogleAdsQuotaStop(SharedRedis redis, InProcessGoogleAdsQuotaStop local, TimeProvider clock) : IGoogleAdsQuotaStop
{
    const string Read = "return redis.call('GET', KEYS[1])";

    // An earlier end never shortens a stop already set, whichever instance set it.
    const string StopUntilLater = """
        local current = tonumber(redis.call('GET', KEYS[1]) or '0')
        if tonumber(ARGV[1]) > current then
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        end
        return 0
        """;

    readonly RedisKey _key = redis.Key("google-ads:quota-stopped-until");

    public async ValueTask<DateTimeOffset?> StoppedUntilAsync(CancellationToken cancellationToken)
    {
        if (await redis.EvaluateAsync(Read, [_key], []) is { IsNull: false } shared
            && DateTimeOffset.FromUnixTimeMilliseconds((long)shared) is var until && until > clock.GetUtcNow())
            await local.StopUntilAsync(until, cancellationToken);
        return await local.StoppedUntilAsync(cancellationToken);
    }

    public async ValueTask StopUntilAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        await local.StopUntilAsync(until, cancellationToken);
        var left = until - clock.GetUtcNow();
        if (left > TimeSpan.Zero)
            await redis.EvaluateAsync(StopUntilLater, [_key], [until.ToUnixTimeMilliseconds(), (long)Math.Ceiling(left.TotalMilliseconds)]);
    }
}
