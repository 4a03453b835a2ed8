using PpcBudget.Core.Estimates;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Tests.Estimates;

public class EstimatesTests
{
    [Theory]
    [InlineData(2_900_000, "2.9")]
    [InlineData(1, "0.000001")]
    [InlineData(9_223_372_036_854_775_807, "9223372036854.775807")]
    public void MicrosConvertExactly(long micros, string amount) =>
        Assert.Equal(decimal.Parse(amount, CultureInfo.InvariantCulture), Micros.ToAmount(micros));

    [Fact]
    public void SeedTableShipsTheTwoPublishedEstimates()
    {
        var seeds = SeedEstimateTable.Embedded;

        Assert.Equal(2.90m, seeds.Find("coffee shop")!.AverageCpc);
        Assert.Equal(13.76m, seeds.Find("  Mortgage   BROKER ")!.AverageCpc);
        Assert.Equal(CpcSource.Seed, seeds.Find("coffee shop")!.Source);
        Assert.Null(seeds.Find("quantum espresso"));
    }

    [Fact]
    public void SeedTableKeepsTheKeywordAsAsked() =>
        Assert.Equal("Coffee Shop", SeedEstimateTable.Embedded.Find("Coffee Shop")!.Keyword);

    [Theory]
    [InlineData(CpcBasis.Average, "2.50", "1.00", "3.00", "2.50")]
    [InlineData(CpcBasis.Average, null, "1.00", "3.00", "2.00")]
    [InlineData(CpcBasis.Low, "2.50", "1.00", "3.00", "1.00")]
    [InlineData(CpcBasis.High, "2.50", "1.00", "3.00", "3.00")]
    [InlineData(CpcBasis.Average, null, null, "3.00", null)]
    public void BasisPicksTheFigure(CpcBasis basis, string? average, string? low, string? high, string? expected)
    {
        static decimal? Parse(string? value) => value is null ? null : decimal.Parse(value, CultureInfo.InvariantCulture);
        var estimate = new CpcEstimate
        {
            Keyword = "k", Currency = "USD", Source = CpcSource.Seed,
            AverageCpc = Parse(average), LowTopOfPageBid = Parse(low), HighTopOfPageBid = Parse(high),
        };

        Assert.Equal(Parse(expected), estimate.CpcFor(basis));
    }

    [Theory]
    [InlineData("1000", true, "languageConstants/1000")]
    [InlineData("languageConstants/1031", true, "languageConstants/1031")]
    [InlineData("english", false, null)]
    public void LanguagesAreAcceptedBareOrInFull(string input, bool valid, string? resourceName)
    {
        Assert.Equal(valid, GoogleAdsNames.TryLanguage(input, out var name));
        if (valid)
            Assert.Equal(resourceName, name);
    }

    [Fact]
    public void EstimatedCpcAndSearchesFlowIntoTheTestingBudget()
    {
        var plan = new TestingPlan { Months = 1, Keywords = [new() { Keyword = "latte art class" }, new() { Keyword = "own", Cpc = 2m }] };
        var estimates = new[] { SeedEstimateTable.Embedded.Find("latte art class"), null };

        var budget = TestingBudgetCalculator.Calculate(plan, estimates);

        Assert.Equal((1.45m, CpcSource.Seed, 3.45m), (budget.Keywords[0].Cpc, budget.Keywords[0].CpcSource, budget.Keywords[0].MonthsNeeded));
        Assert.Equal((2m, CpcSource.Request, (decimal?)null), (budget.Keywords[1].Cpc, budget.Keywords[1].CpcSource, budget.Keywords[1].MonthsNeeded));
        Assert.Contains(budget.Warnings, warning => warning.Contains("3.45 months", StringComparison.Ordinal));
    }
}
