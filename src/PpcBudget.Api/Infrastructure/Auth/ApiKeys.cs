using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace PpcBudget.Api.Infrastructure.Auth;

/// <summary>The <c>Auth</c> section: with keys configured, every /v1 call needs one; without, the service is open for local use.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public IReadOnlyList<string> ApiKeys { get; set; } = [];
}

/// <summary>
/// Optional API keys as an ASP.NET Core authentication scheme, sent as an <c>X-Api-Key</c> header or, for spreadsheets
/// that cannot set headers, an <c>apiKey</c> query parameter (which the logs never show; see SecretRedaction). Every
/// endpoint declares <see cref="Policy"/>, a known caller: with keys configured, one that sent a configured key; without,
/// anyone, known by its address. A caller is known by a key only once the key is checked, so a made-up key earns no
/// rate allowance of its own.
/// </summary>
public static class ApiKeys
{
    public const string Scheme = "ApiKey";
    public const string Policy = "ApiKeyWhenConfigured";
    public const string Header = "X-Api-Key";
    public const string QueryParameter = "apiKey";
    public const string ClientClaim = "ppcbudget:client";

    public static IServiceCollection AddApiKeys(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        services.AddSingleton<KnownKeys>();
        services.AddSingleton(provider => new Observability.LoggedSecrets(() => provider.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue.ApiKeys));
        services.AddAuthentication(Scheme).AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(Scheme, null);
        // No scheme named in the policy: the authentication step (this scheme is the default) has already set the user,
        // and naming it would authenticate every request a second time.
        var knownCaller = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        // FastEndpoints secures an endpoint with the default policy as well as the ones it names: both are this one.
        services.AddAuthorizationBuilder().AddPolicy(Policy, knownCaller).SetDefaultPolicy(knownCaller);
        return services;
    }

    /// <summary>The key as presented, header first; null when there is none.</summary>
    public static string? Presented(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.TryGetValue(Header, out var header) && header.Count > 0)
            return header.ToString();
        return request.QueryString.HasValue && request.Query.TryGetValue(QueryParameter, out var query) ? query.ToString() : null;
    }

    /// <summary>The authenticated caller's name for rate limits and logs (a fingerprint of its key, never the key), or null.</summary>
    public static string? ClientOf(ClaimsPrincipal user) => user?.FindFirst(ClientClaim)?.Value;

    /// <summary>True when the request presented a key that is not one of the configured keys.</summary>
    public static bool PresentedUnknownKey(HttpContext http) =>
        http?.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Failure is not null;

    /// <summary>A short, irreversible name for a key, so rate-limit partitions and logs never hold the key itself.</summary>
    public static string Fingerprint(string key) => Convert.ToHexString(Hash(key), 0, 8);

    /// <summary>Keys are compared as hashes, in fixed time, so the comparison's time says nothing about the key.</summary>
    static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>The configured keys, hashed once at start-up: a request then costs one hash, of the key it presents.</summary>
    sealed class KnownKeys(IOptions<AuthOptions> options)
    {
        readonly List<byte[]> _hashes = options.Value.ApiKeys.Where(key => key.Length > 0).Select(Hash).ToList();

        public bool Any => _hashes.Count > 0;

        public bool Contains(string presented)
        {
            var hash = Hash(presented);
            return _hashes.Exists(key => CryptographicOperations.FixedTimeEquals(key, hash));
        }
    }

    sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, KnownKeys keys)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            // Without configured keys the service is open and every caller is known by its address, whatever key it presents.
            if (!keys.Any)
                return Task.FromResult(Known($"ip:{Context.Connection.RemoteIpAddress}"));
            if (Presented(Request) is not { Length: > 0 } presented)
                return Task.FromResult(AuthenticateResult.NoResult());
            return Task.FromResult(keys.Contains(presented)
                ? Known($"key:{Fingerprint(presented)}")
                : AuthenticateResult.Fail("The API key sent is not one this service knows."));
        }

        AuthenticateResult Known(string client) => AuthenticateResult.Success(new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClientClaim, client)], Scheme.Name)), Scheme.Name));

        protected override Task HandleChallengeAsync(AuthenticationProperties properties)
        {
            Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\", query=\"{QueryParameter}\"";
            return Problems.ProblemWriter.WriteAsync(Context, StatusCodes.Status401Unauthorized, "An API key is required.",
                Presented(Request) is { Length: > 0 }
                    ? "The API key sent is not one this service knows."
                    : $"Send it in the {Header} header, or as the {QueryParameter} query parameter from a spreadsheet.");
        }
    }

}
