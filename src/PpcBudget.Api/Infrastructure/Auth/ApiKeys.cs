using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PpcBudget.Api.Infrastructure.Auth;

/// <summary>The <c>Auth</c> section: with keys configured, every /v1 call needs one; without, the service is open for local use.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public IReadOnlyList<string> ApiKeys { get; set; } = [];
}

/// <summary>
/// Optional API keys, sent as an <c>X-Api-Key</c> header or, for spreadsheets that cannot set headers, an
/// <c>apiKey</c> query parameter (which the logs never show; see SecretRedaction).
/// </summary>
public static class ApiKeys
{
    public const string Header = "X-Api-Key";
    public const string QueryParameter = "apiKey";

    public static IServiceCollection AddApiKeys(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        return services;
    }

    public static WebApplication UseApiKeys(this WebApplication app)
    {
        // Hashed once here: a request then costs one hash (of the key it presents), not two per configured key.
        var keys = app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.ApiKeys.Where(key => key.Length > 0).Select(Hash).ToList();
        if (keys.Count == 0)
            return app;
        app.Use((http, next) =>
        {
            if (!http.Request.Path.StartsWithSegments("/v1"))
                return next(http);
            var presented = Presented(http.Request);
            if (presented is { Length: > 0 } && IsOneOf(presented, keys))
                return next(http);

            http.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\", query=\"{QueryParameter}\"";
            return Problems.ProblemWriter.WriteAsync(http, StatusCodes.Status401Unauthorized, "An API key is required.",
                presented is { Length: > 0 }
                    ? "The API key sent is not one this service knows."
                    : $"Send it in the {Header} header, or as the {QueryParameter} query parameter from a spreadsheet.");
        });
        return app;
    }

    public static string? Presented(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.TryGetValue(Header, out var header) && header.Count > 0
            ? header.ToString()
            : request.Query.TryGetValue(QueryParameter, out var query) ? query.ToString() : null;
    }

    /// <summary>A short, irreversible name for a key, so rate-limit partitions and logs never hold the key itself.</summary>
    public static string Fingerprint(string key) => Convert.ToHexString(Hash(key), 0, 8);

    static bool IsOneOf(string presented, List<byte[]> keyHashes)
    {
        var hash = Hash(presented);
        return keyHashes.Exists(key => CryptographicOperations.FixedTimeEquals(key, hash));
    }

    /// <summary>Keys are compared as hashes, in fixed time, so the comparison's time says nothing about the key.</summary>
    static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
