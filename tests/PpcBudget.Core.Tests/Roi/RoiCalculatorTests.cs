using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;

namespace PpcBudget.Core.Tests.Roi;

public class RoiCalculatorTests
{
    static RoiReport Calculate(params PlanKeyword[] keywords) =>
        RoiCalculator.Calculate(new RoiPlan { CustomerValue = 100m, Keywords = keywords });

    static PlanKeyword Keyword(decimal cpc, long? clicks = null, long? conversions = null) =>
        new() { Keyword = "coffee shop", Cpc = cpc, Clicks = clicks, Conversions = conversions };

    [Fact]
    public void EpcIsCustomerValueTimesConversionRate()
    {
        var report = Calculate(Keyword(0.80m));

        Assert.Equal(1.00m, report.Epc);
        Assert.Equal(report.Epc, report.MaxCpc);
        Assert.Null(report.RecommendedCpc);
    }

    [Fact]
    public void CustomerValueIsAverageSaleLessFulfilmentCost()
    {
        var report = RoiCalculator.Calculate(new RoiPlan { AverageSale = 150m, FulfillmentCost = 50m, Keywords = [Keyword(1m)] });

        Assert.Equal(100.00m, report.CustomerValue);
        Assert.Equal(1.00m, report.Epc);
    }

    [Theory]
    [InlineData("0.80", Verdict.Profitable, "0.20", "1.25")]
    [InlineData("1.00", Verdict.BreakEven, "0.00", "1")]
    [InlineData("1.50", Verdict.Unprofitable, "-0.50", "0.6667")]
    public void CpcBelowEpcIsProfitableAndAboveLosesMoney(string cpc, Verdict verdict, string profitPerClick, string roas)
    {
        var line = Calculate(Keyword(decimal.Parse(cpc, CultureInfo.InvariantCulture))).Keywords.Single();

        Assert.Equal(verdict, line.Verdict);
        Assert.Equal(decimal.Parse(profitPerClick, CultureInfo.InvariantCulture), line.ProfitPerClick);
        Assert.Equal(decimal.Parse(roas, CultureInfo.InvariantCulture), line.Roas);
    }

    [Fact]
    public void BreakEvenConversionRateIsCpcOverCustomerValue()
    {
        Assert.Equal(0.008m, Calculate(Keyword(0.80m)).Keywords.Single().BreakEvenConversionRate);
    }

    [Fact]
    public void RecommendedCpcKeepsTheTargetMargin()
    {
        var report = RoiCalculator.Calculate(new RoiPlan { CustomerValue = 100m, TargetMargin = 0.2m, Keywords = [Keyword(0.5m)] });

        Assert.Equal(0.80m, report.RecommendedCpc);
    }

    [Fact]
    public void ObservedClicksAndConversionsGiveTheKeywordItsOwnRateAndAnInterval()
    {
        var line = Calculate(Keyword(0.80m, clicks: 400, conversions: 6)).Keywords.Single();

        Assert.Equal(ConversionRateSource.Observed, line.ConversionRateSource);
        Assert.Equal(0.015m, line.ConversionRate);
        Assert.Equal(1.50m, line.Epc);
        Assert.NotNull(line.ConversionRateInterval);
        Assert.Equal(0.006892m, line.ConversionRateInterval.Lower); // Wilson, z = 1.96, 6 in 400
        Assert.Equal(0.032335m, line.ConversionRateInterval.Upper);
        Assert.Equal(0.69m, line.ConservativeEpc);
    }

    [Fact]
    public void ZeroConversionsSaySoInsteadOfDividingByZero()
    {
        var line = Calculate(Keyword(0.80m, clicks: 50, conversions: 0)).Keywords.Single();

        Assert.Equal(0m, line.ConversionRate);
        Assert.Equal(0.00m, line.Epc);
        Assert.Equal(Verdict.Unprofitable, line.Verdict);
        Assert.Equal(0m, line.ConversionRateInterval!.Lower);
        Assert.True(line.ConversionRateInterval.Upper > 0);
        Assert.Contains("No conversions in 50 clicks", line.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void NoClicksYetFallsBackToThePlanRate()
    {
        var line = Calculate(Keyword(0.80m, clicks: 0, conversions: 0)).Keywords.Single();

        Assert.Equal(ConversionRateSource.Plan, line.ConversionRateSource);
        Assert.Equal(0.01m, line.ConversionRate);
        Assert.Null(line.ConversionRateInterval);
        Assert.NotNull(line.Note);
    }

    [Fact]
    public void ZeroCpcHasNoRoas()
    {
        Assert.Null(Calculate(Keyword(0m)).Keywords.Single().Roas);
    }
}
