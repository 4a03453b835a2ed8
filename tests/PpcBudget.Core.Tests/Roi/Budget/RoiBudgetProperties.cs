using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PpcBudget.Core.Money;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Roi.Budget;

namespace PpcBudget.Core.Tests.Roi.Budget;

/// <summary>Any figures within the limits (amounts up to 1,000,000, counts up to 10^12) give a budget, never an exception.</summary>
public class RoiBudgetProperties
{
    const long MaxCount = 1_000_000_000_000;

    /// <summary>0 to 1,000,000 in micros, leaning on the edges.</summary>
    static readonly Gen<decimal> Amount = Gen.Frequency(
        (1, Gen.Constant(0m)),
        (1, Gen.Constant(1_000_000m)),
        (1, Gen.Constant(0.000001m)),
        (6, from whole in Gen.Choose(0, 1_000_000) from micros in Gen.Choose(0, 999_999) select Math.Min(whole + micros / 1_000_000m, 1_000_000m)));

    /// <summary>0 to 10^12, leaning on the edges.</summary>
    static readonly Gen<long> Count = Gen.Frequency(
        (1, Gen.Constant(0L)),
        (1, Gen.Constant(MaxCount)),
        (6, from high in Gen.Choose(0, 1_000_000) from low in Gen.Choose(0, 999_999) select Math.Min(high * 1_000_000L + low, MaxCount)));

    static readonly Gen<decimal> Rate = Gen.Frequency(
        (1, Gen.Constant(0m)),
        (1, Gen.Constant(1m)),
        (1, Gen.Constant(0.000001m)),
        (6, Gen.Choose(0, 1_000_000).Select(micros => micros / 1_000_000m)));

    static readonly Gen<int> Days = Gen.Frequency((1, Gen.Constant(1)), (1, Gen.Constant(366)), (4, Gen.Choose(1, 3660)));

    static Gen<T?> Maybe<T>(Gen<T> gen) where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(value => (T?)value)));

    static Gen<decimal?> MaybeValue(Gen<decimal> gen) => Gen.Frequency((1, Gen.Constant<decimal?>(null)), (2, gen.Select(value => (decimal?)value)));

    static readonly Gen<ForecastPoint> Point =
        from maxCpc in Amount
        from clicks in Count
        from cost in Amount
        from costScale in Gen.Elements(1m, 1_000_000m)
        select new ForecastPoint { MaxCpc = maxCpc, Clicks = clicks, Cost = cost * costScale };

    static readonly Gen<GoogleForecast> Forecast =
        from days in Days
        from points in Gen.ListOf(Point)
        select new GoogleForecast { Days = days, Points = points.Take(8).ToList() };

    static readonly Gen<ReportTraffic> Report =
        from clicks in Count
        from impressions in Count
        from cost in Amount
        from days in Days
        from share in MaybeValue(Rate)
        from censored in Gen.Elements(false, true)
        select new ReportTraffic
        {
            Clicks = clicks, Impressions = Math.Max(clicks, impressions), Cost = cost, Days = days,
            SearchImpressionShare = share, ImpressionShareCensored = censored,
        };

    static readonly Gen<RoiBudgetKeyword> Keyword =
        from cpc in Amount
        from rate in Rate
        from customerValue in Amount
        from forecast in Maybe(Forecast)
        from report in Maybe(Report)
        from searches in Gen.Frequency((1, Gen.Constant<long?>(null)), (2, Count.Select(value => (long?)value)))
        from clickThroughRate in MaybeValue(Rate)
        from low in MaybeValue(Amount)
        from high in MaybeValue(Amount)
        select new RoiBudgetKeyword
        {
            Keyword = "k", Cpc = cpc, ConversionRate = rate, Epc = customerValue * rate, Forecast = forecast, Report = report,
            MonthlySearches = searches, ClickThroughRate = clickThroughRate, LowTopOfPageBid = low, HighTopOfPageBid = high,
        };

    static readonly Gen<(RoiBudgetSettings, List<RoiBudgetKeyword>)> Plan =
        from customerValue in Amount
        from rate in Rate
        from margin in MaybeValue(Gen.Choose(0, 999_999).Select(micros => micros / 1_000_000m))
        from clickThroughRate in Rate
        from currency in Gen.Elements("USD", "JPY", "KWD", "CLF")
        from keywords in Gen.ListOf(Keyword)
        select (new RoiBudgetSettings
        {
            Currency = currency, CustomerValue = customerValue, ConversionRate = rate, TargetMargin = margin, ClickThroughRate = clickThroughRate,
        }, keywords.Take(20).ToList());

    [Property(MaxTest = 300)]
    public Property AnyPlanWithinTheLimitsGivesABudget() => Prop.ForAll(Arb.From(Plan), plan =>
    {
        var (settings, keywords) = plan;
        var budget = RoiBudgetCalculator.Calculate(settings, keywords);
        return budget.Keywords.Count == keywords.Count
               && budget.MonthlyBudget >= 0
               && budget.LosingKeywords.Count == budget.Keywords.Count(line => line.Verdict == Verdict.Unprofitable)
               && budget.Keywords.All(line => (line.TrafficBasis == TrafficBasis.None) == (line.Clicks is null));
    });

    [Property(MaxTest = 300)]
    public Property TheRecommendedPointHasTheMostProfitOnItsCurve() => Prop.ForAll(Arb.From(Plan), plan =>
    {
        var curve = RoiBudgetCalculator.Calculate(plan.Item1, plan.Item2).Curve;
        return curve.Recommended is not { } recommended
               || (recommended.Profit > 0 && curve.Points.All(point => point.Profit <= recommended.Profit));
    });

    [Property(MaxTest = 300)]
    public Property TheBudgetIsTheSpendOfTheProfitableLines() => Prop.ForAll(Arb.From(Plan), plan =>
    {
        var budget = RoiBudgetCalculator.Calculate(plan.Item1, plan.Item2);
        var bought = budget.Keywords.Where(line => line is { Verdict: Verdict.Profitable, Spend: not null }).Sum(line => line.Spend!.Value);
        // Each line is rounded on its own, the total once: they differ by at most half a minor unit a line.
        var halfUnit = Currency.FromCode(plan.Item1.Currency).MinorUnit / 2;
        return Math.Abs(bought - budget.MonthlyBudget) <= (budget.Keywords.Count + 1) * halfUnit;
    });

    /// <summary>Figures beyond the limits are clamped to them, so even those give a budget.</summary>
    [Property(MaxTest = 500)]
    public bool AnyFiguresAtAllGiveABudget(decimal cpc, decimal rate, decimal epc, long searches, decimal? clickThroughRate,
        decimal? low, decimal? high, long clicks, int days, decimal? share, decimal maxCpc, decimal forecastClicks, decimal cost)
    {
        var keyword = new RoiBudgetKeyword
        {
            Keyword = "k", Cpc = cpc, ConversionRate = rate, Epc = epc, MonthlySearches = searches, ClickThroughRate = clickThroughRate,
            LowTopOfPageBid = low, HighTopOfPageBid = high,
            Report = new ReportTraffic { Clicks = clicks, Days = days, SearchImpressionShare = share },
        };
        var forecast = new GoogleForecast { Days = days, Points = [new ForecastPoint { MaxCpc = maxCpc, Clicks = forecastClicks, Cost = cost }] };
        var budget = RoiBudgetCalculator.Calculate(new RoiBudgetSettings { CustomerValue = epc, ConversionRate = rate, ClickThroughRate = rate },
            [keyword, keyword with { Report = null }, keyword with { Forecast = forecast }]);
        return budget.Keywords.Count == 3 && budget.MonthlyBudget >= 0;
    }

    [Fact]
    public void TheLargestFiguresStillGiveABudget()
    {
        var forecast = new GoogleForecast
        {
            Days = 1,
            Points = [new ForecastPoint { MaxCpc = 1_000_000m, Clicks = MaxCount, Cost = decimal.MaxValue }, new ForecastPoint { MaxCpc = 0.000001m, Clicks = 0.000001m, Cost = 0 }],
        };
        var keyword = new RoiBudgetKeyword
        {
            Keyword = "k", Cpc = 0.000001m, ConversionRate = 1m, Epc = 1_000_000m,
            Report = new ReportTraffic { Clicks = MaxCount, Days = 1, SearchImpressionShare = 0.000001m },
            MonthlySearches = long.MaxValue, LowTopOfPageBid = 0, HighTopOfPageBid = 1_000_000m,
        };
        var budget = RoiBudgetCalculator.Calculate(new RoiBudgetSettings { CustomerValue = 1_000_000m, ConversionRate = 1m },
            [.. Enumerable.Repeat(keyword, 1000), .. Enumerable.Repeat(keyword with { Forecast = forecast }, 1000)]);

        Assert.True(budget.MonthlyBudget > 0);
        Assert.Equal(CurveBasis.GoogleForecast, budget.Curve.Basis);
    }
}
