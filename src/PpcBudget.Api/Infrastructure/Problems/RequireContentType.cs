using Microsoft.Net.Http.Headers;

namespace PpcBudget.Api.Infrastructure.Problems;

/// <summary>
/// A POST without a Content-Type is answered here, as problem details: FastEndpoints would send a bare 415 with no
/// body, which a client cannot tell from a proxy's error.
/// </summary>
public static class RequireContentType
{
    public static WebApplication UseContentTypeRequirement(this WebApplication app)
    {
        app.Use((http, next) =>
            HttpMethods.IsPost(http.Request.Method) && !http.Request.Headers.ContainsKey(HeaderNames.ContentType)
                ? ProblemWriter.WriteAsync(http, StatusCodes.Status415UnsupportedMediaType, "The body has no Content-Type.",
                    "Send Content-Type: application/json for a JSON body, or text/csv for a CSV plan.")
                : next(http));
        return app;
    }
}
