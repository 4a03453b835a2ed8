namespace PpcBudget.Cli.Tests;

public sealed class RoiCommandTests : IDisposable
{
    readonly PpcBudgetTool _tool = new();

    [Fact]
    public async Task APlanFileWritesItsRatesAsPercentsIfItLikes()
    {
        var fractions = await _tool.Run("roi", "plans/coffee-shop.json", "--format", "json");
        _tool.Edit("plans/coffee-shop.json", "\"conversionRate\": 0.01", "\"conversionRate\": \"1%\"");
        _tool.Edit("plans/coffee-shop.json", "\"targetMargin\": 0.2", "\"targetMargin\": \"20%\"");
        var percents = await _tool.Run("roi", "plans/coffee-shop.json", "--format", "json");
        _tool.Edit("plans/coffee-shop.json", "\"1%\"", "\"1 per cent\"");
        var wrong = await _tool.Run("roi", "plans/coffee-shop.json");

        Assert.True(percents.ExitCode == 0, percents.ToString());
        Assert.Equal(fractions.Output, percents.Output);
        Assert.True(wrong.ExitCode == 2, wrong.ToString());
        Assert.Contains("plans/coffee-shop.json: conversionRate: '1 per cent' is not a rate; write a fraction such as 0.01 or a percent such as 1%.",
            wrong.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkdownJudgesEachKeyword()
    {
        var run = await _tool.Run("roi", "plans/coffee-shop.json", "--format", "markdown");

        Assert.True(run.ExitCode == 0, run.ToString());
        // 400 − 80 = 320 a customer; at 1 % a click earns 3.20; a 20 % margin leaves 2.56.
        Assert.Contains("a customer is worth 320.00, a click earns 3.20 at 1 %; bid at most 2.56", run.Output, StringComparison.Ordinal);
        Assert.Contains("| coffee shop | 2.90 | 1 % | plan | 3.20 | 0.30 |", run.Output, StringComparison.Ordinal);
        Assert.Contains("| coffee beans | 1.20 | 1.6 % | observed | 5.12 |", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACsvKeywordListNeedsTheCustomerValueAsAnOption()
    {
        var without = await _tool.Run("roi", "plans/coffee-shop.keywords.csv");
        var with = await _tool.Run("roi", "plans/coffee-shop.keywords.csv", "--customer-value", "100", "--format", "csv");

        Assert.True(without.ExitCode == 2, without.ToString());
        Assert.Contains("--customer-value: is required", without.Errors, StringComparison.Ordinal);
        Assert.True(with.ExitCode == 0, with.ToString());
        Assert.Contains("coffee shop,2.90,request,0.01,plan,1.00,-1.90,", with.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _tool.Dispose();
}
