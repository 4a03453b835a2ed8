using PpcBudget.Core.Plans;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Tests.Testing;

public class TestingBudgetCalculatorTests
{
    static TestingBudget Calculate(int months = 1, decimal? conversionRate = null, int? salesPerKeyword = null, string? currency = null,
        params (string Keyword, decimal Cpc)[] keywords) =>
        TestingBudgetCalculator.Calculate(new TestingPlan
        {
            Currency = currency,
            Months = months,
            ConversionRate = conversionRate,
            SalesPerKeyword = salesPerKeyword,
            Keywords = keywords.Select(k => new PlanKeyword { Keyword = k.Keyword, Cpc = k.Cpc }).ToList(),
        });

    [Theory]
    [InlineData("generic", "3.00", "300.00")]
    [InlineData("coffee shop", "2.90", "290.00")]
    [InlineData("mortgage broker", "13.76", "1376.00")]
    public void CostPerSaleIsCpcOverTheOnePercentDefaultRate(string keyword, string cpc, string expected)
    {
        var line = Calculate(keywords: (keyword, decimal.Parse(cpc, CultureInfo.InvariantCulture))).Keywords.Single();

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), line.CostPerSale);
        Assert.Equal(100m, line.ClicksNeeded);
        Assert.Equal(line.CostPerSale, line.TestCost);
    }

    [Theory]
    [InlineData(4, "500.00")]
    [InlineData(2, "1000.00")]
    public void TwoThousandDollarTotalSpreadsEvenlyOverTheMonths(int months, string monthly)
    {
        // Four keywords at $5.00 and 1 %: $500 per sale each, $2,000 in all.
        var budget = Calculate(months, keywords: [("a", 5m), ("b", 5m), ("c", 5m), ("d", 5m)]);

        Assert.Equal(2000m, budget.Total);
        Assert.Equal(decimal.Parse(monthly, CultureInfo.InvariantCulture), budget.MonthlyBudget);
        Assert.All(budget.Schedule, row => Assert.Equal(budget.MonthlyBudget, row.Budget));
        Assert.Equal(budget.Total, budget.Schedule.Sum(row => row.Budget));
    }

    [Fact]
    public void TotalIsTheSumOfTheKeywordTestCosts()
    {
        var budget = Calculate(keywords: [("coffee shop", 2.90m), ("mortgage broker", 13.76m)]);

        Assert.Equal(1666.00m, budget.Total);
    }

    [Fact]
    public void DailyBudgetIsMonthlyOverGoogleAdsThirtyPointFourDayMonth()
    {
        var budget = Calculate(months: 4, keywords: [("coffee shop", 2.90m), ("mortgage broker", 13.76m)]);

        Assert.Equal(416.50m, budget.MonthlyBudget);
        Assert.Equal(13.70m, budget.DailyBudget); // 416.50 / 30.4 = 13.7006…
    }

    [Fact]
    public void CentThatDoesNotDivideGoesToTheFirstMonths()
    {
        var budget = Calculate(months: 3, keywords: ("a", 10m)); // $1,000 over 3 months

        Assert.Equal([333.34m, 333.33m, 333.33m], budget.Schedule.Select(row => row.Budget));
        Assert.Equal(333.33m, budget.MonthlyBudget);
    }

    [Fact]
    public void KeywordRateOverridesThePlanRate()
    {
        var budget = TestingBudgetCalculator.Calculate(new TestingPlan
        {
            ConversionRate = 0.02m,
            Keywords = [new() { Keyword = "a", Cpc = 3m }, new() { Keyword = "b", Cpc = 3m, ConversionRate = 0.05m }],
        });

        Assert.Equal([150.00m, 60.00m], budget.Keywords.Select(line => line.CostPerSale));
        Assert.Equal([50m, 20m], budget.Keywords.Select(line => line.ClicksNeeded));
    }

    [Fact]
    public void MoreSalesWantedMultiplyTheTestCostAndClicks()
    {
        var line = Calculate(salesPerKeyword: 3, keywords: ("coffee shop", 2.90m)).Keywords.Single();

        Assert.Equal(290.00m, line.CostPerSale);
        Assert.Equal(870.00m, line.TestCost);
        Assert.Equal(300m, line.ClicksNeeded);
    }

    [Fact]
    public void MoneyIsRoundedOnceAtTheEndHalfAwayFromZero()
    {
        // 0.333 CPC at 3 %: 11.1 per sale exactly; three of them make 33.30, not 3 × a pre-rounded figure.
        var budget = Calculate(conversionRate: 0.03m, keywords: [("a", 0.333m), ("b", 0.333m), ("c", 0.333m)]);
        Assert.Equal(33.30m, budget.Total);

        // 0.00125 / 0.01 = 0.125 → 0.13 (half away from zero, as ROUND in a spreadsheet), not banker's 0.12.
        Assert.Equal(0.13m, Calculate(keywords: ("a", 0.00125m)).Keywords.Single().CostPerSale);
    }

    [Fact]
    public void YenHasNoMinorUnit()
    {
        var budget = Calculate(months: 3, currency: "jpy", keywords: ("a", 33.5m)); // ¥3,350 over 3 months

        Assert.Equal("JPY", budget.Currency);
        Assert.Equal(3350m, budget.Total);
        Assert.Equal([1117m, 1117m, 1116m], budget.Schedule.Select(row => row.Budget));
    }

    [Fact]
    public void RepeatedKeywordIsCountedAndWarnedAbout()
    {
        var budget = Calculate(keywords: [("coffee shop", 2.90m), ("Coffee Shop", 2.90m)]);

        Assert.Equal(580.00m, budget.Total);
        Assert.Contains(budget.Warnings, warning => warning.Contains("appears more than once", StringComparison.Ordinal));
    }
}
