using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PpcBudget.Api.Features.Estimates;
using PpcBudget.Api.Tests.Fakes;

namespace PpcBudget.Api.Tests.Features.Estimates;

/// <summary>With a second-level cache (Redis in production), several instances share what one of them asked Google Ads.</summary>
public sealed class SharedCacheTests
{
    [Fact]
    public async Task ASecondInstanceAnswersFromTheSharedCache()
    {
        await using var google = await FakeGoogleAds.StartAsync();
        var shared = new SharedDistributedCache();
        void UseShared(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<IDistributedCache>(shared));
        await using var first = PpcBudgetApi.AgainstGoogleAds(google, services: UseShared);
        await using var second = PpcBudgetApi.AgainstGoogleAds(google, services: UseShared);
        var request = new { keywords = new[] { "coffee shop" } };

        var fromGoogle = await (await first.CreateClient().PostAsJson(PostCpcEstimatesEndpoint.Route, request)).ReadOkJson();
        var fromCache = await (await second.CreateClient().PostAsJson(PostCpcEstimatesEndpoint.Route, request)).ReadOkJson();

        Assert.Single(google.PlannerCalls);
        Assert.Equal(fromGoogle.ToJsonString(), fromCache.ToJsonString());
        Assert.Equal("googleAds", fromCache["estimates"]![0]!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task RedisConfigurationMakesRedisTheSecondLevel()
    {
        await using var withRedis = PpcBudgetApi.With(new Dictionary<string, string?> { ["Redis:Configuration"] = "127.0.0.1:1,abortConnect=false" });
        await using var without = new PpcBudgetApi();

        var cache = withRedis.Services.GetRequiredService<IDistributedCache>();
        Assert.True(cache is RedisCache, cache.GetType().FullName);
        Assert.IsNotType<RedisCache>(without.Services.GetService<IDistributedCache>());
    }
}

/// <summary>
/// A stand-in for Redis that two app instances share. Not MemoryDistributedCache itself: HybridCache ignores that type
/// as a second level, since in one process it would only repeat the first.
/// </summary>
sealed class SharedDistributedCache() : MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
