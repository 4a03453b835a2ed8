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
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<GoogleAdsAccessTokens>();
        services.AddTransient<GoogleAdsAuthHandler>();
        services.AddSingleton<GoogleAdsEstimates>();
        // Shared with /readyz, which reports whether the planner's circuit is open.
        services.AddSingleton<CircuitBreakerStateProvider>();

        services.AddRefitGeneratedClient<IGoogleOAuthApi>(GoogleAdsJsonContext.Default, _ => new RefitSettings(), OAuthClient)
            .ConfigureHttpClient((provider, http) => http.BaseAddress = new Uri(Options(provider).TokenUrl));

        var planner = services.AddRefitGeneratedClient<IKeywordPlanIdeaApi>(GoogleAdsJsonContext.Default, _ => new RefitSettings(), PlannerClient)
            .ConfigureHttpClient((provider, http) => http.BaseAddress = new Uri(Options(provider).BaseUrl));
        // Handlers run in the order added: resilience outside, so that every retry is sent with a current token.
        planner.AddResilienceHandler(PlannerClient, (pipeline, context) => GoogleAdsResilience.Configure(pipeline, Options(context.ServiceProvider),
            context.ServiceProvider.GetRequiredService<CircuitBreakerStateProvider>()));
        planner.AddHttpMessageHandler<GoogleAdsAuthHandler>();
        return services;
    }

    static GoogleAdsOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<GoogleAdsOptions>>().Value;
}
