using System.Text;
using PpcBudget.Api.Features.Budgets.Testing;

namespace PpcBudget.Api.Tests.Features.Budgets;

[Collection(SharedApi.Name)]
public class TestingBudgetTests(PpcBudgetApi api)
{
    readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("generic", 3.00, 300.00)]
    [InlineData("coffee shop", 2.90, 290.00)]
    [InlineData("mortgage broker", 13.76, 1376.00)]
    public async Task CostPerSaleIsCpcOverOnePercent(string keyword, double cpc, double costPerSale)
    {
        var answer = await (await _client.PostJson(TestingBudgetEndpoint.Route,
            $$"""{ "keywords": [ { "keyword": "{{keyword}}", "cpc": {{cpc.ToString(CultureInfo.InvariantCulture)}} } ] }""")).ReadOkJson();

        Assert.Equal((decimal)costPerSale, answer["keywords"]![0]!["costPerSale"].Money());
        Assert.Equal("USD", answer["currency"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(4, 500.00)]
    [InlineData(2, 1000.00)]
    public async Task TwoThousandDollarsSpreadOverTheMonths(int months, double monthly)
    {
        var answer = await (await _client.PostJson(TestingBudgetEndpoint.Route, $$"""
            { "months": {{months}}, "keywords": [ { "keyword": "a", "cpc": 5 }, { "keyword": "b", "cpc": 5 },
                                                  { "keyword": "c", "cpc": 5 }, { "keyword": "d", "cpc": 5 } ] }
            """)).ReadOkJson();

        Assert.Equal(2000m, answer["total"].Money());
        Assert.Equal((decimal)monthly, answer["monthlyBudget"].Money());
        Assert.Equal(months, answer["schedule"]!.AsArray().Count);
        Assert.Equal(2000m, answer["schedule"]!.AsArray().Sum(row => row!["budget"].Money()));
    }

    [Fact]
    public async Task ARateInAJsonPlanTakesAPercentAsTheQueryDoes()
    {
        var answer = await (await _client.PostJson(TestingBudgetEndpoint.Route, """
            { "conversionRate": "2%", "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 }, { "keyword": "latte", "cpc": 1.00, "conversionRate": "0.5 %" } ] }
            """)).ReadOkJson();

        Assert.Equal((145.00m, 200.00m), (answer["keywords"]![0]!["costPerSale"].Money(), answer["keywords"]![1]!["costPerSale"].Money()));
    }

    [Fact]
    public async Task ARateThatIsNotOneIsAProblemInTheQuerysWords()
    {
        var errors = await (await _client.PostJson(TestingBudgetEndpoint.Route,
            """{ "keywords": [ { "keyword": "coffee shop", "cpc": 2.90, "conversionRate": "two percent" } ] }""")).ReadProblem(System.Net.HttpStatusCode.BadRequest);
        var query = await (await _client.GetAsync($"{TestingBudgetEndpoint.Route}?keywords=coffee shop&cpcs=2.90&conversionRate=two percent"))
            .ReadProblem(System.Net.HttpStatusCode.BadRequest);

        Assert.Equal(["'two percent' is not a rate; write a fraction such as 0.01 or a percent such as 1%."], errors["keywords[0].conversionRate"]);
        Assert.Equal(query["conversionRate"], errors["keywords[0].conversionRate"]);
    }

    [Fact]
    public async Task AnswersCoffeeShopAndMortgageBrokerOverFourMonths()
    {
        var answer = await (await _client.PostJson(TestingBudgetEndpoint.Route, """
            { "currency": "USD", "conversionRate": 0.01, "months": 4, "salesPerKeyword": 1,
              "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 }, { "keyword": "mortgage broker", "cpc": 13.76 } ] }
            """)).ReadOkJson();

        answer.MatchSnapshot();
    }

    [Fact]
    public async Task CentThatDoesNotDivideGoesToTheFirstMonth()
    {
        var answer = await (await _client.PostJson(TestingBudgetEndpoint.Route,
            """{ "months": 3, "keywords": [ { "keyword": "a", "cpc": 10 } ] }""")).ReadOkJson();

        Assert.Equal([333.34m, 333.33m, 333.33m], answer["schedule"]!.AsArray().Select(row => row!["budget"].Money()));
    }

    [Fact]
    public async Task PlanInAnotherCharsetIsReadInIt()
    {
        using var body = new StringContent("""{ "keywords": [ { "keyword": "café crème", "cpc": 2.90 } ] }""", Encoding.Unicode, "application/json");
        Assert.Equal("utf-16", body.Headers.ContentType!.CharSet);

        var answer = await (await _client.PostAsync(TestingBudgetEndpoint.Route, body)).ReadOkJson();

        Assert.Equal("café crème", answer["keywords"]![0]!["keyword"]!.GetValue<string>());
        Assert.Equal(290.00m, answer["keywords"]![0]!["costPerSale"].Money());
    }
}
