using PpcBudget.Core.Plans;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PpcBudget.Core.Money;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Tests.Testing;

public class TestingBudgetProperties
{
    static decimal Cents(int cents) => cents / 100m;

    [Property(MaxTest = 500)]
    public bool ScheduleAlwaysAddsBackUpToTheTotal(PositiveInt cents, PositiveInt monthsSeed, bool yen)
    {
        var currency = Currency.FromCode(yen ? "JPY" : "USD");
        var total = currency.Round(Cents(cents.Get));
        var months = monthsSeed.Get % 120 + 1;

        var schedule = MonthlySchedule.Split(total, months, currency);

        return schedule.Count == months
               && schedule.Sum(row => row.Budget) == total
               && schedule.Max(row => row.Budget) - schedule.Min(row => row.Budget) <= currency.MinorUnit
               && schedule.Select(row => row.Budget).SequenceEqual(schedule.Select(row => row.Budget).OrderDescending());
    }

    [Property(MaxTest = 300)]
    public bool ScheduleOfAWholePlanAddsUpToItsTotal(NonEmptyArray<PositiveInt> cpcCents, PositiveInt monthsSeed)
    {
        var budget = TestingBudgetCalculator.Calculate(new TestingPlan
        {
            Months = monthsSeed.Get % 120 + 1,
            ConversionRate = 0.03m,
            Keywords = cpcCents.Get.Select((c, i) => new PlanKeyword { Keyword = $"k{i}", Cpc = Cents(c.Get % 100_000) }).ToList(),
        });

        return budget.Schedule.Sum(row => row.Budget) == budget.Total;
    }

    [Property(MaxTest = 300)]
    public bool CostGrowsWithCpc(PositiveInt lowerCents, PositiveInt extraCents)
    {
        var lower = Cents(lowerCents.Get % 100_000);
        var higher = lower + Cents(extraCents.Get % 100_000);
        return CostPerSale(higher, 0.01m) >= CostPerSale(lower, 0.01m)
               && CostPerSale(higher + 0.01m, 0.01m) > CostPerSale(lower, 0.01m);
    }

    [Property(MaxTest = 300)]
    public bool CostFallsAsTheConversionRateRises(PositiveInt cpcCents, PositiveInt rateA, PositiveInt rateB)
    {
        var cpc = Cents(cpcCents.Get % 100_000);
        var (low, high) = (Math.Min(rateA.Get % 10_000, rateB.Get % 10_000) + 1, Math.Max(rateA.Get % 10_000, rateB.Get % 10_000) + 1);
        return CostPerSale(cpc, low / 10_000m) >= CostPerSale(cpc, high / 10_000m);
    }

    static decimal CostPerSale(decimal cpc, decimal rate) =>
        TestingBudgetCalculator.Calculate(new TestingPlan { ConversionRate = rate, Keywords = [new() { Keyword = "k", Cpc = cpc }] })
            .Keywords.Single().CostPerSale;
}
