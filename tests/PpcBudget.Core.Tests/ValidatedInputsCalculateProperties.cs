using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PpcBudget.Core.Checks;
using PpcBudget.Core.Money;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Tests;

/// <summary>
/// Whatever the validators accept calculates without an exception: plans drawn with every figure at, near or between
/// the validators' bounds (a micro, the largest CPC, a rate of one in a million, 120 months, a million sales) and with
/// up to thousands of keywords, so that sums and ratios reach their largest. A plan the validators refuse is skipped.
/// </summary>
public class ValidatedInputsCalculateProperties
{
    const int Runs = 300;

    static Gen<decimal> Between(decimal low, decimal high) =>
        Gen.OneOf(
            Gen.Elements(low, high, low + Limits.SmallestAmount, high - Limits.SmallestAmount, low / 2 + high / 2),
            Gen.Choose(0, 1_000_000).Select(step => Math.Round(low + (high - low) / 1_000_000m * step, 6)),
            Gen.Choose(-6, 9).Select(power => Math.Clamp(Pow10(power), low, high)));

    static decimal Pow10(int power) => power >= 0 ? Enumerable.Repeat(10m, power).Aggregate(1m, (a, b) => a * b)
                                                  : Enumerable.Repeat(0.1m, -power).Aggregate(1m, (a, b) => a * b);

    static Gen<decimal?> Optional(Gen<decimal> values) => Gen.OneOf(Gen.Constant<decimal?>(null), values.Select(value => (decimal?)value));

    static readonly Gen<decimal> Cpcs = Gen.OneOf(Gen.Constant(0m), Between(Limits.SmallestAmount, Limits.MaxCpc));
    static readonly Gen<decimal> ConversionRates = Between(Rates.MinimumConversionRate, 1m);
    static readonly Gen<decimal> Money = Between(Limits.SmallestAmount, Limits.MaxMoney);
    static readonly Gen<string> Currencies = Gen.Elements("USD", "JPY", "KWD", "CLF");
    static readonly Gen<int> Months = Gen.OneOf(Gen.Elements(Limits.MinMonths, Limits.MaxMonths), Gen.Choose(Limits.MinMonths, Limits.MaxMonths));
    static readonly Gen<int> Sales = Gen.OneOf(Gen.Elements(1, Limits.MaxSalesPerKeyword), Gen.Choose(1, Limits.MaxSalesPerKeyword));

    /// <summary>How many times a plan's few drawn keywords are repeated: a large count makes totals reach their largest.</summary>
    static readonly Gen<int> Repeats = Gen.Elements(1, 1, 2, 10, 1_000, 10_000);

    static Gen<IReadOnlyList<T>> Keywords<T>(Gen<T> keyword) =>
        from few in Gen.ListOf(keyword).Where(list => list.Count is > 0 and <= 5)
        from repeats in Repeats
        select (IReadOnlyList<T>)Enumerable.Range(0, repeats).SelectMany(_ => few).ToList();

    static readonly Gen<PlanKeyword> PlanKeywords =
        from index in Gen.Choose(0, 3)
        from cpc in Cpcs
        from rate in Optional(ConversionRates)
        from clicks in Gen.OneOf(Gen.Constant<long?>(null), Gen.Elements<long?>(0, 1, 1_000, long.MaxValue))
        from share in Gen.Elements(0m, 0.5m, 1m)
        select new PlanKeyword
        {
            Keyword = $"keyword {index}",
            Cpc = cpc,
            ConversionRate = rate,
            Clicks = clicks,
            Conversions = clicks is { } n ? (long)(n * share) : null,
        };

    static readonly Gen<BudgetPlan> Plans =
        from currency in Currencies
        from rate in Optional(ConversionRates)
        from months in Months
        from sales in Sales
        from roi in Gen.Elements(0, 1, 2)
        from value in Money
        from cost in Optional(Between(0m, Limits.MaxMoney))
        from margin in Optional(Between(0m, 0.999999m))
        from keywords in Keywords(PlanKeywords)
        select new BudgetPlan
        {
            Currency = currency,
            ConversionRate = rate,
            Months = months,
            SalesPerKeyword = sales,
            CustomerValue = roi == 1 ? value : null,
            AverageSale = roi == 2 ? value : null,
            FulfillmentCost = roi == 2 ? cost : null,
            TargetMargin = roi > 0 ? margin : null,
            Keywords = keywords,
        };

    static readonly Gen<BudgetBaseline> Baselines =
        from currency in Currencies
        from months in Months
        from total in Gen.OneOf(Gen.Constant(0m), Money)
        from monthly in Gen.OneOf(Gen.Constant(0m), Money)
        from keywords in Keywords(
            from index in Gen.Choose(0, 5)
            from cpc in Cpcs
            from cost in Gen.OneOf(Gen.Constant(0m), Money)
            from verdict in Gen.Elements<Verdict?>(null, Verdict.Profitable, Verdict.BreakEven, Verdict.Unprofitable)
            select new BaselineKeyword { Keyword = $"keyword {index}", Cpc = cpc, TestCost = cost, Verdict = verdict })
        select new BudgetBaseline { Currency = currency, Months = months, Total = total, MonthlyBudget = monthly, Keywords = keywords };

    static readonly Gen<BudgetCheckRequest> Checks =
        from plan in Plans
        from baseline in Baselines
        from tolerance in Optional(Between(0m, Tolerance.Max))
        from maxMonthly in Optional(Money)
        from maxTotal in Optional(Money)
        select new BudgetCheckRequest
        {
            // The same currency as the baseline, or the check is refused before anything is calculated.
            Plan = plan with { Currency = baseline.Currency, Keywords = plan.Keywords!.Select(k => k with { Cpc = k.Cpc ?? 1m }).ToList() },
            Baseline = baseline,
            Tolerance = tolerance,
            Bounds = maxMonthly is null && maxTotal is null ? null : new CheckBounds { MaxMonthly = maxMonthly, MaxTotal = maxTotal },
        };

    static readonly TestingPlanValidator TestingRules = new();
    static readonly RoiPlanValidator RoiRules = new();
    static readonly BudgetCheckRequestValidator CheckRules = new();

    [Property(MaxTest = Runs)]
    public Property EveryValidTestingPlanCalculates() => Prop.ForAll(Plans.ToArbitrary(), plan =>
    {
        var testing = plan.ToTestingPlan();
        if (!TestingRules.Validate(testing).IsValid)
            return true;
        var budget = TestingBudgetCalculator.Calculate(testing);
        return budget.Schedule.Sum(month => month.Budget) == budget.Total;
    });

    [Property(MaxTest = Runs)]
    public Property EveryValidRoiPlanCalculates() => Prop.ForAll(Plans.Where(plan => plan.HasRoiSettings()).ToArbitrary(), plan =>
    {
        var roi = plan.ToRoiPlan();
        if (!RoiRules.Validate(roi).IsValid)
            return true;
        var report = RoiCalculator.Calculate(roi);
        return report.Keywords.Count == roi.Keywords!.Count && report.Epc == report.MaxCpc;
    });

    [Property(MaxTest = Runs)]
    public Property EveryValidCheckCalculates() => Prop.ForAll(Checks.ToArbitrary(), request =>
    {
        if (!CheckRules.Validate(request).IsValid)
            return true;
        var report = BudgetCheck.Run(request);
        return report.Passed == (report.Regressions.Count == 0);
    });

    [Property(MaxTest = Runs)]
    public Property EveryValidEpcCalculates() => Prop.ForAll(Money.ToArbitrary(), ConversionRates.ToArbitrary(),
        (customerValue, rate) => Epc.Of(customerValue, rate) <= customerValue);

    /// <summary>The largest total a plan can reach (a million rows, each at its largest cost) splits in every currency.</summary>
    [Property(MaxTest = Runs)]
    public Property ScheduleSplitsEveryTotalAPlanCanReach() => Prop.ForAll(
        Gen.OneOf(Between(0m, Limits.MaxCpc / Rates.MinimumConversionRate * Limits.MaxSalesPerKeyword * 1_000_000)).ToArbitrary(),
        Months.ToArbitrary(), Currencies.ToArbitrary(), (amount, months, code) =>
        {
            var currency = Currency.FromCode(code);
            var total = currency.Round(amount);
            var schedule = MonthlySchedule.Split(total, months, currency);
            return schedule.Count == months && schedule.Sum(month => month.Budget) == total;
        });

    /// <summary>The case the outside battery found: a check of a plan at its largest against a baseline of one micro.</summary>
    [Fact]
    public void ACheckFromAMicroToTheLargestPlanReportsItsGrowth()
    {
        var request = new BudgetCheckRequest
        {
            Plan = new BudgetPlan
            {
                ConversionRate = Rates.MinimumConversionRate,
                SalesPerKeyword = Limits.MaxSalesPerKeyword,
                Keywords = Enumerable.Range(0, 1_000).Select(i => new PlanKeyword { Keyword = $"k{i}", Cpc = Limits.MaxCpc }).ToList(),
            },
            Baseline = new BudgetBaseline
            {
                Currency = "USD", Months = 1, Total = Limits.SmallestAmount, MonthlyBudget = Limits.SmallestAmount,
                Keywords = [new BaselineKeyword { Keyword = "k0", Cpc = Limits.SmallestAmount, TestCost = Limits.SmallestAmount }],
            },
            Tolerance = 0.05m,
        };
        Assert.True(CheckRules.Validate(request).IsValid);

        var report = BudgetCheck.Run(request);

        Assert.False(report.Passed);
        Assert.Contains(report.Regressions, regression => regression.Kind == RegressionKind.ToleranceExceeded && regression.Keyword is null);
    }
}
