using PpcBudget.Api.GoogleAds;
using PpcBudget.Core.Estimates;

namespace PpcBudget.Api.Estimates;

public static class EstimatesServiceCollectionExtensions
{
    public static IServiceCollection AddCpcEstimates(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGoogleAds();
        services.AddHybridCache();
        // With Redis configured, HybridCache uses it as its second level, shared by every instance.
        if (configuration["Redis:Configuration"] is { Length: > 0 } redis)
            services.AddStackExchangeRedisCache(options => options.Configuration = redis);
        services.AddSingleton<EstimateCache>();
        services.AddSingleton(SeedEstimateTable.Embedded);
        services.AddSingleton<CpcEstimator>().AddSingleton<ICpcEstimates>(provider => provider.GetRequiredService<CpcEstimator>());
        services.AddSingleton<MissingCpcs>();
        return services;
    }
}
