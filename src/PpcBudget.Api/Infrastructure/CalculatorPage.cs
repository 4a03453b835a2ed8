namespace PpcBudget.Api.Infrastructure;

/// <summary>
/// The calculator page under <c>wwwroot/</c>, served at <c>/</c> as plain files: no build step, and the page calls the
/// API only from its own origin, which the Content-Security-Policy holds it to.
/// </summary>
public static class CalculatorPage
{
    const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseCalculatorPage(this WebApplication app)
    {
        // Files are only read, so the API's POSTs pass by without a look at the file system.
        app.UseWhen(http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method), page => page
            .UseDefaultFiles()
            .UseStaticFiles(new StaticFileOptions
            {
                OnPrepareResponse = file =>
                {
                    var headers = file.Context.Response.Headers;
                    headers.XContentTypeOptions = "nosniff";
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                },
            }));
        return app;
    }
}
