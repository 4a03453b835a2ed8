using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using PpcBudget.Api.Infrastructure.Redis;
using StackExchange.Redis;

namespace PpcBudget.Api.GoogleAds;

/// <summary>
/// The planning-quota limit shared by every instance on one Redis: each request reserves the next free slot of a
/// schedule kept in Redis (one slot per <c>1 / RequestsPerSecond</c>, timed by Redis' own clock) and waits for it. A
/// slot further away than a call may take is not reserved: the call is refused at once, as a full queue refuses it in
/// one process, and the schedule does not fill with slots nobody waits for. Without Redis, the in-process bucket decides.
/// </summary>
public sealed class RedisGoogleAdsRequestLimiter(SharedRedis redis, InProcessGoogleAdsRequestLimiter local, IOptions<GoogleAdsOptions> options)
    : IGoogleAdsRequestLimiter
{
    // Returns the milliseconds to wait for the reserved slot, or -1 when the next free slot is beyond the horizon.
    const string ReserveSlot = """
        local time = redis.call('TIME')
        local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
        local interval = tonumber(ARGV[1])
        local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
        if slot - now > tonumber(ARGV[2]) then
            return -1
        end
        redis.call('SET', KEYS[1], slot + interval, 'PX', slot + interval - now + 1000)
        return slot - now
        """;

    readonly RedisKey _key = redis.Key("google-ads:next-request-at");
    readonly long _intervalMs = (long)Math.Ceiling(1000 / options.Value.RequestsPerSecond);
    readonly long _horizonMs = (long)options.Value.TotalTimeout.TotalMilliseconds;

    public async ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken)
    {
        if (await redis.EvaluateAsync(ReserveSlot, [_key], [_intervalMs, _horizonMs]) is not { } reply)
            return await local.AcquireAsync(cancellationToken);
        var wait = (long)reply;
        if (wait < 0)
            return SlotLease.Refused;
        if (wait > 0)
            await Task.Delay(TimeSpan.FromMilliseconds(wait), cancellationToken);
        return SlotLease.Granted;
    }

    sealed class SlotLease(bool acquired) : RateLimitLease
    {
        public static readonly SlotLease Granted = new(true);
        public static readonly SlotLease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
