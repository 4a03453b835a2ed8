using PpcBudget.Core.Roi;
using PpcBudget.Core.Roi.Budget;

namespace PpcBudget.Core.Tests.Roi.Budget;

public class SpendCurveTests
{
    static readonly RoiBudgetSettings Settings = new() { CustomerValue = 100m };

    // EPC 1.00: 1 % of clicks buy, a customer is worth 100.
    static RoiBudgetKeyword Keyword(string text, decimal cpc) => new() { Keyword = text, Cpc = cpc, ConversionRate = 0.01m, Epc = 1.00m };

    static ForecastPoint Point(decimal maxCpc, decimal clicks, decimal cost) => new() { MaxCpc = maxCpc, Clicks = clicks, Cost = cost };

    /// <summary>
    /// A fake of Google's forecast for 30 days, concave: each step up in bid buys fewer extra clicks at a higher price.
    /// Marginal CPCs: 40 ÷ 100 = 0.40, (96 − 40) ÷ (180 − 100) = 0.70, (150 − 96) ÷ (240 − 180) = 0.90,
    /// (198 − 150) ÷ (280 − 240) = 1.20, (228 − 198) ÷ (300 − 280) = 1.50. Sent out of order on purpose.
    /// </summary>
    static readonly GoogleForecast ConcaveForecast = new()
    {
        Days = 30,
        Points = [Point(2.0m, 280, 198), Point(0.5m, 100, 40), Point(1.5m, 240, 150), Point(2.5m, 300, 228), Point(1.0m, 180, 96)],
    };

    [Fact]
    public void TheRecommendedPointIsWhereTheMarginalCpcCrossesTheEpc()
    {
        var budget = RoiBudgetCalculator.Calculate(Settings, [Keyword("coffee", 0.90m) with { Forecast = ConcaveForecast, MonthlySearches = 10 }]);
        var curve = budget.Curve;

        Assert.Equal(CurveBasis.GoogleForecast, curve.Basis);
        Assert.Equal([0.50m, 1.00m, 1.50m, 2.00m, 2.50m], curve.Points.Select(point => point.MaxCpc));
        // Δcost ÷ Δclicks does not change when a 30-day forecast is scaled to 30.4 days.
        Assert.Equal([0.40m, 0.70m, 0.90m, 1.20m, 1.50m], curve.Points.Select(point => point.MarginalCpc!.Value));

        var recommended = curve.Recommended;
        Assert.NotNull(recommended);
        // The last step at or under the EPC of 1.00 is the one into 1.50 (0.90); the next costs 1.20 a click.
        Assert.Equal(1.50m, recommended.MaxCpc);
        Assert.Equal(0.90m, recommended.MarginalCpc);
        // A month: 240 × 30.4 ÷ 30 = 243.2 clicks for 150 × 30.4 ÷ 30 = 152.00; profit (240 − 150) × 30.4 ÷ 30 = 91.20.
        Assert.Equal(243.2m, recommended.Clicks);
        Assert.Equal(152.00m, recommended.Cost);
        Assert.Equal(91.20m, recommended.Profit);
        // The last 60 clicks earned 60.00 for 54.00: each last dollar brought back 60 ÷ 54 = 1.1111.
        Assert.Equal(1.1111m, recommended.LastDollarEarns);
        Assert.Contains("1.20", recommended.Note, StringComparison.Ordinal);
        // Most profit: no point beats it.
        Assert.All(curve.Points, point => Assert.True(point.Profit <= recommended.Profit));

        // The keyword's month is bought at that bid: the forecast is the best basis, over the searches.
        var line = budget.Keywords.Single();
        Assert.Equal(TrafficBasis.GoogleForecast, line.TrafficBasis);
        Assert.Equal((243.2m, 152.00m, 91.20m, Verdict.Profitable), (line.Clicks, line.Spend, line.Profit, line.Verdict));
        Assert.Equal(152.00m, budget.MonthlyBudget);
    }

    [Fact]
    public void ForecastsOfSeveralKeywordsAreSummedAtEachBid()
    {
        var half = new GoogleForecast { Days = 30, Points = ConcaveForecast.Points.Select(p => Point(p.MaxCpc, p.Clicks / 2, p.Cost / 2)).ToList() };
        var curve = RoiBudgetCalculator.Calculate(Settings,
            [Keyword("coffee", 0.90m) with { Forecast = ConcaveForecast }, Keyword("tea", 0.90m) with { Forecast = half }]).Curve;

        Assert.Equal(364.8m, curve.Points[2].Clicks); // (240 + 120) × 30.4 ÷ 30
        Assert.Equal(1.50m, curve.Recommended!.MaxCpc);
        Assert.DoesNotContain("adds nothing", curve.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void FewerForecastPointsThanBidsAskedAreSaidSo()
    {
        var budget = RoiBudgetCalculator.Calculate(Settings, [Keyword("coffee", 0.90m) with { Forecast = ConcaveForecast with { BidsAsked = 8 } }]);

        Assert.Contains("5 of the 8 bids", budget.Keywords.Single().Note, StringComparison.Ordinal);
        Assert.Contains("fewer bids than were asked", budget.Curve.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AForecastThatNeverPaysLeavesTheKeywordLosing()
    {
        var dear = new GoogleForecast { Days = 30, Points = [Point(1m, 100, 150), Point(2m, 200, 400)] };
        var budget = RoiBudgetCalculator.Calculate(Settings, [Keyword("coffee", 0.90m) with { Forecast = dear }]);

        Assert.Equal(Verdict.Unprofitable, budget.Keywords.Single().Verdict);
        Assert.Equal(0.00m, budget.MonthlyBudget);
        Assert.Equal(CurveBasis.None, budget.Curve.Basis);
    }

    [Fact]
    public void WithoutAForecastTheCurveIsTheTopOfPageModelAndSaysSo()
    {
        // 10,000 searches × 1 % = 100 clicks a month. Low 0.50 and high 1.10 are the 20th and 80th percentiles, so the
        // model spreads competing bids evenly from 0.50 − 0.60 ÷ 3 = 0.30 to 1.10 + 0.60 ÷ 3 = 1.30.
        var budget = RoiBudgetCalculator.Calculate(Settings,
            [Keyword("coffee", 0.60m) with { MonthlySearches = 10_000, LowTopOfPageBid = 0.50m, HighTopOfPageBid = 1.10m }]);
        var curve = budget.Curve;

        Assert.Equal(CurveBasis.Model, curve.Basis);
        Assert.StartsWith("Model, not a forecast", curve.Note, StringComparison.Ordinal);
        // Bids from the low bid to the top of the range in ten steps of 0.08, and the EPC.
        Assert.Equal([0.50m, 0.58m, 0.66m, 0.74m, 0.82m, 0.90m, 0.98m, 1.00m, 1.06m, 1.14m, 1.22m, 1.30m], curve.Points.Select(p => p.MaxCpc));

        // The low bid wins 20 % of the clicks, paying on average (0.30 + 0.50) ÷ 2 = 0.40: 20 clicks for 8.00.
        var low = curve.Points[0];
        Assert.Equal((20m, 8.00m, 12.00m), (low.Clicks, low.Cost, low.Profit));
        // The top of the range wins them all at (0.30 + 1.30) ÷ 2 = 0.80: 100 clicks for 80.00.
        var top = curve.Points[^1];
        Assert.Equal((100m, 80.00m, 20.00m), (top.Clicks, top.Cost, top.Profit));

        // At the EPC, 1.00: (1.00 − 0.30) ÷ 1.00 = 70 % of the clicks, at (0.30 + 1.00) ÷ 2 = 0.65: 70 clicks for 45.50,
        // 70.00 earned, 24.50 profit, the most. The step into it costs (0.98 + 1.00) ÷ 2 = 0.99 a click, the next 1.03.
        var recommended = curve.Recommended;
        Assert.NotNull(recommended);
        Assert.Equal((1.00m, 70m, 45.50m, 24.50m, 0.99m), (recommended.MaxCpc, recommended.Clicks, recommended.Cost, recommended.Profit, recommended.MarginalCpc));
        Assert.Equal(1.0101m, recommended.LastDollarEarns); // 2 clicks earn 2.00 for 1.98
    }

    [Fact]
    public void WithNothingToBuildOnThereIsNoCurveAndItSaysWhy()
    {
        var curve = RoiBudgetCalculator.Calculate(Settings, [Keyword("coffee", 0.60m) with { MonthlySearches = 10_000 }]).Curve;

        Assert.Equal(CurveBasis.None, curve.Basis);
        Assert.Empty(curve.Points);
        Assert.StartsWith("No curve", curve.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void ATopOfPageRangeBackwardsBuildsNoModel()
    {
        var curve = RoiBudgetCalculator.Calculate(Settings,
            [Keyword("coffee", 0.60m) with { MonthlySearches = 10_000, LowTopOfPageBid = 1.10m, HighTopOfPageBid = 0.50m }]).Curve;

        Assert.Equal(CurveBasis.None, curve.Basis);
    }
}
