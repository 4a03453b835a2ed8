namespace PpcBudget.Api.Infrastructure;

/// <summary>
/// CORS for Apps Script and browser front ends: the origins in <c>Cors:AllowedOrigins</c> may call the API; with none
/// configured (the default) no cross-origin browser call is allowed.
/// </summary>
public static class BrowserAccess
{
    public const string Section = "Cors:AllowedOrigins";

    public static IServiceCollection AddBrowserAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(Section).Get<string[]>() ?? [];
        return services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .AllowAnyHeader()
            .WithExposedHeaders("Retry-After")));
    }
}
