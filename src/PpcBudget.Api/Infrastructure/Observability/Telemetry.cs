using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace PpcBudget.Api.Infrastructure.Observability;

/// <summary>
/// Metrics and traces through OpenTelemetry (ASP.NET Core, outgoing HTTP, resilience). Nothing is exported unless an
/// OTLP endpoint is configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>); every response carries its request id.
/// </summary>
public static class Telemetry
{
    public const string RequestIdHeader = "X-Request-Id";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        // Without somewhere to send them, collecting metrics and traces only costs every request its activity.
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            return services;
        services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("Polly"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !http.Request.Path.StartsWithSegments("/healthz"))
                .AddHttpClientInstrumentation())
            .UseOtlpExporter();
        return services;
    }

    /// <summary>
    /// The id the logs' scope and the problem details' traceId carry, on every response, for a support ticket. Set up
    /// front rather than in an OnStarting callback (a closure per request); an error answer that clears the response
    /// sets it again (see ProblemAnswers).
    /// </summary>
    public static WebApplication UseRequestIds(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            MarkWithRequestId(http);
            return next(http);
        });
        return app;
    }

    public static void MarkWithRequestId(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers[RequestIdHeader] = http.TraceIdentifier;
    }
}
