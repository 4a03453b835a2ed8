using PpcBudget.Api.Features.Budgets.Roi;

namespace PpcBudget.Api.Tests.Features.Budgets;

[Collection(SharedApi.Name)]
public class RoiBudgetTests(PpcBudgetApi api)
{
    readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task EpcOfAHundredDollarCustomerAtOnePercentIsOneDollar()
    {
        var answer = await (await _client.PostJson(RoiBudgetEndpoint.Route,
            """{ "customerValue": 100, "keywords": [ { "keyword": "coffee shop", "cpc": 0.80 }, { "keyword": "mortgage broker", "cpc": 13.76 } ] }"""))
            .ReadOkJson();

        Assert.Equal(1.00m, answer["epc"].Money());
        Assert.Equal(1.00m, answer["maxCpc"].Money());
        Assert.Equal("profitable", answer["keywords"]![0]!["verdict"]!.GetValue<string>());
        Assert.Equal("unprofitable", answer["keywords"]![1]!["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task CustomerValueComesFromAverageSaleLessFulfilment()
    {
        var answer = await (await _client.PostJson(RoiBudgetEndpoint.Route,
            """{ "averageSale": 150, "fulfillmentCost": 50, "keywords": [ { "keyword": "k", "cpc": 1 } ] }""")).ReadOkJson();

        Assert.Equal(100.00m, answer["customerValue"].Money());
        Assert.Equal("break-even", answer["keywords"]![0]!["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnswersWithTargetMarginAndObservedFigures()
    {
        var answer = await (await _client.PostJson(RoiBudgetEndpoint.Route, """
            { "customerValue": 100, "conversionRate": 0.01, "targetMargin": 0.2,
              "keywords": [ { "keyword": "coffee shop", "cpc": 0.80, "clicks": 400, "conversions": 6 },
                            { "keyword": "espresso machine", "cpc": 0.50, "clicks": 120, "conversions": 0 },
                            { "keyword": "mortgage broker", "cpc": 13.76 } ] }
            """)).ReadOkJson();

        Assert.Equal(0.80m, answer["recommendedCpc"].Money());
        answer.MatchSnapshot();
    }
}
