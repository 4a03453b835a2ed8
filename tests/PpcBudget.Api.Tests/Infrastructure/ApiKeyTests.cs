using System.Net;
using PpcBudget.Api.Features.Epc;

namespace PpcBudget.Api.Tests.Infrastructure;

public sealed class ApiKeyTests : IAsyncLifetime
{
    const string Key = "sheet-key-SECRET-4711";

    readonly PpcBudgetApi _api = PpcBudgetApi.With(new Dictionary<string, string?> { ["Auth:ApiKeys:0"] = Key, ["Auth:ApiKeys:1"] = "other-key-1234" });
    HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _api.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task WithoutAKeyEveryV1CallIs401()
    {
        var response = await _client.GetAsync($"{EpcEndpoint.Route}?customerValue=100");

        await response.ReadProblem(HttpStatusCode.Unauthorized);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongKeyIs401() =>
        await (await _client.GetAsync($"{EpcEndpoint.Route}?customerValue=100&apiKey=guess")).ReadProblem(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task TheHeaderOpensTheDoor()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{EpcEndpoint.Route}?customerValue=100");
        request.Headers.Add("X-Api-Key", Key);

        await (await _client.SendAsync(request)).ReadOkJson();
    }

    [Fact]
    public async Task ASpreadsheetSendsItInTheQueryAndNoLogLineShowsIt()
    {
        var answer = await (await _client.GetAsync($"{EpcEndpoint.Route}?customerValue=100&format=text&field=epc&apiKey={Key}")).Content.ReadAsStringAsync();

        Assert.Equal("1.00", answer);
        Assert.Contains(_api.Logs.Lines, line => line.Contains("apiKey=***", StringComparison.Ordinal));
        Assert.DoesNotContain(_api.Logs.Lines, line => line.Contains(Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HealthNeedsNoKey()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/readyz")).StatusCode);
    }
}
