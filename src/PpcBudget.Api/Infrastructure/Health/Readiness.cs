using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PpcBudget.Api.Infrastructure.Health;

/// <summary>
/// <c>/healthz</c>: the process is up. <c>/readyz</c>: every check tagged <see cref="ReadyTag"/> — each registered by
/// the part it watches — with its status, description and data; degraded is still ready (200).
/// </summary>
public static class Readiness
{
    /// <summary>Checks with this tag decide /readyz.</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddReadiness(this IServiceCollection services)
    {
        // Each part that can make the service unready registers its own check with ReadyTag (Google Ads: the estimate source).
        services.AddHealthChecks();
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
}
