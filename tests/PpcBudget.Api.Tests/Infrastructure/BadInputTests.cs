using System.Net;
using System.Text;
using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Api.Features.Epc;

namespace PpcBudget.Api.Tests.Infrastructure;

/// <summary>Every bad request is a 400 problem naming the field and what is allowed; never a 500, never a silent default.</summary>
[Collection(SharedApi.Name)]
public class BadInputTests(PpcBudgetApi api)
{
    readonly HttpClient _client = api.CreateClient();

    const string Testing = TestingBudgetEndpoint.Route;
    const string Roi = RoiBudgetEndpoint.Route;

    public static TheoryData<string, string, string, string> BadBodies => new()
    {
        // route, body, field named, words the message must contain
        { Testing, """{ }""", "keywords", "required" },
        { Testing, """{ "keywords": null }""", "keywords", "required" },
        { Testing, """{ "keywords": [] }""", "keywords", "at least one" },
        { Testing, """{ "keywords": [ null ] }""", "keywords[0]", "not null" },
        { Testing, """{ "keywords": [ { "keyword": "", "cpc": 1 } ] }""", "keywords[0].keyword", "required" },
        { Testing, """{ "keywords": [ { "keyword": "a" } ] }""", "keywords[0].cpc", "required" },
        { Testing, """{ "keywords": [ { "keyword": "a", "cpc": -2.90 } ] }""", "keywords[0].cpc", "from 0" },
        { Testing, """{ "keywords": [ { "keyword": "a", "cpc": "2.90" } ] }""", "keywords[0].cpc", "must be a number" },
        { Testing, """{ "keywords": [ { "keyword": "a", "cpc": 1e30 } ] }""", "keywords[0].cpc", "must be a number" },
        { Testing, """{ "keywords": [ { "keyword": "a", "cpc": 79228162514264337593543950336 } ] }""", "keywords[0].cpc", "must be a number" },
        { Testing, """{ "conversionRate": 0, "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "conversionRate", "1 % is 0.01" },
        { Testing, """{ "conversionRate": -0.01, "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "conversionRate", "1 % is 0.01" },
        { Testing, """{ "conversionRate": 1.5, "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "conversionRate", "1 % is 0.01" },
        { Testing, """{ "conversionRate": 1e-9, "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "conversionRate", "at least" },
        { Testing, """{ "keywords": [ { "keyword": "a", "cpc": 1, "conversionRate": 2 } ] }""", "keywords[0].conversionRate", "1 % is 0.01" },
        { Testing, """{ "months": 0, "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "months", "1 to 120" },
        { Testing, """{ "months": 121, "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "months", "1 to 120" },
        { Testing, """{ "months": 2.5, "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "months", "whole number" },
        { Testing, """{ "salesPerKeyword": 0, "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "salesPerKeyword", "from 1" },
        { Testing, """{ "currency": "XYZ", "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "currency", "ISO 4217" },
        { Testing, """{ "budget": 5, "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "budget", "not a field" },
        { Testing, """{ "keywords": [ { "keyword": "a", "cpc": 1, "bid": 2 } ] }""", "keywords[0].bid", "not a field" },
        { Testing, """{ "keywords": [ { "keyword": "a", "cpc": 1 } ] """, "body", "not valid JSON" },
        { Testing, """{ "keywords": [ { "keyword": "a", "cpc": 1, } ] }""", "body", "not valid JSON" },
        { Testing, "", "body", "empty" },
        { Testing, "[]", "body", "" },
        { Roi, """{ "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "customerValue", "required" },
        { Roi, """{ "customerValue": 100, "averageSale": 150, "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "customerValue", "not both" },
        { Roi, """{ "customerValue": -5, "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "customerValue", "greater than 0" },
        { Roi, """{ "averageSale": 50, "fulfillmentCost": 60, "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "fulfillmentCost", "less than averageSale" },
        { Roi, """{ "customerValue": 100, "fulfillmentCost": 10, "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "fulfillmentCost", "goes with averageSale" },
        { Roi, """{ "customerValue": 100, "targetMargin": 1, "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "targetMargin", "20 % is 0.2" },
        { Roi, """{ "customerValue": 100, "conversionRate": 1.01, "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "conversionRate", "1 % is 0.01" },
        { Roi, """{ "customerValue": 100, "keywords": [ { "keyword": "a", "cpc": 1, "clicks": 10, "conversions": 11 } ] }""", "keywords[0].conversions", "cannot exceed clicks" },
        { Roi, """{ "customerValue": 100, "keywords": [ { "keyword": "a", "cpc": 1, "clicks": 10 } ] }""", "keywords[0].conversions", "required when clicks" },
        { Roi, """{ "customerValue": 100, "keywords": [ { "keyword": "a", "cpc": 1, "clicks": -1, "conversions": 0 } ] }""", "keywords[0].clicks", "0 or more" },
        { Roi, """{ "customerValue": 100, "keywords": [] }""", "keywords", "at least one" },
        { Roi, """{ "customerValue": 100, "currency": "usd dollars", "keywords": [ { "keyword": "a", "cpc": 1 } ] }""", "currency", "ISO 4217" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadBodyIsAProblemNamingTheField(string route, string body, string field, string hint)
    {
        var errors = await (await _client.PostJson(route, body)).ReadProblem(HttpStatusCode.BadRequest);

        Assert.True(errors.ContainsKey(field), $"errors should name '{field}' but name: {string.Join(", ", errors.Keys)}");
        Assert.Contains(errors[field], message => message.Contains(hint, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task MoreThanAHundredThousandKeywordsInJsonIsRefused()
    {
        var body = new StringBuilder("""{ "keywords": [""");
        for (var i = 0; i <= 100_000; i++)
            body.Append(i == 0 ? "" : ",").Append("""{"keyword":"k","cpc":1}""");
        body.Append("] }");
        // 2.4 MB: over the default JSON body limit (a 413), so this app takes larger bodies to reach the keyword limit.
        await using var api = PpcBudgetApi.With(new Dictionary<string, string?> { ["Limits:MaxJsonBodyBytes"] = "16777216" });

        var errors = await (await api.CreateClient().PostJson(Testing, body.ToString())).ReadProblem(HttpStatusCode.BadRequest);

        Assert.Contains(errors["keywords"], message => message.Contains("100,000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryBadFieldIsNamedAtOnce()
    {
        var errors = await (await _client.PostJson(Testing,
            """{ "months": 0, "conversionRate": 3, "keywords": [ { "keyword": "a", "cpc": -1 } ] }""")).ReadProblem(HttpStatusCode.BadRequest);

        Assert.Equal(["conversionRate", "keywords[0].cpc", "months"], errors.Keys.Order());
    }

    [Theory]
    [InlineData("?conversionRate=0.01", "customerValue", "required")]
    [InlineData("?customerValue=abc", "customerValue", "not a number")]
    [InlineData("?customerValue=100&conversionRate=5", "conversionRate", "write 0.05 or 5%")]
    [InlineData("?customerValue=100&currency=ABC", "currency", "ISO 4217")]
    [InlineData("?customerValue=100&conversionRat=0.02", "conversionRat", "not a parameter")]
    public async Task BadEpcQueryIsAProblemNamingTheParameter(string query, string field, string hint)
    {
        var errors = await (await _client.GetAsync(EpcEndpoint.Route + query)).ReadProblem(HttpStatusCode.BadRequest);

        Assert.Contains(errors[field], message => message.Contains(hint, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task QueryParameterOnAJsonPostIsNotSilentlyIgnored()
    {
        var errors = await (await _client.PostJson(Testing + "?dryRun=true",
            """{ "keywords": [ { "keyword": "a", "cpc": 1 } ] }""")).ReadProblem(HttpStatusCode.BadRequest);

        Assert.True(errors.ContainsKey("dryRun"));
    }

    [Fact]
    public async Task WrongContentTypeIsAProblem()
    {
        var response = await _client.PostAsync(Testing, new StringContent("keywords=a", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.ReadProblem(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task UnknownRouteIsAProblem() =>
        await (await _client.GetAsync("/v1/budgets/nothing-here")).ReadProblem(HttpStatusCode.NotFound);

    [Fact]
    public async Task WrongMethodIsAProblem() =>
        await (await _client.DeleteAsync(Testing)).ReadProblem(HttpStatusCode.MethodNotAllowed);
}
