using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Refit;

namespace PpcBudget.Api.GoogleAds;

public static class GoogleAdsServiceCollectionExtensions
{
    const string PlannerClient = "google-ads";
    const string OAuthClient = "google-oauth";

    public static IServiceCollection AddGoogleAds(this IServiceCollection services)
    {
        services.AddOptions<GoogleAdsOptions>().BindConfiguration(GoogleAdsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<GoogleAdsAccessTokens>();
        services.AddTransient<GoogleAdsAuthHandler>();
        services.AddTransient<GoogleAdsQuotaGate>();
        services.AddSingleton<GoogleAdsEstimates>();
        services.AddSingleton<GoogleAdsForecasts>();
        // Shared with /readyz, which reports whether the planner's circuit is open.
        services.AddSingleton<CircuitBreakerStateProvider>();
        // Per process; several instances register shared ones in their place (TryAdd: whichever comes first wins).
        services.TryAddSingleton<IGoogleAdsQuotaStop, InProcessGoogleAdsQuotaStop>();
        services.TryAddSingleton<IGoogleAdsRequestLimiter, InProcessGoogleAdsRequestLimiter>();

        services.AddRefitGeneratedClient<IGoogleOAuthApi>(GoogleAdsJsonContext.Default, _ => new RefitSettings(), OAuthClient)
            .ConfigureHttpClient((provider, http) => http.BaseAddress = new Uri(Options(provider).TokenUrl));

        var planner = services.AddRefitGeneratedClient<IKeywordPlanIdeaApi>(GoogleAdsJsonContext.Default, _ => new RefitSettings(), PlannerClient)
            .ConfigureHttpClient((provider, http) => http.BaseAddress = new Uri(Options(provider).BaseUrl));
        // Handlers run in the order added: the quota gate before the pipeline and again before every attempt; resilience
        // outside the token, so that every retry is sent with a current one.
        planner.AddHttpMessageHandler<GoogleAdsQuotaGate>();
        planner.AddResilienceHandler(PlannerClient, (pipeline, context) => new GoogleAdsResilience(Options(context.ServiceProvider),
                context.ServiceProvider.GetRequiredService<CircuitBreakerStateProvider>(),
                context.ServiceProvider.GetRequiredService<IGoogleAdsQuotaStop>(),
                context.ServiceProvider.GetRequiredService<IGoogleAdsRequestLimiter>(),
                context.ServiceProvider.GetRequiredService<TimeProvider>(),
                context.ServiceProvider.GetRequiredService<ILogger<GoogleAdsResilience>>())
            .Configure(pipeline));
        planner.AddHttpMessageHandler<GoogleAdsQuotaGate>();
        planner.AddHttpMessageHandler<GoogleAdsAuthHandler>();
        return services;
    }

    static GoogleAdsOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<GoogleAdsOptions>>().Value;
}
