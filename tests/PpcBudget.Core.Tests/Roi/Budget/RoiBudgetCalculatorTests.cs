using PpcBudget.Core.Roi;
using PpcBudget.Core.Roi.Budget;

namespace PpcBudget.Core.Tests.Roi.Budget;

public class RoiBudgetCalculatorTests
{
    // A customer is worth 100; at the plan's 1 % a click earns 1.00 (the EPC).
    static readonly RoiBudgetSettings Settings = new() { CustomerValue = 100m, ConversionRate = 0.01m, TargetMargin = 0.2m };

    static RoiBudgetKeyword Keyword(string text, decimal cpc, decimal rate = 0.01m) =>
        new() { Keyword = text, Cpc = cpc, ConversionRate = rate, Epc = 100m * rate };

    static RoiBudget Calculate(params RoiBudgetKeyword[] keywords) => RoiBudgetCalculator.Calculate(Settings, keywords);

    [Fact]
    public void WorkedExampleBuysEveryProfitableKeywordsSearchesAndListsTheOneThatLoses()
    {
        var budget = Calculate(
            Keyword("espresso machine", 0.60m) with { MonthlySearches = 20_000, ClickThroughRate = 0.02m },
            Keyword("coffee beans", 0.80m, rate: 0.015m) with { MonthlySearches = 10_000 },
            Keyword("coffee shop", 1.50m) with { MonthlySearches = 5_000, ClickThroughRate = 0.01m });

        // espresso machine: 20,000 searches × 2 % = 400 clicks; 400 × 0.60 = 240.00 spent;
        // 400 × 1 % = 4 sales; 4 × 100 = 400.00 earned; 400.00 − 240.00 = 160.00 profit.
        AssertLine(budget.Keywords[0], clicks: 400m, spend: 240.00m, conversions: 4m, value: 400.00m, profit: 160.00m, Verdict.Profitable);
        // coffee beans, at the plan's 1 % click-through rate: 10,000 × 1 % = 100 clicks; 100 × 0.80 = 80.00;
        // 100 × 1.5 % = 1.5 sales; 1.5 × 100 = 150.00; 150.00 − 80.00 = 70.00.
        AssertLine(budget.Keywords[1], clicks: 100m, spend: 80.00m, conversions: 1.5m, value: 150.00m, profit: 70.00m, Verdict.Profitable);
        // coffee shop: 5,000 × 1 % = 50 clicks; 50 × 1.50 = 75.00; 50 × 1 % = 0.5 sales; 0.5 × 100 = 50.00; 50.00 − 75.00 = −25.00.
        AssertLine(budget.Keywords[2], clicks: 50m, spend: 75.00m, conversions: 0.5m, value: 50.00m, profit: -25.00m, Verdict.Unprofitable);
        Assert.All(budget.Keywords, line => Assert.Equal(TrafficBasis.Searches, line.TrafficBasis));

        // The budget buys the two profitable keywords only: 240.00 + 80.00 = 320.00 a month.
        Assert.Equal(320.00m, budget.MonthlyBudget);
        // 320.00 ÷ 30.4 = 10.5263… → 10.53 a day; Google may spend 2 × 10.53 = 21.06 in a day, bills 30.4 × 10.53 = 320.112 → 320.11.
        Assert.Equal(10.53m, budget.DailyBudget);
        Assert.Contains("21.06 USD", budget.DailyBudgetNote, StringComparison.Ordinal);
        Assert.Contains("320.11 USD", budget.DailyBudgetNote, StringComparison.Ordinal);
        // 4 + 1.5 = 5.5 sales; 400.00 + 150.00 = 550.00; 550.00 − 320.00 = 230.00; ROAS 550 ÷ 320 = 1.71875 → 1.7188.
        Assert.Equal(5.5m, budget.Conversions);
        Assert.Equal(550.00m, budget.Value);
        Assert.Equal(230.00m, budget.Profit);
        Assert.Equal(1.7188m, budget.Roas);

        // coffee shop breaks even at its EPC, 1.00; keeping 20 % of that takes a bid of 1.00 × (1 − 0.2) = 0.80.
        var losing = Assert.Single(budget.LosingKeywords);
        Assert.Equal(("coffee shop", 1.50m, 1.00m, 0.80m), (losing.Keyword, losing.Cpc, losing.BreakEvenCpc, losing.TargetCpc));

        Assert.Equal(CurveBasis.None, budget.Curve.Basis);
        Assert.Empty(budget.Curve.Points);
        Assert.Null(budget.Curve.Recommended);
        Assert.Contains("top-of-page bid range", budget.Curve.Note, StringComparison.Ordinal);
    }

    static void AssertLine(KeywordSpend line, decimal clicks, decimal spend, decimal conversions, decimal value, decimal profit, Verdict verdict)
    {
        Assert.Equal(clicks, line.Clicks);
        Assert.Equal(spend, line.Spend);
        Assert.Equal(conversions, line.Conversions);
        Assert.Equal(value, line.Value);
        Assert.Equal(profit, line.Profit);
        Assert.Equal(verdict, line.Verdict);
    }

    [Fact]
    public void WithoutATargetMarginALosingKeywordHasNoTargetCpc()
    {
        var budget = RoiBudgetCalculator.Calculate(new RoiBudgetSettings { CustomerValue = 100m },
            [Keyword("coffee shop", 1.50m) with { MonthlySearches = 100 }]);

        Assert.Null(Assert.Single(budget.LosingKeywords).TargetCpc);
    }

    [Fact]
    public void AReportIsScaledToAMonthAndToFullImpressionShare()
    {
        var line = Calculate(Keyword("coffee", 0.50m) with
        {
            Report = new ReportTraffic { Clicks = 140, Days = 14, SearchImpressionShare = 0.4m, Cost = 70m },
            MonthlySearches = 1_000_000,
        }).Keywords.Single();

        // 140 clicks in 14 days × 30.4 ÷ 14 = 304 a month; seen at 40 % of the auctions, 304 ÷ 0.4 = 760 at full share.
        Assert.Equal(TrafficBasis.Report, line.TrafficBasis);
        Assert.Equal(760m, line.Clicks);
        Assert.Equal(380.00m, line.Spend); // 760 × 0.50
        Assert.Contains("÷ 0.4 for full search impression share", line.Note, StringComparison.Ordinal);
        Assert.DoesNotContain("average CPC", line.Note, StringComparison.Ordinal); // 70 ÷ 140 = 0.50, the keyword's own
    }

    [Fact]
    public void AReportWithoutImpressionShareIsOnlyScaledToAMonth()
    {
        var line = Calculate(Keyword("coffee", 0.50m) with { Report = new ReportTraffic { Clicks = 70, Days = 7, Cost = 42m } }).Keywords.Single();

        Assert.Equal(304m, line.Clicks); // 70 × 30.4 ÷ 7
        Assert.Contains("average CPC was 0.60", line.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.1, true)]   // Google's "< 10%"
    [InlineData(0.05, false)] // below what Google reports: read the same way
    public void ACensoredImpressionShareIsReadAsItsBoundAndFlagged(double share, bool censored)
    {
        var line = Calculate(Keyword("coffee", 0.50m) with
        {
            Report = new ReportTraffic { Clicks = 14, Days = 7, SearchImpressionShare = (decimal)share, ImpressionShareCensored = censored },
        }).Keywords.Single();

        // 14 × 30.4 ÷ 7 = 60.8 a month; a share under 10 % is read as 10 %, the least traffic it allows: 60.8 ÷ 0.1 = 608.
        Assert.Equal(608m, line.Clicks);
        Assert.Contains("at least this much traffic", line.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AShareThatIsNotAShareIsLeftOutAndSaidSo()
    {
        var line = Calculate(Keyword("coffee", 0.50m) with
        {
            Report = new ReportTraffic { Clicks = 14, Days = 7, SearchImpressionShare = 1.5m },
        }).Keywords.Single();

        Assert.Equal(60.8m, line.Clicks);
        Assert.Contains("not a share", line.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AReportOfNoDaysFallsBackToSearchesAndSaysWhy()
    {
        var line = Calculate(Keyword("coffee", 0.50m) with
        {
            Report = new ReportTraffic { Clicks = 14, Days = 0 },
            MonthlySearches = 1_000,
        }).Keywords.Single();

        Assert.Equal(TrafficBasis.Searches, line.TrafficBasis);
        Assert.Equal(10m, line.Clicks); // 1,000 × the plan's 1 %
        Assert.Contains("report was left out", line.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AKeywordWithNoTrafficFigureSaysSoAndIsLeftOutOfTheBudget()
    {
        var budget = Calculate(Keyword("coffee", 0.50m), Keyword("tea", 0.40m) with { MonthlySearches = 1_000 });

        var line = budget.Keywords[0];
        Assert.Equal(TrafficBasis.None, line.TrafficBasis);
        Assert.Null(line.Clicks);
        Assert.Null(line.Spend);
        Assert.Null(line.Conversions);
        Assert.Null(line.Value);
        Assert.Null(line.Profit);
        Assert.Equal(Verdict.Profitable, line.Verdict);
        Assert.Contains("No traffic figure", line.Note, StringComparison.Ordinal);
        Assert.Equal(4.00m, budget.MonthlyBudget); // tea only: 10 clicks × 0.40
    }

    [Fact]
    public void NothingToBuyIsABudgetOfZeroWithNoRoasAndNoCurve()
    {
        var budget = Calculate(Keyword("coffee", 0.50m));

        Assert.Equal(0.00m, budget.MonthlyBudget);
        Assert.Equal(0.00m, budget.DailyBudget);
        Assert.Null(budget.Roas);
        Assert.Equal(CurveBasis.None, budget.Curve.Basis);
        Assert.Contains("no keyword is profitable", budget.Curve.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AmountsAreRoundedToTheCurrencysMinorUnit()
    {
        var budget = RoiBudgetCalculator.Calculate(new RoiBudgetSettings { Currency = "JPY", CustomerValue = 10_000m },
            [new() { Keyword = "kōhī", Cpc = 33m, ConversionRate = 0.01m, Epc = 100m, MonthlySearches = 1_000 }]);

        Assert.Equal(330m, budget.MonthlyBudget); // 10 clicks × 33
        Assert.Equal(11m, budget.DailyBudget);    // 330 ÷ 30.4 = 10.86 → 11 yen
    }
}
