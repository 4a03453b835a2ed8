using System.Net;
using System.Text;
using PpcBudget.Api.Features.Budgets.Check;
using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Api.Features.Epc;
using PpcBudget.Api.Features.Estimates;
using PpcBudget.Api.Tests.Fakes;
using Xunit.Abstractions;

namespace PpcBudget.Api.Tests.Robustness;

/// <summary>
/// The service configured with every secret it knows (the Google Ads developer token, client secret and refresh token,
/// an API key) is run through every endpoint in every format, through Google's failures and a token refresh, and through
/// bad requests and crashes; no secret, nor an OAuth access token issued meanwhile, may appear in any log line (all
/// levels, Trace up) or in any answer.
/// </summary>
public sealed class SecretsStayOutOfLogsAndAnswersTests(ITestOutputHelper output) : IAsyncLifetime
{
    const string ApiKey = "api-key-SECRET-7d41";
    const string ApiKeyHeader = "X-Api-Key";
    const string ApiKeyParameter = "apiKey";

    FakeGoogleAds _google = null!;
    PpcBudgetApi _api = null!;
    HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _google = await FakeGoogleAds.StartAsync();
        _google.AddMetrics("espresso machine", [], averageCpcMicros: "1160000", low: "500000", high: "2000000", searches: "201000");
        _api = PpcBudgetApi.AgainstGoogleAds(_google, new Dictionary<string, string?>
        {
            ["Auth:ApiKeys:0"] = ApiKey,
            // Google's quota of a call a second would make this run take a minute; what is logged does not depend on it.
            ["GoogleAds:RequestsPerSecond"] = "50",
        });
        _client = _api.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _api.DisposeAsync();
        await _google.DisposeAsync();
    }

    [Fact]
    public async Task NoConfiguredSecretAppearsInAnyLogLineOrAnswer()
    {
        // Only a service that checks keys reads apiKey from a query (and must then mask it in its request logs); one that
        // does not yet answers 200 here, and gets the key in the header only, where clients of either send it.
        var keysChecked = (await _client.GetAsync($"{EpcEndpoint.Route}?customerValue=100")).StatusCode == HttpStatusCode.Unauthorized;
        var answers = new StringBuilder();
        var requests = Requests().ToList();

        for (var i = 0; i < requests.Count; i++)
        {
            // Along the way Google fails in each way the service survives, and the access token expires once.
            if (i == 4)
                _google.RevokeCurrentToken();
            if (i % 7 == 3)
                _google.ScriptedReplies.Enqueue(i % 2 == 0 ? FakeGoogleAds.Status(500) : FakeGoogleAds.Malformed());
            using var request = requests[i];
            if (keysChecked && request.Method == HttpMethod.Get && request.RequestUri!.OriginalString.Contains('?', StringComparison.Ordinal))
                request.RequestUri = new Uri($"{request.RequestUri.OriginalString}&{ApiKeyParameter}={ApiKey}", UriKind.Relative);
            else
                request.Headers.Add(ApiKeyHeader, ApiKey);
            using var response = await _client.SendAsync(request);
            answers.Append(CultureInfo.InvariantCulture, $"{(int)response.StatusCode}\n{response.Headers}{response.Content.Headers}")
                .Append(await response.Content.ReadAsStringAsync()).Append("\n\n");
        }

        var logs = _api.Logs.Lines.ToList();
        output.WriteLine($"{requests.Count} requests (API keys {(keysChecked ? "checked: apiKey sent in the query of every GET" : "not checked yet: key sent as a header")}); "
                         + $"{_google.PlannerCalls.Count} planner calls, {_google.TokensIssued} access tokens; {logs.Count:N0} log lines.");
        Assert.True(_google.TokensIssued >= 2, "The access token was never refreshed: the run did not reach the token paths.");
        Assert.Contains(logs, line => line.Contains("Google Ads estimates failed", StringComparison.Ordinal));
        Assert.Contains("\"cpcSource\":\"googleAds\"", answers.ToString(), StringComparison.Ordinal);
        foreach (var (name, secret) in Secrets())
        {
            Assert.False(answers.ToString().Contains(secret, StringComparison.Ordinal), $"The {name} appears in an answer.");
            var leak = logs.FirstOrDefault(line => line.Contains(secret, StringComparison.Ordinal));
            Assert.True(leak is null, $"The {name} appears in a log line: {leak}");
        }
    }

    IEnumerable<(string Name, string Value)> Secrets()
    {
        yield return ("Google Ads developer token", FakeGoogleAds.DeveloperToken);
        yield return ("Google Ads OAuth client secret", FakeGoogleAds.ClientSecret);
        yield return ("Google Ads OAuth refresh token", FakeGoogleAds.RefreshToken);
        yield return ("API key", ApiKey);
        for (var issued = 1; issued <= _google.TokensIssued; issued++)
            yield return ($"OAuth access token #{issued}", $"access-token-{issued}");
    }

    /// <summary>
    /// Every endpoint in every format, each asking Google Ads for estimates in a location of its own (so none is answered
    /// from the cache); then requests that fail: bad input, an unknown route, an estimate source that cannot answer.
    /// </summary>
    static IEnumerable<HttpRequestMessage> Requests()
    {
        const string Baseline = """
            { "currency": "USD", "months": 4, "total": 290.00, "monthlyBudget": 72.50,
              "keywords": [ { "keyword": "coffee shop", "cpc": 2.90, "testCost": 290.00, "verdict": "profitable" } ] }
            """;
        var geo = 2000;
        foreach (var format in (string[])["json", "csv", "tsv", "text"])
        {
            yield return Json(TestingBudgetEndpoint.Route, format,
                $$"""{ "months": 4, "geoTargets": [ "{{++geo}}" ], "keywords": [ { "keyword": "coffee shop" }, { "keyword": "mortgage broker", "cpc": 13.76 } ] }""");
            yield return Get($"{TestingBudgetEndpoint.Route}?keywords=coffee%20shop,espresso%20machine&geoTargets={++geo}", format);
            yield return Csv($"{TestingBudgetEndpoint.Route}?months=4&geoTargets={++geo}", format, "keyword,cpc\ncoffee shop,\nespresso machine,1.05\n");
            yield return Json(RoiBudgetEndpoint.Route, format,
                $$"""{ "customerValue": 320, "geoTargets": [ "{{++geo}}" ], "keywords": [ { "keyword": "coffee shop" } ] }""");
            yield return Get($"{RoiBudgetEndpoint.Route}?customerValue=320&keywords=coffee%20shop&geoTargets={++geo}", format);
            yield return Csv($"{RoiBudgetEndpoint.Route}?customerValue=320&geoTargets={++geo}", format, "keyword,cpc,clicks,conversions\ncoffee shop,,400,6\n");
            yield return Json(BudgetCheckEndpoint.Route, format,
                $$"""{ "plan": { "months": 4, "customerValue": 300, "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 } ] }, "baseline": {{Baseline}} }""");
            yield return Get($"{EpcEndpoint.Route}?customerValue=100&conversionRate=1%25", format);
            yield return Json(PostCpcEstimatesEndpoint.Route, format, $$"""{ "keywords": [ "coffee shop", "espresso machine" ], "geoTargets": [ "{{++geo}}" ] }""");
            yield return Get($"{PostCpcEstimatesEndpoint.Route}?keywords=coffee%20shop,espresso%20machine&geoTargets={++geo}", format);
        }

        yield return Json(PostCpcEstimatesEndpoint.Route, "json", """{ "keywords": [ "cold brew coffee" ], "geoTargets": [ "1" ], "estimateSource": "googleAds" }""");
        yield return Json(TestingBudgetEndpoint.Route, "json", """{ "months": 0, "keywords": [ { "keyword": "coffee shop", "cpc": -1 } ] }""");
        yield return Json(RoiBudgetEndpoint.Route, "csv", """{ "keywords": [ { "keyword": "coffee shop", "cpc": 1e400 } ] }""");
        yield return Get($"{EpcEndpoint.Route}?customerValue=abc&conversionRat=2", "json");
        yield return Get($"{RoiBudgetEndpoint.Route}?customerValue=1000&keywords=coffee%20shop&cpcs=0.0000000000000000000000000001", "json");
        yield return Get("/v1/nothing-here?x=1", "json");
        yield return new HttpRequestMessage(HttpMethod.Get, "/healthz");
        yield return new HttpRequestMessage(HttpMethod.Get, "/swagger/v1/swagger.json");
    }

    static HttpRequestMessage Json(string route, string format, string body) =>
        new(HttpMethod.Post, $"{route}?format={format}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    static HttpRequestMessage Csv(string target, string format, string body) =>
        new(HttpMethod.Post, $"{target}&format={format}") { Content = new StringContent(body, Encoding.UTF8, "text/csv") };

    static HttpRequestMessage Get(string target, string format) => new(HttpMethod.Get, $"{target}&format={format}");
}
