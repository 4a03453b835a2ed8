using Microsoft.Extensions.Caching.StackExchangeRedis;
using PpcBudget.Api.Infrastructure.Health;

namespace PpcBudget.Api.Infrastructure.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// With <c>Redis:Configuration</c> set: one <see cref="SharedRedis"/> connection, Redis as the distributed cache
    /// (HybridCache's second level), and a /readyz check that says when Redis is unreachable. Unset, nothing is added,
    /// and whatever would share through Redis (the Google Ads quota, the client limits) stays in this process.
    /// </summary>
    public static IServiceCollection AddSharedRedis(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[$"{RedisOptions.Section}:{nameof(RedisOptions.Configuration)}"] is not { Length: > 0 } redis)
            return services;
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SharedRedis>();
        services.AddHostedService(provider => provider.GetRequiredService<SharedRedis>());
        services.AddStackExchangeRedisCache(options => options.Configuration = redis);
        services.AddOptions<RedisCacheOptions>().Configure<SharedRedis>((cache, shared) =>
        {
            cache.ConnectionMultiplexerFactory = shared.ConnectionAsync;
            cache.InstanceName = shared.KeyPrefix + "cache:";
        });
        services.AddHealthChecks().AddCheck<RedisCheck>("redis", tags: [Readiness.ReadyTag]);
        return services;
    }
}
