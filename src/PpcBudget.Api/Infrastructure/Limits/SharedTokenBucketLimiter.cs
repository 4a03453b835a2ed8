using System.Diagnostics;
using System.Threading.RateLimiting;
using PpcBudget.Api.Infrastructure.Redis;
using StackExchange.Redis;

namespace PpcBudget.Api.Infrastructure.Limits;

/// <summary>
/// One client's token bucket, kept in Redis so that every instance takes from the same allowance; the bucket's state is
/// refilled by Redis' own clock. While Redis is unreachable this instance's own bucket of the same size decides.
/// </summary>
sealed class SharedTokenBucketLimiter(SharedRedis redis, string partition, TokenBucketRateLimiterOptions options) : RateLimiter
{
    // Returns { 1, 0 } when a token was taken, else { 0, milliseconds until one is there }.
    const string TakeToken = """
        local time = redis.call('TIME')
        local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
        local limit = tonumber(ARGV[1])
        local perMs = tonumber(ARGV[2])
        local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
        local tokens = tonumber(bucket[1]) or limit
        local at = tonumber(bucket[2]) or now
        tokens = math.min(limit, tokens + math.max(0, now - at) * perMs)
        local taken, wait = 0, 0
        if tokens >= 1 then
            tokens = tokens - 1
            taken = 1
        else
            wait = math.ceil((1 - tokens) / perMs)
        end
        redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
        redis.call('PEXPIRE', KEYS[1], math.ceil(limit / perMs) + 1000)
        return { taken, wait }
        """;

    readonly TokenBucketRateLimiter _local = new(options);
    readonly RedisKey _key = redis.Key("limits:" + partition);
    readonly double _tokensPerMs = options.TokensPerPeriod / options.ReplenishmentPeriod.TotalMilliseconds;
    long _lastUsed = Stopwatch.GetTimestamp();

    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Volatile.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => _local.GetStatistics();

    // Redis cannot be asked synchronously without blocking a thread; the rate-limiting middleware then awaits AcquireAsync.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => TokenLease.NotAskedYet;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _lastUsed, Stopwatch.GetTimestamp());
        if (await redis.EvaluateAsync(TakeToken, [_key], [options.TokenLimit, _tokensPerMs]) is not { } reply)
            return await _local.AcquireAsync(permitCount, cancellationToken);
        var answer = (long[])reply!;
        return answer[0] == 1 ? TokenLease.Taken : new TokenLease(false, TimeSpan.FromMilliseconds(answer[1]));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _local.Dispose();
        base.Dispose(disposing);
    }

    sealed class TokenLease(bool acquired, TimeSpan? retryAfter = null) : RateLimitLease
    {
        public static readonly TokenLease Taken = new(true);
        public static readonly TokenLease NotAskedYet = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name ? wait : null;
            return metadata is not null;
        }
    }
}
