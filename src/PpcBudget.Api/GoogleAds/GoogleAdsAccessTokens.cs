using Microsoft.Extensions.Options;

namespace PpcBudget.Api.GoogleAds;

/// <summary>An access token from the refresh token, kept until a minute before it expires and refreshed by one caller at a time.</summary>
public sealed class GoogleAdsAccessTokens(IGoogleOAuthApi oauth, IOptions<GoogleAdsOptions> options, TimeProvider clock) : IDisposable
{
    static readonly TimeSpan ExpirySkew = TimeSpan.FromMinutes(1);

    readonly SemaphoreSlim _refreshing = new(1, 1);
    (string Token, DateTimeOffset ExpiresAt)? _current;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } fresh && fresh.ExpiresAt > clock.GetUtcNow())
            return fresh.Token;

        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } refreshedMeanwhile && refreshedMeanwhile.ExpiresAt > clock.GetUtcNow())
                return refreshedMeanwhile.Token;

            var settings = options.Value;
            var answer = await oauth.ExchangeRefreshToken(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["client_id"] = settings.ClientId ?? "",
                ["client_secret"] = settings.ClientSecret ?? "",
                ["refresh_token"] = settings.RefreshToken ?? "",
            }, cancellationToken);
            var token = answer.AccessToken ?? throw new InvalidOperationException("The OAuth token endpoint answered without an access token.");
            _current = (token, clock.GetUtcNow() + TimeSpan.FromSeconds(answer.ExpiresIn ?? 3600) - ExpirySkew);
            return token;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <summary>Forgets <paramref name="rejected"/> when Google refused it, unless another caller already replaced it.</summary>
    public void Invalidate(string rejected)
    {
        if (_current?.Token == rejected)
            _current = null;
    }

    public void Dispose() => _refreshing.Dispose();
}
