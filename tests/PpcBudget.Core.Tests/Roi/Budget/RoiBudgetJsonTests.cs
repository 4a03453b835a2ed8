using System.Text.Json;
using System.Text.Json.Nodes;
using PpcBudget.Core.Roi.Budget;

namespace PpcBudget.Core.Tests.Roi.Budget;

/// <summary>A web page is built against these names: a rename must fail here first.</summary>
public class RoiBudgetJsonTests
{
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void TheBudgetIsWrittenWithItsAgreedNames()
    {
        var budget = RoiBudgetCalculator.Calculate(new RoiBudgetSettings { CustomerValue = 100m, TargetMargin = 0.2m },
        [
            new() { Keyword = "coffee", Cpc = 0.60m, ConversionRate = 0.01m, Epc = 1.00m, MonthlySearches = 10_000, LowTopOfPageBid = 0.50m, HighTopOfPageBid = 1.10m },
            new() { Keyword = "tea", Cpc = 1.50m, ConversionRate = 0.01m, Epc = 1.00m },
        ]);

        var json = JsonNode.Parse(JsonSerializer.Serialize(budget, Web))!.AsObject();

        Assert.Equal(
            ["monthlyBudget", "dailyBudget", "dailyBudgetNote", "conversions", "value", "profit", "roas", "keywords", "losingKeywords", "curve"],
            json.Select(property => property.Key));
        var line = json["keywords"]![0]!.AsObject();
        Assert.Equal(["keyword", "trafficBasis", "clicks", "spend", "conversions", "value", "profit", "verdict", "note"], line.Select(property => property.Key));
        Assert.Equal("searches", line["trafficBasis"]!.GetValue<string>());
        Assert.Equal("none", json["keywords"]![1]!["trafficBasis"]!.GetValue<string>());
        Assert.Equal(["keyword", "cpc", "breakEvenCpc", "targetCpc"], json["losingKeywords"]![0]!.AsObject().Select(property => property.Key));
        var curve = json["curve"]!.AsObject();
        Assert.Equal(["basis", "note", "points", "recommended"], curve.Select(property => property.Key));
        Assert.Equal("model", curve["basis"]!.GetValue<string>());
        Assert.Equal(["maxCpc", "clicks", "cost", "conversions", "profit", "marginalCpc"], curve["points"]![0]!.AsObject().Select(property => property.Key));
        Assert.Equal(
            ["clicks", "conversions", "cost", "lastDollarEarns", "marginalCpc", "maxCpc", "note", "profit"],
            curve["recommended"]!.AsObject().Select(property => property.Key).Order(StringComparer.Ordinal));
    }
}
