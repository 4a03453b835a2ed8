using PpcBudget.Api.GoogleAds;
using PpcBudget.Api.Infrastructure.Redis;
using PpcBudget.Core.Estimates;

namespace PpcBudget.Api.Estimates;

public static class EstimatesServiceCollectionExtensions
{
    public static IServiceCollection AddCpcEstimates(this IServiceCollection services, IConfiguration configuration)
    {
        // With Redis configured, HybridCache uses it as its second level, and the Google Ads quota is held there:
        // every instance shares both.
        services.AddSharedRedis(configuration);
        services.AddGoogleAds();
        services.AddHybridCache();
        services.AddSingleton<EstimateCache>();
        services.AddSingleton(SeedEstimateTable.Embedded);
        services.AddSingleton<CpcEstimator>().AddSingleton<ICpcEstimates>(provider => provider.GetRequiredService<CpcEstimator>());
        services.AddSingleton<MissingCpcs>();
        return services;
    }
}
