using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;

namespace PpcBudget.Api.GoogleAds;

/// <summary>
/// The estimate source for <c>/readyz</c>: the seed table, or Google Ads; with its circuit open, or its quota stopping
/// calls (until the time it names), the service is still ready (answers come from the seed table) but degraded.
/// </summary>
public sealed class GoogleAdsReadiness(IOptions<GoogleAdsOptions> googleAds, CircuitBreakerStateProvider circuit, IGoogleAdsQuotaStop quotaStop)
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
