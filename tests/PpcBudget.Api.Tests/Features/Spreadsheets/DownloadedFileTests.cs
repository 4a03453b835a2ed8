using System.Net;
using System.Net.Http.Headers;
using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Api.Features.Budgets.Testing;

namespace PpcBudget.Api.Tests.Features.Spreadsheets;

/// <summary>Files as marketers download them from Keyword Planner, Google Ads and Microsoft Advertising, sent as the body or uploaded.</summary>
[Collection(SharedApi.Name)]
public class DownloadedFileTests(PpcBudgetApi api)
{
    readonly HttpClient _client = api.CreateClient();

    static byte[] Download(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Downloads", name));

    Task<HttpResponseMessage> PostBody(string route, string name, string mediaType = "text/csv")
    {
        var content = new ByteArrayContent(Download(name));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return _client.PostAsync(route, content);
    }

    Task<HttpResponseMessage> Upload(string route, string name)
    {
        var file = new ByteArrayContent(Download(name));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.ms-excel");
        var form = new MultipartFormDataContent { { file, "file", name } };
        return _client.PostAsync(route, form);
    }

    [Fact]
    public async Task KeywordPlannerDownloadPricesEveryKeywordWithABid()
    {
        var answer = await (await PostBody($"{TestingBudgetEndpoint.Route}?months=4&skipUnknownKeywords=true",
            "Keyword Stats 2026-06-15 at 21_38_13.csv")).ReadOkJson();

        var keywords = answer["keywords"]!.AsArray();
        // mold removal's top-of-page bids are 2.11 and 4.00: the average basis is their midpoint.
        Assert.Equal(3.055m, keywords.Single(line => (string)line!["keyword"]! == "mold removal")!["cpc"]!.GetValue<decimal>());
        Assert.All(keywords, line => Assert.True(line!["cpc"]!.GetValue<decimal>() > 0));
        Assert.Equal("keywordPlanner", (string)answer["input"]!["format"]!);
        Assert.Equal(answer["input"]!["rows"]!.GetValue<int>(), keywords.Count + answer["input"]!["skippedRows"]!.AsArray().Count);
        Assert.Contains(answer["warnings"]!.AsArray(), warning => ((string)warning!).StartsWith("Line 6 left out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KeywordPlannerBidsSayWhereEachCpcCameFromAndGiveTheSpendCurveItsRange()
    {
        var answer = await (await PostBody($"{RoiBudgetEndpoint.Route}?averageSale=200&cpcBasis=low",
            "Keyword Stats 2026-06-16 at 09_02_44.csv", "text/tab-separated-values")).ReadOkJson();

        Assert.All(answer["keywords"]!.AsArray(), line => Assert.Equal("keywordPlanner", (string)line!["cpcSource"]!));
        Assert.Equal(3.95m, answer["keywords"]!.AsArray().Single(line => (string)line!["keyword"]! == "plumber near me")!["cpc"]!.GetValue<decimal>());
        // Before, the file's top-of-page range was read and dropped: the curve said no keyword had one.
        Assert.Equal("model", (string)answer["budget"]!["curve"]!["basis"]!);
        Assert.NotEmpty(answer["budget"]!["curve"]!["points"]!.AsArray());
    }

    [Fact]
    public async Task KeywordWithoutABidIsAProblemNamingItsLineUnlessSkipped()
    {
        var errors = await (await PostBody(TestingBudgetEndpoint.Route, "Keyword Stats 2026-06-15 at 21_38_13.csv")).ReadProblem(HttpStatusCode.BadRequest);

        Assert.Contains("line 6: cpc", errors.Keys);
    }

    [Fact]
    public async Task UploadedReportGivesVerdictsFromObservedConversions()
    {
        var answer = await (await Upload($"{RoiBudgetEndpoint.Route}?customerValue=320", "Search keyword report.csv")).ReadOkJson();

        var lines = answer["keywords"]!.AsArray();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal("observed", (string)line!["conversionRateSource"]!));
        Assert.Equal("googleAdsKeywordReport", (string)answer["input"]!["format"]!);
        Assert.All(answer["budget"]!["keywords"]!.AsArray(), line => Assert.Equal("report", (string)line!["trafficBasis"]!));
    }

    [Theory]
    [InlineData("Search keyword report.csv", "text/csv")]
    [InlineData("Search keyword report (Excel).csv", "text/csv")]
    [InlineData("Search keyword report.tsv", "text/tab-separated-values")]
    [InlineData("Search keyword report (semicolon).csv", "text/csv")]
    public async Task EveryEncodingOfAReportGivesTheSameVerdicts(string name, string mediaType)
    {
        var reference = await (await PostBody($"{RoiBudgetEndpoint.Route}?customerValue=320", "Search keyword report.csv")).ReadOkJson();
        var answer = await (await PostBody($"{RoiBudgetEndpoint.Route}?customerValue=320", name, mediaType)).ReadOkJson();

        Assert.Equal(reference["keywords"]!.ToJsonString(), answer["keywords"]!.ToJsonString());
        // The budget scales the report to a month by its days, so it agrees where the period does (the Excel file's is another week).
        if (reference["input"]!["dateRange"]!.ToJsonString() == answer["input"]!["dateRange"]!.ToJsonString())
            Assert.Equal(reference["budget"]!["monthlyBudget"]!.ToJsonString(), answer["budget"]!["monthlyBudget"]!.ToJsonString());
    }

    [Fact]
    public async Task AnUploadWithoutItsFilePartIsAProblemNamingIt()
    {
        var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };

        var errors = await (await _client.PostAsync(TestingBudgetEndpoint.Route, form)).ReadProblem(HttpStatusCode.BadRequest);

        Assert.Contains("file", errors.Keys);
        Assert.Contains("other", errors.Keys);
    }

    [Fact]
    public async Task ACurrencyThatDisagreesWithTheFileIsAProblem()
    {
        var errors = await (await PostBody($"{RoiBudgetEndpoint.Route}?customerValue=320&currency=EUR", "Search keyword report.csv")).ReadProblem(HttpStatusCode.BadRequest);

        Assert.Contains("currency", errors.Keys);
    }

    [Theory]
    [InlineData("keyword;cpc\ncoffee shop;2,90\nmortgage broker;13,76\n")]
    [InlineData("\uFEFFkeyword;cpc\r\ncoffee shop;2,90\r\nmortgage broker;13,76\r\n")]
    [InlineData("keyword\tcpc\ncoffee shop\t2.90\nmortgage broker\t13.76\n")]
    public async Task AEuropeanSpreadsheetGivesTheSameBudgetAsItsCommaTwin(string plan)
    {
        var comma = await (await _client.PostAsync($"{TestingBudgetEndpoint.Route}?months=4&format=text&field=total",
            new StringContent("keyword,cpc\ncoffee shop,2.90\nmortgage broker,13.76\n", System.Text.Encoding.UTF8, "text/csv"))).Content.ReadAsStringAsync();
        var response = await _client.PostAsync($"{TestingBudgetEndpoint.Route}?months=4&format=text&field=total",
            new StringContent(plan, System.Text.Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1666.00", comma);
        Assert.Equal(comma, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("multipart/form-data", "x")]
    [InlineData("multipart/form-data; boundary=abc", "garbage")]
    [InlineData("multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nkeyword,cpc\r\n")]
    public async Task AnUploadThatIsNotMultipartIsAProblemNotACrash(string contentType, string body)
    {
        var content = new StringContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var errors = await (await _client.PostAsync(TestingBudgetEndpoint.Route, content)).ReadProblem(HttpStatusCode.BadRequest);

        Assert.Contains("body", errors.Keys);
    }
}
