using PpcBudget.Api.Features.Epc;

namespace PpcBudget.Api.Tests.Infrastructure;

public sealed class CorsTests
{
    static HttpRequestMessage FromOrigin(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{EpcEndpoint.Route}?customerValue=100");
        request.Headers.Add("Origin", origin);
        return request;
    }

    [Fact]
    public async Task NoOriginIsAllowedByDefault()
    {
        await using var api = new PpcBudgetApi();
        using var request = FromOrigin("https://script.google.com");

        var response = await api.CreateClient().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task ConfiguredOriginIsAllowed()
    {
        await using var api = PpcBudgetApi.With(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = "https://script.google.com" });
        using var allowed = FromOrigin("https://script.google.com");
        using var other = FromOrigin("https://evil.example");

        var client = api.CreateClient();

        Assert.Equal("https://script.google.com", (await client.SendAsync(allowed)).Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False((await client.SendAsync(other)).Headers.Contains("Access-Control-Allow-Origin"));
    }
}
