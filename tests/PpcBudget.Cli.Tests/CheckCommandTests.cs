using System.Text.Json.Nodes;
using Snapshooter.Xunit;

namespace PpcBudget.Cli.Tests;

/// <summary>ppc-budget check: 0 within bounds, 1 on a regression, 2 when the input is bad.</summary>
public sealed class CheckCommandTests : IDisposable
{
    readonly PpcBudgetTool _tool = new();

    const string CoffeeShop = "plans/coffee-shop.json";
    const string CoffeeShopBaseline = "plans/coffee-shop.budget.lock.json";

    Task<ToolRun> Check(params string[] options) => _tool.Run(["check", CoffeeShop, "--baseline", CoffeeShopBaseline, .. options]);

    [Theory]
    [InlineData("coffee-shop")]
    [InlineData("mortgage-broker")]
    public async Task EverySamplePlanPassesAgainstItsCommittedBaseline(string sample)
    {
        var run = await _tool.Run("check", $"plans/{sample}.json", "--baseline", $"plans/{sample}.budget.lock.json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("passed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RaisingACpcPastTheToleranceIsARegression()
    {
        _tool.Edit(CoffeeShop, "\"cpc\": 2.90", "\"cpc\": 3.50");

        var run = await Check("--tolerance", "5%");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("coffee shop: the test cost rose from 290.00 to 350.00 USD (+20.69 %), more than the 5 % tolerance.", run.Output, StringComparison.Ordinal);
        Assert.Contains("2.90 → 3.50", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2.95", "5%")]    // coffee shop +1.72 %
    [InlineData("2.95", "0.05")]
    [InlineData("2.50", "0")]     // a saving never fails
    public async Task AChangeWithinTheTolerancePasses(string cpc, string tolerance)
    {
        _tool.Edit(CoffeeShop, "\"cpc\": 2.90", $"\"cpc\": {cpc}");

        var run = await Check("--tolerance", tolerance);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("changed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeywordThatTurnsUnprofitableIsARegressionEvenWithinTolerance()
    {
        // The plan's customer is worth 400 − 80 = 320, so a click at 1 % earns 3.20.
        _tool.Edit(CoffeeShop, "\"cpc\": 2.90", "\"cpc\": 3.25");

        var run = await Check("--tolerance", "50%");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("coffee shop: a click at 3.25 USD now costs more than it earns (it was profitable).", run.Output, StringComparison.Ordinal);
        Assert.Contains("profitable → unprofitable", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMonthlyBoundIsAHardLimit()
    {
        var run = await Check("--max-monthly", "100");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("The monthly budget of 148.75 USD is above the maximum of 100 USD.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRoiBudgetIsGatedAndRecordedInTheBaseline()
    {
        // 10,000 searches a month at the 1 % click-through rate: 100 clicks of espresso bar at 1.85, which pays (EPC 3.20).
        _tool.Edit(CoffeeShop, "\"cpc\": 1.85", "\"cpc\": 1.85, \"monthlySearches\": 10000");

        var within = await Check("--max-roi-budget", "185");
        var over = await Check("--max-roi-budget", "184.99");
        var update = await _tool.Run("check", CoffeeShop, "--baseline", "plans/new.budget.lock.json", "--update");

        Assert.True(within.ExitCode == 0, within.ToString());
        Assert.True(over.ExitCode == 1, over.ToString());
        Assert.Contains("The ROI budget of 185.00 USD a month is above the maximum of 184.99 USD.", over.Output, StringComparison.Ordinal);
        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.Equal(185.00m, JsonNode.Parse(_tool.Read("plans/new.budget.lock.json"))!["roiBudget"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task AMalformedPlanIsBadInputNamingTheFileAndTheField()
    {
        _tool.Edit(CoffeeShop, "\"cpc\": 1.85", "\"cpc\": -1.85");

        var run = await Check();

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("plans/coffee-shop.json: keywords[1].cpc: must be an amount from 0 to 1000000 (if not 0, at least 0.000001: one micro); you sent -1.85.", run.Errors, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task AMistypedFieldIsBadInputNotIgnored()
    {
        _tool.Edit(CoffeeShop, "\"months\"", "\"month\"");

        var run = await Check();

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("plans/coffee-shop.json: month: is not a field here", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingBaselineIsBadInputSayingHowToCreateIt()
    {
        var run = await _tool.Run("check", CoffeeShop, "--baseline", "budget.lock.json");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("budget.lock.json: no such baseline file", run.Errors, StringComparison.Ordinal);
        Assert.Contains($"ppc-budget check {CoffeeShop} --baseline budget.lock.json --update", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABaselineOfAnotherCurrencyIsBadInput()
    {
        _tool.Edit(CoffeeShop, "\"USD\"", "\"EUR\"");

        var run = await Check();

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"{CoffeeShopBaseline}: currency: is USD but the plan is in EUR", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHandEditedBaselineIsBadInputNamingItsField()
    {
        _tool.Edit(CoffeeShopBaseline, "\"verdict\": \"profitable\"", "\"verdict\": \"fine\"");

        var run = await Check();

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"{CoffeeShopBaseline}: keywords[0].verdict: must be one of: profitable, break-even, unprofitable.", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--tolerance", "5", "ambiguous")]
    [InlineData("--tolerance", "five", "not a tolerance")]
    [InlineData("--max-monthly", "-5", "--max-monthly: must be an amount greater than 0")]
    [InlineData("--formt", "json", "Unrecognized command or argument '--formt'")]
    public async Task ABadOptionIsBadInputNotARegression(string option, string value, string message)
    {
        var run = await Check(option, value);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(message, run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateWritesTheBaselineThatTheNextCheckPasses()
    {
        _tool.Edit(CoffeeShop, "\"cpc\": 2.90", "\"cpc\": 3.50");
        Assert.Equal(1, (await Check()).ExitCode);

        var update = await Check("--update");
        var check = await Check();

        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.Contains("total 655.00 USD", update.Output, StringComparison.Ordinal);
        Assert.Equal(655.00m, JsonNode.Parse(_tool.Read(CoffeeShopBaseline))!["total"]!.GetValue<decimal>());
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public async Task UpdateReproducesTheCommittedBaselineExactly()
    {
        var committed = _tool.Read(CoffeeShopBaseline);

        var update = await _tool.Run("check", CoffeeShop, "--baseline", "fresh.lock.json", "--update");

        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.Equal(committed, _tool.Read("fresh.lock.json"));
    }

    [Fact]
    public async Task JsonReportIsTheApiReport()
    {
        _tool.Edit(CoffeeShop, "\"cpc\": 2.90", "\"cpc\": 3.50");

        var run = await Check("--tolerance", "5%", "--format", "json");

        var report = JsonNode.Parse(run.Output)!;
        Assert.False(report["passed"]!.GetValue<bool>());
        Assert.Equal(0.05m, report["tolerance"]!.GetValue<decimal>());
        Assert.Equal(60.00m, report["total"]!["change"]!.GetValue<decimal>());
        Assert.Equal("turned-unprofitable", report["regressions"]!.AsArray().Last()!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task CsvReportHasOneRowPerKeyword()
    {
        _tool.Edit(CoffeeShop, "\"cpc\": 2.90", "\"cpc\": 3.50");

        var run = await Check("--format", "csv");

        Assert.Equal(
            [
                "keyword,status,cpcBefore,cpcAfter,testCostBefore,testCostAfter,change,relativeChange,verdictBefore,verdictAfter",
                "coffee shop,changed,2.90,3.50,290.00,350.00,60.00,0.2069,profitable,unprofitable",
                "espresso bar,unchanged,1.85,1.85,185.00,185.00,0.00,0,profitable,profitable",
                "coffee beans,unchanged,1.20,1.20,120.00,120.00,0.00,0,profitable,profitable",
                "TOTAL,,,,595.00,655.00,60.00,0.1008,,",
                "MONTHLY,,,,148.75,163.75,15.00,0.1008,,",
            ],
            run.Output.TrimEnd().Split("\r\n"));
    }

    [Fact]
    public async Task MarkdownReportOfARegressionReadsAsAPullRequestComment()
    {
        _tool.Edit(CoffeeShop, "\"cpc\": 2.90", "\"cpc\": 3.50");
        _tool.Edit(CoffeeShop, "\"months\": 4", "\"months\": 3");

        var run = await Check("--tolerance", "5%", "--max-total", "600", "--format", "markdown");

        Assert.Equal(1, run.ExitCode);
        Snapshot.Match(run.Output);
    }

    public void Dispose() => _tool.Dispose();
}
