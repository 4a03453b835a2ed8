using Microsoft.AspNetCore.Mvc;

namespace PpcBudget.Api.Infrastructure.Problems;

/// <summary>Writes problem details from middleware that answers before any endpoint runs (limits, keys, timeouts).</summary>
public static class ProblemWriter
{
    public static Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Response.HasStarted)
            return Task.CompletedTask;
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
