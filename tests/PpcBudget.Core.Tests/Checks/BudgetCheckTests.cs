using PpcBudget.Core.Checks;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Tests.Checks;

public class BudgetCheckTests
{
    // At the default 1 % rate and one sale per keyword, a keyword's test cost is its CPC × 100.
    static BudgetPlan Plan(decimal coffeeShopCpc, int months = 4, decimal? customerValue = null) => new()
    {
        Months = months,
        CustomerValue = customerValue,
        Keywords =
        [
            new PlanKeyword { Keyword = "coffee shop", Cpc = coffeeShopCpc },
            new PlanKeyword { Keyword = "espresso bar", Cpc = 1.85m },
        ],
    };

    static BudgetBaseline BaselineOf(BudgetPlan plan) => BudgetBaseline.From(
        TestingBudgetCalculator.Calculate(plan.ToTestingPlan()),
        plan.HasRoiSettings() ? RoiCalculator.Calculate(plan.ToRoiPlan()) : null);

    static BudgetCheckReport Check(BudgetPlan before, BudgetPlan after, decimal tolerance = 0, CheckBounds? bounds = null) =>
        BudgetCheck.Run(new BudgetCheckRequest { Plan = after, Baseline = BaselineOf(before), Tolerance = tolerance, Bounds = bounds });

    [Fact]
    public void APlanPassesAgainstItsOwnBaseline()
    {
        var report = Check(Plan(2.90m), Plan(2.90m));

        Assert.True(report.Passed);
        Assert.Empty(report.Regressions);
        Assert.All(report.Keywords, line => Assert.Equal(KeywordStatus.Unchanged, line.Status));
        Assert.Equal(0m, report.Total.Change);
    }

    [Fact]
    public void RaisingACpcShowsBeforeAfterChangeAndRelativeChange()
    {
        var report = Check(Plan(2.90m), Plan(3.50m), tolerance: 1m);

        var coffeeShop = report.Keywords[0];
        Assert.Equal(KeywordStatus.Changed, coffeeShop.Status);
        Assert.Equal((2.90m, 3.50m), (coffeeShop.CpcBefore, coffeeShop.CpcAfter));
        Assert.Equal((290.00m, 350.00m, 60.00m), (coffeeShop.TestCost.Before, coffeeShop.TestCost.After, coffeeShop.TestCost.Change));
        Assert.Equal(0.2069m, coffeeShop.TestCost.RelativeChange); // 60 / 290
        Assert.Equal((475.00m, 535.00m, 60.00m), (report.Total.Before, report.Total.After, report.Total.Change));
        Assert.Equal(0.1263m, report.Total.RelativeChange); // 60 / 475
        Assert.True(report.Passed);
    }

    [Fact]
    public void GrowthBeyondTheToleranceIsARegressionForTheKeywordAndTheTotal()
    {
        var report = Check(Plan(2.90m), Plan(3.50m), tolerance: 0.05m);

        Assert.False(report.Passed);
        Assert.Contains(report.Regressions, r => r is { Kind: RegressionKind.ToleranceExceeded, Keyword: "coffee shop" });
        Assert.Contains(report.Regressions, r => r is { Kind: RegressionKind.ToleranceExceeded, Keyword: null });
        Assert.Contains("+20.69 %", report.Regressions.Single(r => r.Keyword == "coffee shop").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2.95", "0.05", true)]   // coffee shop +1.72 %, total +1.05 %
    [InlineData("3.04", "0.05", true)]   // coffee shop +4.83 %
    [InlineData("3.05", "0.05", false)]  // coffee shop +5.17 %
    [InlineData("2.91", "0", false)]     // no tolerance: any growth fails
    [InlineData("2.50", "0", true)]      // savings never fail
    public void ToleranceDecidesWhetherGrowthFails(string cpc, string tolerance, bool passes)
    {
        var report = Check(Plan(2.90m), Plan(decimal.Parse(cpc, CultureInfo.InvariantCulture)), decimal.Parse(tolerance, CultureInfo.InvariantCulture));

        Assert.Equal(passes, report.Passed);
    }

    [Fact]
    public void GrowthOfExactlyTheToleranceStillPasses()
    {
        // 290.00 × 1.10 = 319.00: a CPC of 3.19 grows the keyword by exactly 10 %.
        var report = Check(Plan(2.90m), Plan(3.19m), tolerance: 0.10m);

        Assert.DoesNotContain(report.Regressions, r => r.Keyword == "coffee shop");
    }

    [Theory]
    [InlineData("100", null, false, RegressionKind.MaxMonthlyExceeded)]   // monthly 475 / 4 = 118.75
    [InlineData(null, "400", false, RegressionKind.MaxTotalExceeded)]     // total 475
    [InlineData("118.75", "475", true, null)]                             // at the bound is within it
    public void BoundsAreHardLimitsOnTodaysBudget(string? maxMonthly, string? maxTotal, bool passes, RegressionKind? kind)
    {
        var bounds = new CheckBounds
        {
            MaxMonthly = maxMonthly is null ? null : decimal.Parse(maxMonthly, CultureInfo.InvariantCulture),
            MaxTotal = maxTotal is null ? null : decimal.Parse(maxTotal, CultureInfo.InvariantCulture),
        };

        var report = Check(Plan(2.90m), Plan(2.90m), bounds: bounds);

        Assert.Equal(passes, report.Passed);
        Assert.Equal(kind is null ? [] : [kind.Value], report.Regressions.Select(r => r.Kind));
    }

    [Fact]
    public void AKeywordThatTurnsUnprofitableIsARegressionEvenWithinTolerance()
    {
        // A $300 customer at 1 % earns $3.00 a click.
        var report = Check(Plan(2.90m, customerValue: 300m), Plan(3.10m, customerValue: 300m), tolerance: 0.5m);

        var regression = Assert.Single(report.Regressions);
        Assert.Equal(RegressionKind.TurnedUnprofitable, regression.Kind);
        Assert.Equal("coffee shop", regression.Keyword);
        Assert.Equal((Verdict.Profitable, Verdict.Unprofitable), (report.Keywords[0].VerdictBefore, report.Keywords[0].VerdictAfter));
    }

    [Fact]
    public void AKeywordAlreadyUnprofitableInTheBaselineIsNotARegression()
    {
        var report = Check(Plan(3.10m, customerValue: 300m), Plan(3.10m, customerValue: 300m));

        Assert.True(report.Passed);
        Assert.Equal(Verdict.Unprofitable, report.Keywords[0].VerdictAfter);
    }

    [Fact]
    public void WithoutRoiSettingsNothingIsJudgedAndANoteSaysSo()
    {
        var report = Check(Plan(2.90m), Plan(2.90m));

        Assert.All(report.Keywords, line => Assert.Null(line.VerdictAfter));
        Assert.Contains(report.Notes, note => note.Contains("no ROI settings", StringComparison.Ordinal));
    }

    [Fact]
    public void AddedAndRemovedKeywordsAreListedAndTheTotalCatchesTheGrowth()
    {
        var before = Plan(2.90m);
        var after = before with { Keywords = [before.Keywords![0], new PlanKeyword { Keyword = "Latte Art ", Cpc = 4.00m }] };

        var report = Check(before, after, tolerance: 0.05m);

        Assert.Equal(
            [("coffee shop", KeywordStatus.Unchanged), ("Latte Art ", KeywordStatus.Added), ("espresso bar", KeywordStatus.Removed)],
            report.Keywords.Select(line => (line.Keyword, line.Status)));
        Assert.Null(report.Keywords[1].TestCost.Before);
        Assert.Equal(-185.00m, report.Keywords[2].TestCost.Change);
        var regression = Assert.Single(report.Regressions);
        Assert.Null(regression.Keyword); // the total: 475 → 690
    }

    [Fact]
    public void KeywordsPairByTextIgnoringCaseAndSpaces()
    {
        var before = Plan(2.90m);
        var after = before with { Keywords = [.. before.Keywords!.Reverse().Select(k => k with { Keyword = $" {k.Keyword!.ToUpperInvariant()} " })] };

        var report = Check(before, after);

        Assert.All(report.Keywords, line => Assert.Equal(KeywordStatus.Unchanged, line.Status));
    }

    [Fact]
    public void FewerMonthsRaiseTheMonthlyBudgetWithoutChangingTheTotal()
    {
        var report = Check(Plan(2.90m, months: 4), Plan(2.90m, months: 2), tolerance: 0.05m);

        Assert.Equal(0m, report.Total.Change);
        Assert.Equal((118.75m, 237.50m), (report.MonthlyBudget.Before, report.MonthlyBudget.After));
        var regression = Assert.Single(report.Regressions);
        Assert.Contains("monthly budget", regression.Message, StringComparison.Ordinal);
        Assert.Contains(report.Notes, note => note.Contains("2 months instead of 4", StringComparison.Ordinal));
    }
}
