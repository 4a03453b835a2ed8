using System.Globalization;

namespace PpcBudget.Api.GoogleAds;

/// <summary>
/// Where a long quota stop is kept: Google's quota belongs to the developer token, so once Google asks for a
/// <c>retryDelay</c> longer than a call can wait, no call goes out until it has passed. One process keeps it in memory
/// (<see cref="InProcessGoogleAdsQuotaStop"/>); instances on one Redis share it (<see cref="RedisGoogleAdsQuotaStop"/>).
/// </summary>
public interface IGoogleAdsQuotaStop
{
    /// <summary>When calls may go out again, or null when they may now.</summary>
    ValueTask<DateTimeOffset?> StoppedUntilAsync(CancellationToken cancellationToken);

    /// <summary>Stops every call until <paramref name="until"/>; an earlier time never shortens a stop already set.</summary>
    ValueTask StopUntilAsync(DateTimeOffset until, CancellationToken cancellationToken);
}

public sealed class InProcessGoogleAdsQuotaStop(TimeProvider clock) : IGoogleAdsQuotaStop
{
    long _untilUtcTicks;

    public ValueTask<DateTimeOffset?> StoppedUntilAsync(CancellationToken cancellationToken)
    {
        var until = Volatile.Read(ref _untilUtcTicks);
        return ValueTask.FromResult<DateTimeOffset?>(until > clock.GetUtcNow().UtcTicks ? new DateTimeOffset(until, TimeSpan.Zero) : null);
    }

    public ValueTask StopUntilAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        var wanted = until.UtcTicks;
        var current = Volatile.Read(ref _untilUtcTicks);
        while (wanted > current)
        {
            var seen = Interlocked.CompareExchange(ref _untilUtcTicks, wanted, current);
            if (seen == current)
                break;
            current = seen;
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>A call not sent, or given up, because Google's quota stops calls until <see cref="Until"/>.</summary>
public sealed class GoogleAdsQuotaStoppedException(DateTimeOffset until)
    : Exception($"Google Ads' quota stops calls until {Utc(until)}.")
{
    public DateTimeOffset Until { get; } = until;

    /// <summary>The form every answer and /readyz give the time in: UTC, to the second, e.g. 2026-12-01T05:06:31Z.</summary>
    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
