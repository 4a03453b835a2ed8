using System.Text.Json.Nodes;

namespace PpcBudget.Cli.Tests;

public sealed class TestingCommandTests : IDisposable
{
    readonly PpcBudgetTool _tool = new();

    [Fact]
    public async Task TableShowsEachKeywordAndTheBudgets()
    {
        var run = await _tool.Run("testing", "plans/coffee-shop.json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var coffeeShop = run.Output.Split('\n').Single(line => line.StartsWith("coffee shop", StringComparison.Ordinal));
        Assert.Equal(["coffee", "shop", "2.90", "1", "%", "290.00", "100", "290.00"], coffeeShop.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"Monthly budget\s+148\.75", run.Output);
    }

    [Fact]
    public async Task JsonIsTheApiAnswer()
    {
        var run = await _tool.Run("testing", "plans/mortgage-broker.json", "--format", "json");

        var budget = JsonNode.Parse(run.Output)!;
        Assert.Equal("GBP", budget["currency"]!.GetValue<string>());
        // 13.76 ÷ 1.2 % × 2 sales; 7.85 at its own 1.5 % × 2.
        Assert.Equal(2293.33m, budget["keywords"]![0]!["testCost"]!.GetValue<decimal>());
        Assert.Equal(1046.67m, budget["keywords"]![2]!["testCost"]!.GetValue<decimal>());
        Assert.Equal(6, budget["schedule"]!.AsArray().Count);
    }

    [Fact]
    public async Task AKeywordWithoutACpcTakesTheOfflineEstimate()
    {
        _tool.Write("plans/estimated.json", """{ "keywords": [ { "keyword": "mortgage broker" }, { "keyword": "quantum espresso" } ] }""");
        _tool.Write("plans/known.json", """{ "keywords": [ { "keyword": "mortgage broker" } ] }""");

        var unknown = await _tool.Run("testing", "plans/estimated.json");
        var known = await _tool.Run("testing", "plans/known.json", "--format", "json");

        Assert.True(unknown.ExitCode == 2, unknown.ToString());
        Assert.Contains("keywords[1].cpc", unknown.Errors, StringComparison.Ordinal);
        Assert.True(known.ExitCode == 0, known.ToString());
        var line = JsonNode.Parse(known.Output)!["keywords"]![0]!;
        Assert.Equal((13.76m, "seed"), (line["cpc"]!.GetValue<decimal>(), line["cpcSource"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ACsvKeywordListTakesItsSettingsFromOptions()
    {
        var run = await _tool.Run("testing", "plans/coffee-shop.keywords.csv", "--months", "3", "--conversion-rate", "0.02", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        // The API's format=csv table for the same plan: one shape for the tool and the service.
        Assert.Equal(
            [
                "keyword,cpc,cpcSource,conversionRate,costPerSale,clicksNeeded,testCost,monthlySearches,monthsNeeded",
                "coffee shop,2.90,request,0.02,145.00,50,145.00,,",
                "espresso bar,1.85,request,0.02,92.50,50,92.50,,",
                "\"coffee beans, single origin\",1.20,request,0.015,80.00,66.67,80.00,,",
                "TOTAL,,,,,166.67,317.50,,",
            ],
            run.Output.TrimEnd().Split("\r\n"));
    }

    [Fact]
    public async Task ABadCsvCellNamesTheLine()
    {
        _tool.Write("keywords.csv", "keyword,cpc\ncoffee shop,2.90\n\nespresso bar,-1\nlatte,1,2\n");

        var run = await _tool.Run("testing", "keywords.csv");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("keywords.csv:5: has 3 cells but the header names 2 columns.", run.Errors, StringComparison.Ordinal);
        _tool.Write("keywords.csv", "keyword,cpc\ncoffee shop,2.90\n\nespresso bar,-1\n");
        var second = await _tool.Run("testing", "keywords.csv");
        Assert.Contains("keywords.csv:4: keywords[1].cpc: must be an amount from 0", second.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadSettingIsBlamedOnItsOption()
    {
        var run = await _tool.Run("testing", "plans/coffee-shop.json", "--months", "0");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--months: must be a whole number of months from 1 to 120; you sent 0.", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plans/nothing.json", "plans/nothing.json: no such plan file.")]
    [InlineData("plans", "plans: is a directory, not a plan file.")]
    public async Task AMissingPlanIsBadInput(string plan, string message)
    {
        var run = await _tool.Run("testing", plan);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(message, run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidJsonNamesWhereItBreaks()
    {
        _tool.Write("broken.json", "{ \"keywords\": [ { \"keyword\": \"a\", \"cpc\": 1 }, ] }");

        var run = await _tool.Run("testing", "broken.json");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("broken.json: is not valid JSON (line 1, position", run.Errors, StringComparison.Ordinal);
    }

    public void Dispose() => _tool.Dispose();
}
