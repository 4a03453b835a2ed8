using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using PpcBudget.Api.Infrastructure.Observability;
using PpcBudget.Api.Infrastructure.Redis;
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
        services.AddHealthChecks().AddCheck<GoogleAdsReadiness>("estimates", tags: [Infrastructure.Health.Readiness.ReadyTag]);
        services.AddSingleton(provider => new LoggedSecrets(() =>
        {
            var options = provider.GetRequiredService<IOptionsMonitor<GoogleAdsOptions>>().CurrentValue;
            return [options.DeveloperToken, options.ClientSecret, options.RefreshToken];
        }));
        // Shared through Redis when it is configured, else per process; either way this process's own is the fallback.
        // TryAdd: a registration made before this one (a test's) wins.
        services.TryAddSingleton<InProcessGoogleAdsQuotaStop>();
        services.TryAddSingleton<InProcessGoogleAdsRequestLimiter>();
        services.TryAddSingleton<IGoogleAdsQuotaStop>(provider => provider.GetService<SharedRedis>() is { } redis
            ? ActivatorUtilities.CreateInstance<RedisGoogleAdsQuotaStop>(provider, redis)
            : provider.GetRequiredService<InProcessGoogleAdsQuotaStop>());
        services.TryAddSingleton<IGoogleAdsRequestLimiter>(provider => provider.GetService<SharedRedis>() is { } redis
            ? ActivatorUtilities.CreateInstance<RedisGoogleAdsRequestLimiter>(provider, redis)
            : provider.GetRequiredService<InProcessGoogleAdsRequestLimiter>());

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
