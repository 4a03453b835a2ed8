using Microsoft.Extensions.Caching.Hybrid;
using PpcBudget.Core.Estimates;

namespace PpcBudget.Api.Estimates;

/// <summary>
/// Planner answers kept for 24 hours per (keyword, language, locations, network), in memory and, when Redis is
/// configured, in Redis too so that several instances share them.
/// </summary>
public sealed class EstimateCache(HybridCache cache)
{
    static readonly HybridCacheEntryOptions Keep = new() { Expiration = TimeSpan.FromHours(24), LocalCacheExpiration = TimeSpan.FromHours(24) };

    // HybridCache has no plain lookup: a factory that yields null, with writes disabled, asks without storing a miss.
    static readonly HybridCacheEntryOptions LookOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    public ValueTask<CpcEstimate?> FindAsync(string key, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(key, _ => ValueTask.FromResult<CpcEstimate?>(null), LookOnly, cancellationToken: cancellationToken);

    public ValueTask KeepAsync(string key, CpcEstimate estimate, CancellationToken cancellationToken) =>
        cache.SetAsync(key, estimate, Keep, cancellationToken: cancellationToken);

    public static string KeyFor(string normalizedKeyword, string language, IReadOnlyList<string> geoTargets, string network) =>
        $"cpc:{network}:{language}:{string.Join(',', geoTargets.Order(StringComparer.Ordinal))}:{normalizedKeyword}";
}
