using System.Net;
using System.Text;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Api.Features.Epc;

namespace PpcBudget.Api.Tests.Infrastructure;

/// <summary>Body limits, rate limits and request timeouts answer with problem details; nothing crashes or hangs.</summary>
public sealed class LimitsTests
{
    static string JsonPlanOf(int bytes)
    {
        var body = new StringBuilder("""{ "keywords": [ { "keyword": "a", "cpc": 1 }""");
        while (body.Length < bytes)
            body.Append(""", { "keyword": "a", "cpc": 1 }""");
        return body.Append("] }").ToString();
    }

    [Fact]
    public async Task JsonBodyOverTheLimitIs413()
    {
        await using var api = new PpcBudgetApi();

        var response = await api.CreateClient().PostJson(TestingBudgetEndpoint.Route, JsonPlanOf(1_100_000));

        await response.ReadProblem(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimitIs413Too()
    {
        await using var api = PpcBudgetApi.With(new Dictionary<string, string?> { ["Limits:MaxJsonBodyBytes"] = "10000" });
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(JsonPlanOf(50_000))));
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentLength = null;

        var response = await api.CreateClient().PostAsync(TestingBudgetEndpoint.Route, content);

        await response.ReadProblem(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task CsvBodyHasItsOwnLargerLimit()
    {
        await using var api = PpcBudgetApi.With(new Dictionary<string, string?>
        {
            ["Limits:MaxJsonBodyBytes"] = "10000",
            ["Limits:MaxCsvBodyBytes"] = "200000",
        });
        var client = api.CreateClient();
        var csv = new StringBuilder("keyword,cpc\n");
        while (csv.Length < 50_000)
            csv.Append("a keyword,1.00\n");

        var fits = await client.PostAsync(TestingBudgetEndpoint.Route, new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        while (csv.Length < 250_000)
            csv.Append("a keyword,1.00\n");
        var tooLarge = await client.PostAsync(TestingBudgetEndpoint.Route, new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        await tooLarge.ReadProblem(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task AClientOverItsRateIs429WithRetryAfter()
    {
        await using var api = PpcBudgetApi.With(new Dictionary<string, string?>
        {
            ["Limits:RequestsPerClientBurst"] = "3",
            ["Limits:RequestsPerClientPerSecond"] = "1",
        });
        var client = api.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
            answers.Add(await client.GetAsync($"{EpcEndpoint.Route}?customerValue=100"));

        Assert.Equal(3, answers.Count(answer => answer.StatusCode == HttpStatusCode.OK));
        var refused = answers.Last();
        await refused.ReadProblem(HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode); // health is never rate limited
    }

    [Fact]
    public async Task ARequestThatTakesTooLongIs503()
    {
        await using var google = await Fakes.FakeGoogleAds.StartAsync();
        for (var i = 0; i < 10; i++)
            google.ScriptedReplies.Enqueue(Fakes.FakeGoogleAds.Slow(TimeSpan.FromSeconds(30)));
        await using var api = PpcBudgetApi.AgainstGoogleAds(google, new Dictionary<string, string?> { ["Limits:RequestTimeout"] = "00:00:01" });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var response = await api.CreateClient().PostAsJson(PpcBudget.Api.Features.Estimates.PostCpcEstimatesEndpoint.Route, new { keywords = new[] { "coffee shop" } });

        await response.ReadProblem(HttpStatusCode.ServiceUnavailable);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"answered after {clock.Elapsed}");
        // The timeout clears the response before writing its problem; the request id must survive that.
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(problem["traceId"]!.GetValue<string>(), response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task EachResponseCarriesItsRequestId()
    {
        await using var api = new PpcBudgetApi();

        var response = await api.CreateClient().GetAsync($"{EpcEndpoint.Route}?customerValue=abc");
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(problem["traceId"]!.GetValue<string>(), response.Headers.GetValues("X-Request-Id").Single());
    }
}
