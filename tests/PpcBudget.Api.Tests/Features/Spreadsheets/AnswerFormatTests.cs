using System.Net;
using System.Net.Http.Headers;
using CsvHelper;
using CsvHelper.Configuration;
using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Api.Features.Epc;
using PpcBudget.Api.Features.Estimates;
using Snapshooter.Xunit;

namespace PpcBudget.Api.Tests.Features.Spreadsheets;

/// <summary>format=json|csv|tsv|text on every endpoint, Accept when there is no format, and errors always as problem details.</summary>
[Collection(SharedApi.Name)]
public class AnswerFormatTests(PpcBudgetApi api)
{
    readonly HttpClient _client = api.CreateClient();

    const string TwoKeywords = "keywords=coffee shop,mortgage broker&cpcs=2.90,13.76&months=4";

    static List<string[]> ParseRows(string text, string delimiter)
    {
        using var csv = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter });
        var rows = new List<string[]>();
        while (csv.Read())
            rows.Add(csv.Record!);
        return rows;
    }

    static async Task<string> ReadText(HttpResponseMessage response, string mediaType)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    [Fact]
    public async Task CsvHasAHeaderARowPerKeywordAndATotalThatAddsUp()
    {
        var rows = ParseRows(await ReadText(await _client.GetAsync($"{TestingBudgetEndpoint.Route}?{TwoKeywords}&format=csv"), "text/csv"), ",");

        Assert.Equal("keyword", rows[0][0]);
        var testCost = Array.IndexOf(rows[0], "testCost");
        Assert.Equal(["coffee shop", "mortgage broker", "TOTAL"], rows.Skip(1).Select(row => row[0]));
        var lines = rows.Skip(1).SkipLast(1).Sum(row => decimal.Parse(row[testCost], CultureInfo.InvariantCulture));
        Assert.Equal(lines, decimal.Parse(rows[^1][testCost], CultureInfo.InvariantCulture));
        Assert.Equal(1666.00m, lines);
    }

    [Fact]
    public async Task CsvAnswerMatchesItsSnapshot()
    {
        var text = await ReadText(await _client.PostJson($"{RoiBudgetEndpoint.Route}?format=csv", """
            { "customerValue": 100, "keywords": [ { "keyword": "coffee shop", "cpc": 0.80, "clicks": 400, "conversions": 6 },
                                                  { "keyword": "mortgage, broker", "cpc": 13.76 } ] }
            """), "text/csv");

        Snapshot.Match(text);
    }

    [Fact]
    public async Task TsvUsesTabsAndInvariantNumbers()
    {
        var rows = ParseRows(await ReadText(await _client.GetAsync($"{TestingBudgetEndpoint.Route}?{TwoKeywords}&format=tsv&currency=EUR"),
            "text/tab-separated-values"), "\t");

        Assert.Equal("1376.00", rows[2][Array.IndexOf(rows[0], "costPerSale")]);
    }

    [Theory]
    [InlineData($"{TestingBudgetEndpoint.Route}?{TwoKeywords}&format=text&field=monthlyBudget", "416.50")]
    [InlineData($"{TestingBudgetEndpoint.Route}?{TwoKeywords}&format=text&field=DAILYBUDGET", "13.70")]
    [InlineData($"{EpcEndpoint.Route}?customerValue=100&conversionRate=1%25&format=text&field=epc", "1.00")]
    [InlineData($"{RoiBudgetEndpoint.Route}?customerValue=100&keywords=a&cpcs=0.5&targetMargin=0.2&format=text&field=recommendedCpc", "0.80")]
    [InlineData($"{TestingBudgetEndpoint.Route}?{TwoKeywords}&format=text&field=currency", "USD")]
    public async Task TextWithAFieldIsTheBareValueForOneCell(string url, string value) =>
        Assert.Equal(value, await ReadText(await _client.GetAsync(url), "text/plain"));

    [Fact]
    public async Task TextWithoutAFieldIsReadable()
    {
        var text = await ReadText(await _client.GetAsync($"{TestingBudgetEndpoint.Route}?{TwoKeywords}&format=text"), "text/plain");

        Assert.Contains("monthlyBudget: 416.50", text, StringComparison.Ordinal);
        Assert.Contains("mortgage broker\t13.76", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/csv", "text/csv")]
    [InlineData("text/tab-separated-values", "text/tab-separated-values")]
    [InlineData("text/plain", "text/plain")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/xml, text/csv;q=0.5", "text/csv")]
    [InlineData("*/*", "application/json")]
    public async Task AcceptIsHonouredWithoutAFormat(string accept, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{PostCpcEstimatesEndpoint.Route}?keywords=coffee shop");
        request.Headers.Accept.ParseAdd(accept);

        await ReadText(await _client.SendAsync(request), mediaType);
    }

    [Fact]
    public async Task FormatWinsOverAccept()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{EpcEndpoint.Route}?customerValue=100&format=csv");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        await ReadText(await _client.SendAsync(request), "text/csv");
    }

    [Fact]
    public async Task CheckAskedForCsvByAcceptAnswersTheToolsTable()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, PpcBudget.Api.Features.Budgets.Check.BudgetCheckEndpoint.Route)
        {
            Content = new StringContent("""{ "plan": { "keywords": [ { "keyword": "a", "cpc": 1 } ] }, "baseline": { "currency": "USD", "months": 1, "total": 100, "monthlyBudget": 100, "keywords": [] } }""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/csv");

        using var response = await _client.SendAsync(request);
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(string.Join(",", PpcBudget.Core.Checks.BudgetCheckTable.Header) + "\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nTOTAL,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptOfNothingWeWriteIs406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{EpcEndpoint.Route}?customerValue=100");
        request.Headers.Accept.ParseAdd("application/xml");

        await (await _client.SendAsync(request)).ReadProblem(HttpStatusCode.NotAcceptable);
    }

    [Theory]
    [InlineData("format=xml", "format", "json, csv, tsv or text")]
    [InlineData("format=text&field=nope", "field", "monthlyBudget")]
    [InlineData("format=csv&field=total", "field", "format=text")]
    public async Task BadFormatOrFieldIsAProblemListingTheChoices(string query, string parameter, string hint)
    {
        var errors = await (await _client.GetAsync($"{TestingBudgetEndpoint.Route}?{TwoKeywords}&{query}")).ReadProblem(HttpStatusCode.BadRequest);

        Assert.Contains(errors[parameter], message => message.Contains(hint, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("tsv")]
    [InlineData("text")]
    public async Task ErrorsStayProblemDetailsWhateverTheFormat(string format)
    {
        var errors = await (await _client.GetAsync($"{TestingBudgetEndpoint.Route}?keywords=a&cpcs=-1&format={format}")).ReadProblem(HttpStatusCode.BadRequest);

        Assert.True(errors.ContainsKey("cpcs[0]"));
    }

    [Fact]
    public async Task EstimatesCsvListsUnknownKeywordsToo()
    {
        var rows = ParseRows(await ReadText(await _client.GetAsync($"{PostCpcEstimatesEndpoint.Route}?keywords=coffee shop,quantum espresso&format=csv"),
            "text/csv"), ",");

        Assert.Equal(["coffee shop", "quantum espresso", "TOTAL"], rows.Skip(1).Select(row => row[0]));
        Assert.Equal("unknown", rows[2][Array.IndexOf(rows[0], "source")]);
    }
}
