using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace PpcBudget.Api.GoogleAds;

/// <summary>
/// Adds the developer token, manager account and bearer token to every planner call. When Google says the token is no
/// longer valid (401) before it was due to expire, the token is refreshed and the call sent once more.
/// </summary>
public sealed class GoogleAdsAuthHandler(GoogleAdsAccessTokens tokens, IOptions<GoogleAdsOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        request.Headers.Remove("developer-token");
        request.Headers.TryAddWithoutValidation("developer-token", settings.DeveloperToken);
        request.Headers.Remove("login-customer-id");
        if (!string.IsNullOrWhiteSpace(settings.LoginCustomerIdDigits))
            request.Headers.TryAddWithoutValidation("login-customer-id", settings.LoginCustomerIdDigits);

        var token = await tokens.GetAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
            return response;

        response.Dispose();
        tokens.Invalidate(token);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
