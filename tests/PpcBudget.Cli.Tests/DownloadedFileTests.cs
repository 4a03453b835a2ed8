using System.Text.Json.Nodes;

namespace PpcBudget.Cli.Tests;

/// <summary>The tool reads what marketers download, and the plans they type, as the service does.</summary>
public sealed class DownloadedFileTests : IDisposable
{
    readonly PpcBudgetTool _tool = new();

    public void Dispose() => _tool.Dispose();

    [Fact]
    public async Task AKeywordPlannerDownloadPricesEveryKeywordWithABid()
    {
        var run = await _tool.Run("testing", "downloads/Keyword Stats 2026-06-15 at 21_38_13.csv", "--skip-unknown-keywords", "--months", "4", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var answer = JsonNode.Parse(run.Output)!;
        Assert.Equal(3.055m, answer["keywords"]!.AsArray().Single(line => (string)line!["keyword"]! == "mold removal")!["cpc"]!.GetValue<decimal>());
        Assert.Equal("keywordPlanner", (string)answer["input"]!["format"]!);
        Assert.All(answer["keywords"]!.AsArray(), line => Assert.Equal("keywordPlanner", (string)line!["cpcSource"]!));
    }

    [Fact]
    public async Task ACheckGuardsAKeywordPlannerDownloadByItsBids()
    {
        var update = await _tool.Run("check", "downloads/Keyword Stats 2026-06-16 at 09_02_44.csv", "--baseline", "planner.lock.json", "--update");
        var check = await _tool.Run("check", "downloads/Keyword Stats 2026-06-16 at 09_02_44.csv", "--baseline", "planner.lock.json");
        var dearer = await _tool.Run("check", "downloads/Keyword Stats 2026-06-16 at 09_02_44.csv", "--baseline", "planner.lock.json", "--cpc-basis", "high");

        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.True(dearer.ExitCode == 1, dearer.ToString());
    }

    [Fact]
    public async Task AKeywordWithoutABidNamesTheFileAndLineUnlessSkipped()
    {
        var run = await _tool.Run("testing", "downloads/Keyword Stats 2026-06-15 at 21_38_13.csv");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Keyword Stats 2026-06-15 at 21_38_13.csv:6:", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASearchKeywordReportGivesVerdictsFromObservedConversions()
    {
        var run = await _tool.Run("roi", "downloads/Search keyword report.csv", "--customer-value", "320", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = JsonNode.Parse(run.Output)!["keywords"]!.AsArray();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal("observed", (string)line!["conversionRateSource"]!));
    }

    [Fact]
    public async Task RatesTakeAPercentAsTheServiceDoes()
    {
        var percent = await _tool.Run("testing", "plans/coffee-shop.keywords.csv", "--conversion-rate", "2%", "--format", "csv");
        var fraction = await _tool.Run("testing", "plans/coffee-shop.keywords.csv", "--conversion-rate", "0.02", "--format", "csv");
        var wrong = await _tool.Run("testing", "plans/coffee-shop.keywords.csv", "--conversion-rate", "two");

        Assert.True(percent.ExitCode == 0, percent.ToString());
        Assert.Equal(fraction.Output, percent.Output);
        Assert.Contains("'two' is not a rate; write a fraction such as 0.01 or a percent such as 1%.", wrong.Errors, StringComparison.Ordinal);
    }

    /// <summary>Each plan option fills the plan field of its name: the click-through rate a JSON plan takes is an option too, and a bad one blames the option.</summary>
    [Fact]
    public async Task TheClickThroughRateIsAnOptionAsItIsAPlanField()
    {
        _tool.Write("searches.csv", "keyword,cpc,monthlySearches\ncoffee shop,2.90,1000\n");

        var atDefault = await _tool.Run("testing", "searches.csv", "--format", "json");
        var atFive = await _tool.Run("testing", "searches.csv", "--click-through-rate", "5%", "--format", "json");
        var tooLow = await _tool.Run("testing", "searches.csv", "--click-through-rate", "0");

        Assert.True(atFive.ExitCode == 0, atFive.ToString());
        // 100 clicks needed: 1,000 searches a month at 1 % give 10 clicks (10 months), at 5 % 50 (2 months).
        Assert.Equal(10m, JsonNode.Parse(atDefault.Output)!["keywords"]![0]!["monthsNeeded"]!.GetValue<decimal>());
        Assert.Equal(2m, JsonNode.Parse(atFive.Output)!["keywords"]![0]!["monthsNeeded"]!.GetValue<decimal>());
        Assert.True(tooLow.ExitCode == 2, tooLow.ToString());
        Assert.Contains("--click-through-rate", tooLow.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuotedCellMayHoldALineBreakAndItsRowIsJudgedByThePlanRules()
    {
        _tool.Write("keywords.csv", "keyword,cpc\n\"coffee, \"\"decaf\"\"\n shop\",2.90\nlatte,1.50\n");

        var run = await _tool.Run("testing", "keywords.csv");

        // Read as one cell (the old splitter said "a quoted cell is not closed"); a keyword cannot hold a line break.
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("keywords[0].keyword: must be plain text", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("keywords[1]", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("quote", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormulaInAKeywordIsNeutralisedInCsv()
    {
        _tool.Write("keywords.csv", "keyword,cpc\n\"=HYPERLINK(\"\"http://x\"\")\",2.90\n-cmd,1.50\n");

        var run = await _tool.Run("testing", "keywords.csv", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\",2.90,", run.Output, StringComparison.Ordinal);
        Assert.Contains("\r\n'-cmd,1.50,", run.Output, StringComparison.Ordinal);
    }
}
