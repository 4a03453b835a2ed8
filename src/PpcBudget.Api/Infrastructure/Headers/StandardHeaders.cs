using Microsoft.Net.Http.Headers;

namespace PpcBudget.Api.Infrastructure.Headers;

/// <summary>
/// Headers every answer carries, errors and health included: <c>X-Content-Type-Options: nosniff</c> (a CSV or text
/// answer is never run as script); <c>Cache-Control: no-store</c>, since a spreadsheet may put its API key in the URL
/// (<c>apiKey=</c>) and no answer is worth keeping in a shared cache; <c>Vary: Origin</c>, since CORS answers differ by origin.
/// </summary>
public static class StandardHeaders
{
    public static WebApplication UseStandardHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            Apply(http);
            return next(http);
        });
        return app;
    }

    /// <summary>Set up front, and again by an error answer that clears the response (see ProblemAnswers).</summary>
    public static void Apply(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        if (!headers.Vary.Any(value => value?.Contains(HeaderNames.Origin, StringComparison.OrdinalIgnoreCase) == true))
            headers.Append(HeaderNames.Vary, HeaderNames.Origin);
    }
}
