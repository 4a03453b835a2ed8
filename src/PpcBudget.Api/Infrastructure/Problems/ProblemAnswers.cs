using Microsoft.AspNetCore.Diagnostics;

namespace PpcBudget.Api.Infrastructure.Problems;

/// <summary>
/// Errors that never reach an endpoint (no route, wrong method or content type, a body too large, a crash) answer
/// with problem details too, so a client parses one error shape whatever went wrong.
/// </summary>
public static class ProblemAnswers
{
    public static IServiceCollection AddProblemAnswers(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var http = context.HttpContext;
            if (context.Exception is ProblemException problem)
                (context.ProblemDetails.Title, context.ProblemDetails.Detail) = (problem.Title, problem.Message);
            // The last resort, not the fix: validators keep figures inside what decimal can carry (see the property tests).
            if (context.Exception is OverflowException)
                (context.ProblemDetails.Title, context.ProblemDetails.Detail) = ("The figures are too large to calculate with.",
                    "A result left the range of numbers this service calculates with (about 7.9 × 10^28): send smaller amounts "
                    + "(cpc, customerValue, averageSale), higher conversion rates, or fewer keywords.");
            context.ProblemDetails.Instance ??= http.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = http.TraceIdentifier;
            // The exception handler and the timeout clear the response, headers included, before writing the problem.
            Observability.Telemetry.MarkWithRequestId(http);
            Headers.StandardHeaders.Apply(http);
            context.ProblemDetails.Detail ??= DetailFor(context.ProblemDetails.Status, http);
        }).AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>().AddExceptionHandler<ClientFaults>();

    public static WebApplication UseProblemAnswers(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                ProblemException problem => problem.Status,
                OverflowException => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status500InternalServerError,
            },
            // A ProblemException is an expected answer (a 503 that explains itself), and a client's fault is logged once by
            // ClientFaults: neither is a crash to log with its stack.
            SuppressDiagnosticsCallback = context => context.Exception is ProblemException
                                                     || ClientFaults.IsClientFault(context.Exception, context.HttpContext, out _),
        });
        app.UseStatusCodePages();
        return app;
    }

    static string? DetailFor(int? status, HttpContext http) => status switch
    {
        StatusCodes.Status404NotFound => $"There is nothing at {http.Request.Path}; the operations are listed at /swagger.",
        StatusCodes.Status405MethodNotAllowed => $"{http.Request.Method} is not allowed on {http.Request.Path}; see /swagger for the methods it takes.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON with the header Content-Type: application/json.",
        StatusCodes.Status413PayloadTooLarge => "The body is larger than this service accepts.",
        StatusCodes.Status500InternalServerError => "Something failed on our side; the traceId identifies it in our logs.",
        _ => http.Features.Get<IExceptionHandlerFeature>() is null ? null : "The request could not be read.",
    };
}
