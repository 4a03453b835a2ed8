using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using PpcBudget.Api.GoogleAds;

namespace PpcBudget.Api.Infrastructure.Health;

/// <summary>
/// <c>/healthz</c>: the process is up. <c>/readyz</c>: it can answer, and from which estimate source; with the
/// Google Ads circuit open, or its quota stopping calls (until the time it names), it is still ready (answers come
/// from the seed table) but says it is degraded.
/// </summary>
public static class Readiness
{
    /// <summary>Checks with this tag decide /readyz.</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddReadiness(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<EstimateSourceCheck>("estimates", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status200OK },
            ResponseWriter = (http, report) => http.Response.WriteAsJsonAsync(new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(entry => entry.Key, entry => new
                {
                    status = entry.Value.Status.ToString(),
                    description = entry.Value.Description,
                    data = entry.Value.Data,
                }),
            }, JsonSerializerOptions.Web),
        });
        return app;
    }

    sealed class EstimateSourceCheck(IOptions<GoogleAdsOptions> googleAds, CircuitBreakerStateProvider circuit, IGoogleAdsQuotaStop quotaStop)
        : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (!googleAds.Value.IsConfigured)
                return HealthCheckResult.Healthy("Estimates come from the seed table (no Google Ads account configured).",
                    new Dictionary<string, object> { ["source"] = "seed" });

            var state = circuit.CircuitState;
            var data = new Dictionary<string, object> { ["source"] = "googleAds", ["circuit"] = state.ToString() };
            if (await quotaStop.StoppedUntilAsync(cancellationToken) is { } until)
            {
                var utc = GoogleAdsQuotaStoppedException.Utc(until);
                data["quotaStoppedUntil"] = utc;
                return HealthCheckResult.Degraded($"Google Ads' quota is used up until {utc}: estimates come from the seed table until then.", data: data);
            }
            return state is CircuitState.Closed or CircuitState.HalfOpen
                ? HealthCheckResult.Healthy("Estimates come from Google Ads.", data)
                : HealthCheckResult.Degraded("Google Ads failed repeatedly: estimates come from the seed table until it recovers.", data: data);
        }
    }
}
