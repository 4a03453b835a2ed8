using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Api.Features.Budgets.Testing;

namespace PpcBudget.Api.Tests.Features.Spreadsheets;

/// <summary>Bulk plans sent as text/csv, with the settings in the query string.</summary>
[Collection(SharedApi.Name)]
public class CsvPlanTests(PpcBudgetApi api)
{
    readonly HttpClient _client = api.CreateClient();

    Task<HttpResponseMessage> PostCsv(string route, string csv) =>
        _client.PostAsync(route, new StringContent(csv, Encoding.UTF8, "text/csv"));

    [Fact]
    public async Task CsvPlanAnswersAsTheJsonPlanDoes()
    {
        var fromCsv = await (await PostCsv($"{TestingBudgetEndpoint.Route}?months=4&conversionRate=1%25",
            "keyword,cpc\ncoffee shop,2.90\n\"mortgage, broker\",13.76\n")).ReadOkJson();
        var fromJson = await (await _client.PostJson(TestingBudgetEndpoint.Route,
            """{ "months": 4, "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 }, { "keyword": "mortgage, broker", "cpc": 13.76 } ] }""")).ReadOkJson();

        Assert.Equal(fromJson.ToJsonString(), fromCsv.ToJsonString());
    }

    [Fact]
    public async Task CsvPlanAnswersInCsv()
    {
        var response = await PostCsv($"{TestingBudgetEndpoint.Route}?format=csv", "keyword,cpc,conversionRate\ncoffee shop,2.90,2%\nespresso machine,,\n");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("coffee shop,2.90,request,0.02,145.00,50,145.00,,", lines[1]);
        Assert.StartsWith("espresso machine,1.05,seed,0.01,105.00,100,105.00,201000,", lines[2], StringComparison.Ordinal);
        Assert.Equal("TOTAL,,,,,150,250.00,,", lines[3]);
    }

    [Fact]
    public async Task RoiCsvPlanJudgesEachRow()
    {
        var answer = await (await PostCsv($"{RoiBudgetEndpoint.Route}?customerValue=100",
            "keyword,cpc,clicks,conversions\ncoffee shop,0.80,400,6\nmortgage broker,13.76,,\n")).ReadOkJson();

        Assert.Equal(["profitable", "unprofitable"], answer["keywords"]!.AsArray().Select(line => line!["verdict"]!.GetValue<string>()));
        Assert.Equal(1.00m, answer["epc"].Money());
    }

    [Theory]
    [InlineData("keyword,cpc\ncoffee shop,2.90\nmortgage broker,abc\n", "line 3: cpc", "not a number")]
    [InlineData("keyword,cpc\ncoffee shop,2.90\n,1\n", "line 3: keyword", "required")]
    [InlineData("keyword,cpc,conversionRate\na,1,150\n", "line 2: conversionRate", "above 1")]
    [InlineData("keyword,cpc\na,1,7\n", "line 2: cells", "3 cells")]
    [InlineData("keyword,bid\na,1\n", "line 1: bid", "not a column")]
    [InlineData("cpc\n1\n", "body", "header row")]
    [InlineData("keyword,cpc\n", "body", "no keyword rows")]
    [InlineData("keyword,cpc\nquantum espresso,\n", "line 2: cpc", "no estimate source")]
    [InlineData("keyword,cpc\n\"unclosed,1\n", "line 2: quoting", "quote")]
    public async Task BadRowIsAProblemNamingItsLineAndColumn(string csv, string field, string hint)
    {
        var errors = await (await PostCsv(TestingBudgetEndpoint.Route, csv)).ReadProblem(HttpStatusCode.BadRequest);

        Assert.True(errors.ContainsKey(field), $"errors name {string.Join(", ", errors.Keys)}");
        Assert.Contains(errors[field], message => message.Contains(hint, StringComparison.Ordinal));
    }

    /// <summary>A column the phase does not use is still checked, as the same field of a JSON keyword is (and named in a warning).</summary>
    [Theory]
    [InlineData("roi", "keyword,cpc,conversionRate\na,1,0\n", """{ "keyword": "a", "cpc": 1, "conversionRate": 0 }""", "conversionRate")]
    [InlineData("testing", "keyword,cpc,clicks,conversions\na,1,5,9\n", """{ "keyword": "a", "cpc": 1, "clicks": 5, "conversions": 9 }""", "conversions")]
    [InlineData("testing", "keyword,cpc,clicks\na,1,-5\n", """{ "keyword": "a", "cpc": 1, "clicks": -5 }""", "clicks")]
    public async Task AnUnusedColumnIsCheckedAsTheJsonFieldIs(string phase, string csv, string jsonKeyword, string field)
    {
        var (route, query, settings) = phase == "roi"
            ? (RoiBudgetEndpoint.Route, "?customerValue=100", "\"customerValue\": 100, ")
            : (TestingBudgetEndpoint.Route, "", "");

        var fromCsv = await (await PostCsv(route + query, csv)).ReadProblem(HttpStatusCode.BadRequest);
        var fromJson = await (await _client.PostJson(route, $$"""{ {{settings}}"keywords": [ {{jsonKeyword}} ] }""")).ReadProblem(HttpStatusCode.BadRequest);

        Assert.True(fromCsv.ContainsKey($"line 2: {field}"), $"errors name {string.Join(", ", fromCsv.Keys)}");
        Assert.Equal(fromJson[$"keywords[0].{field}"], fromCsv[$"line 2: {field}"]);
    }

    [Theory]
    [InlineData("?months=0", "months")]
    [InlineData("?conversionRate=3", "conversionRate")]
    [InlineData("?cpcs=1,2", "cpcs")]
    public async Task BadSettingInTheQueryIsAProblemNamingIt(string query, string field)
    {
        var errors = await (await PostCsv(TestingBudgetEndpoint.Route + query, "keyword,cpc\na,1\n")).ReadProblem(HttpStatusCode.BadRequest);

        Assert.True(errors.ContainsKey(field), $"errors name {string.Join(", ", errors.Keys)}");
    }

    [Fact]
    public async Task AQueryParameterThatIsNoSettingIsRefusedAndKeywordFieldsBelongInTheBody()
    {
        var errors = await (await PostCsv($"{TestingBudgetEndpoint.Route}?months=2&cpcs=1&conversionrat=0.02", "keyword,cpc\na,1\n"))
            .ReadProblem(HttpStatusCode.BadRequest);

        Assert.Equal(["conversionrat", "cpcs"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, messages => Assert.Equal(["is not a setting of this endpoint; keyword values go in the CSV body's columns."], messages));
    }

    [Fact]
    public async Task SkippedRowsAreListedInEveryFormat()
    {
        const string csv = "keyword,cpc\ncoffee shop,2.90\nquantum espresso,\n";
        var json = await (await PostCsv($"{TestingBudgetEndpoint.Route}?skipUnknownKeywords=true", csv)).ReadOkJson();
        var table = await (await PostCsv($"{TestingBudgetEndpoint.Route}?skipUnknownKeywords=true&format=csv", csv)).Content.ReadAsStringAsync();

        Assert.Equal(["quantum espresso"], json["skippedKeywords"]!.AsArray().Select(keyword => keyword!.GetValue<string>()));
        Assert.Contains("quantum espresso,,skipped", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyRowsStreamAndAddUp()
    {
        var csv = new StringBuilder("keyword,cpc\n");
        for (var i = 0; i < 50_000; i++)
            csv.Append("keyword ").Append(i).Append(",1.25\n");

        var answer = JsonNode.Parse(await (await PostCsv($"{TestingBudgetEndpoint.Route}?months=3", csv.ToString())).Content.ReadAsStringAsync())!;

        Assert.Equal(50_000, answer["keywords"]!.AsArray().Count);
        Assert.Equal(6_250_000.00m, answer["total"].Money());
        Assert.Equal(answer["total"].Money(), answer["schedule"]!.AsArray().Sum(row => row!["budget"].Money()));
    }
}
