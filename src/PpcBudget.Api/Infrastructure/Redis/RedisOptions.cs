using System.ComponentModel.DataAnnotations;

namespace PpcBudget.Api.Infrastructure.Redis;

/// <summary>
/// The <c>Redis</c> section. Unset, every instance keeps its cache, its Google Ads quota and its client limits to itself;
/// set, instances pointed at the same Redis share all three.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis:6379</c> or <c>host:6380,ssl=true,password=…</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Put before every key, so that several deployments can share one Redis.</summary>
    [Required, MinLength(1)] public string KeyPrefix { get; set; } = "ppcbudget:";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
