using System.Net;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Api.Features.Epc;

namespace PpcBudget.Api.Tests.Infrastructure;

/// <summary>
/// A caller is known by a key only once the key is checked: a made-up key, in any spelling, earns no allowance of its
/// own, and guessing keys is held back. Query checks (format, field) hold for a CSV body as for JSON.
/// </summary>
public sealed class ClientAllowanceTests
{
    const string Key = "sheet-key-SECRET-4711";

    static readonly Dictionary<string, string?> SmallAllowance = new()
    {
        ["Limits:RequestsPerClientBurst"] = "5",
        ["Limits:RequestsPerClientPerSecond"] = "1",
    };

    /// <summary>The same caller presenting a fresh made-up key each time, in the ways a key can be sent.</summary>
    static HttpRequestMessage WithRandomKey(int attempt)
    {
        var key = Guid.NewGuid().ToString("N");
        var spellings = new[] { $"apiKey={key}", $"APIKEY={key}", $"ApiKey={key}", $"%61piKey={key}", $"api%4Bey={key}" };
        var request = new HttpRequestMessage(HttpMethod.Get, $"{EpcEndpoint.Route}?customerValue=100&{spellings[attempt % spellings.Length]}");
        if (attempt % 2 == 0)
            request.Headers.Add("X-Api-Key", key);
        return request;
    }

    static async Task<List<HttpStatusCode>> SendWithRandomKeys(HttpClient client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = WithRandomKey(i);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    [Fact]
    public async Task WithoutKeysConfiguredAMadeUpKeyEarnsNoAllowance()
    {
        await using var api = PpcBudgetApi.With(SmallAllowance);

        var statuses = await SendWithRandomKeys(api.CreateClient(), 12);

        Assert.Equal(5, statuses.Count(status => status == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task WithKeysConfiguredGuessingIsHeldBackByAddress()
    {
        await using var api = PpcBudgetApi.With(new Dictionary<string, string?>(SmallAllowance) { ["Auth:ApiKeys:0"] = Key });

        var statuses = await SendWithRandomKeys(api.CreateClient(), 30);

        Assert.Contains(HttpStatusCode.Unauthorized, statuses);
        Assert.True(statuses.Count(status => status == HttpStatusCode.TooManyRequests) >= 15, string.Join(",", statuses));
        Assert.DoesNotContain(HttpStatusCode.OK, statuses);
    }

    [Fact]
    public async Task AKnownKeyHasItsOwnAllowance()
    {
        await using var api = PpcBudgetApi.With(new Dictionary<string, string?>(SmallAllowance) { ["Auth:ApiKeys:0"] = Key });
        var client = api.CreateClient();
        await SendWithRandomKeys(client, 30);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{EpcEndpoint.Route}?customerValue=100");
        request.Headers.Add("X-Api-Key", Key);

        await (await client.SendAsync(request)).ReadOkJson();
    }

    [Theory]
    [InlineData("format=xlsx", "format")]
    [InlineData("format=text&field=nope", "field")]
    [InlineData("format=csv&field=total", "field")]
    public async Task ACsvBodyWithABadFormatOrFieldIsAProblem(string query, string parameter)
    {
        await using var api = PpcBudgetApi.With(new Dictionary<string, string?>());

        var response = await api.CreateClient().PostAsync($"{TestingBudgetEndpoint.Route}?{query}",
            new StringContent("keyword,cpc\ncoffee shop,2.90\n", System.Text.Encoding.UTF8, "text/csv"));

        Assert.Contains(parameter, (await response.ReadProblem(HttpStatusCode.BadRequest)).Keys);
    }
}
