using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Api.Features.Epc;
using Xunit.Abstractions;

namespace PpcBudget.Api.Tests.Robustness;

/// <summary>
/// Hundreds of generated malformed requests (<see cref="BadRequests"/>) against one instance of the service: each is a
/// 4xx problem (RFC 9457) naming what is wrong, none is a 5xx or a hang, and afterwards the service still answers right.
/// </summary>
[TestCaseOrderer(AfterTheBattery.TypeName, AfterTheBattery.AssemblyName)]
public sealed class BadInputBatteryTests(PpcBudgetApi api, ITestOutputHelper output) : IClassFixture<PpcBudgetApi>
{
    /// <summary>Far beyond what any of these takes (milliseconds); reaching it means the service hangs on that request.</summary>
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    readonly HttpClient _client = api.CreateClient();

    public static TheoryData<CaseName> Cases => BadRequests.Names;

    public static TheoryData<CaseName> WellFormed => BadRequests.WellFormedNames;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task IsAProblemThatNamesWhatIsWrong(CaseName name)
    {
        var request = BadRequests.ByName[name.Name];

        var (status, mediaType, body, crash) = await SendAsync(request);

        Assert.True(status is >= 400 and < 500, $"Expected a 4xx, got {status} {mediaType}: {Shorten(body)}{crash}");
        var errors = AssertProblem(status, mediaType, body);
        if (status == (int)HttpStatusCode.BadRequest)
            Assert.True(request.IsNamedBy(errors),
                $"A 400 should name {string.Join(" or ", request.Fields)}; it names {string.Join(", ", errors)}: {Shorten(body)}");
    }

    [Theory]
    [MemberData(nameof(WellFormed))]
    public async Task WellFormedRequestIsAnsweredOrRefusedButNeverCrashes(CaseName name)
    {
        var (status, mediaType, body, crash) = await SendAsync(BadRequests.WellFormedByName[name.Name]);

        Assert.True(status is 200 or (>= 400 and < 500), $"Expected 200 or a 4xx, got {status} {mediaType}: {Shorten(body)}{crash}");
        if (status != 200)
            AssertProblem(status, mediaType, body);
    }

    [Fact]
    [RunsAfterTheBattery]
    public async Task StillAnswersCorrectlyAfterTheBattery()
    {
        var testing = await (await _client.PostJson(TestingBudgetEndpoint.Route,
            """{ "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 } ] }""")).ReadOkJson();
        var epc = await (await _client.GetAsync($"{EpcEndpoint.Route}?customerValue=100&conversionRate=1%25")).ReadOkJson();
        var csv = await _client.PostAsync($"{TestingBudgetEndpoint.Route}?format=csv",
            new StringContent("keyword,cpc\ncoffee shop,2.90\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(290.00m, testing["keywords"]![0]!["costPerSale"].Money());
        Assert.Equal(290.00m, testing["total"].Money());
        Assert.Equal(1.00m, epc["epc"].Money());
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("coffee shop,2.90,request,0.01,290.00,", (await csv.Content.ReadAsStringAsync()).Split("\r\n")[1], StringComparison.Ordinal);

        var crashes = api.Logs.Lines.Where(line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{BadRequests.ByName.Count} malformed and {BadRequests.WellFormedByName.Count} well-formed requests; {crashes.Count} error log lines.");
        foreach (var crash in crashes.Take(20))
            output.WriteLine(Shorten(crash));
    }

    /// <returns>The answer, and what the service logged as an error meanwhile (the exception behind a 500).</returns>
    async Task<(int Status, string? MediaType, string Body, string Crash)> SendAsync(BadRequest request)
    {
        using var patience = new CancellationTokenSource(Patience);
        using var message = request.ToMessage();
        var logged = api.Logs.Lines.Count;
        try
        {
            using var response = await _client.SendAsync(message, patience.Token).WaitAsync(Patience, patience.Token);
            var body = await response.Content.ReadAsStringAsync(patience.Token).WaitAsync(Patience, patience.Token);
            var crash = api.Logs.Lines.Skip(logged).FirstOrDefault(line => line.StartsWith("Error", StringComparison.Ordinal));
            output.WriteLine($"{request.Method} {Shorten(request.Target)}\n{(int)response.StatusCode} {response.Content.Headers.ContentType}\n{Shorten(body)}");
            return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, crash is null ? "" : $"\nLogged: {Shorten(crash)}");
        }
        catch (Exception exception) when (exception is OperationCanceledException or TimeoutException)
        {
            throw new TimeoutException($"No complete answer within {Patience.TotalSeconds:0} s: the service hangs on this request.", exception);
        }
    }

    /// <summary>RFC 9457: type, title and status; returns the fields <c>errors</c> names, if any.</summary>
    static List<string> AssertProblem(int status, string? mediaType, string body)
    {
        Assert.True(mediaType == "application/problem+json", $"Expected application/problem+json, got {status} {mediaType ?? "without Content-Type"}: {Shorten(body)}");
        var problem = Assert.IsType<JsonObject>(JsonNode.Parse(body));
        Assert.False(string.IsNullOrWhiteSpace(problem["type"]?.GetValue<string>()), $"The problem has no type: {Shorten(body)}");
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()), $"The problem has no title: {Shorten(body)}");
        Assert.Equal(status, problem["status"]?.GetValue<int>());
        if (status != (int)HttpStatusCode.BadRequest)
            return [];
        var errors = Assert.IsType<JsonObject>(problem["errors"]);
        Assert.NotEmpty(errors);
        return errors.Select(error => error.Key).ToList();
    }

    static string Shorten(string text) => text.Length <= 600 ? text : $"{text[..600]}… ({text.Length:N0} characters)";
}
