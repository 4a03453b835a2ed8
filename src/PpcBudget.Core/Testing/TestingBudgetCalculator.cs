using PpcBudget.Core.Money;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Testing;

/// <summary>The testing phase: what it costs to get the wanted sales from each keyword, spread over the months allotted.</summary>
public static class TestingBudgetCalculator
{
    /// <summary>Google Ads turns a monthly budget into a daily one with an average month of 30.4 days.</summary>
    public const decimal DaysPerMonth = 30.4m;

    /// <summary>Calculates a validated plan (see <see cref="TestingPlanValidator"/>); every keyword must carry a CPC.</summary>
    public static TestingBudget Calculate(TestingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var currency = Currency.FromCode(plan.Currency);
        var planRate = plan.ConversionRate ?? Rates.DefaultConversionRate;
        var months = plan.Months ?? 1;
        var salesWanted = plan.SalesPerKeyword ?? 1;
        var keywords = plan.Keywords ?? [];

        var lines = new KeywordTestCost[keywords.Count];
        var total = 0m;
        for (var i = 0; i < keywords.Count; i++)
        {
            var keyword = keywords[i];
            var cpc = keyword.Cpc ?? throw new ArgumentException($"Keyword '{keyword.Keyword}' has no CPC.", nameof(plan));
            var rate = keyword.ConversionRate ?? planRate;
            var costPerSale = cpc / rate;
            var testCost = costPerSale * salesWanted;
            total += testCost;
            lines[i] = new KeywordTestCost
            {
                Keyword = keyword.Keyword ?? "",
                Cpc = cpc,
                ConversionRate = rate,
                CostPerSale = currency.Round(costPerSale),
                ClicksNeeded = Math.Round(salesWanted / rate, 2, MidpointRounding.AwayFromZero),
                TestCost = currency.Round(testCost),
            };
        }

        var monthly = total / months;
        var roundedTotal = currency.Round(total);
        return new TestingBudget
        {
            Currency = currency.Code,
            Keywords = lines,
            Total = roundedTotal,
            Months = months,
            MonthlyBudget = currency.Round(monthly),
            DailyBudget = currency.Round(monthly / DaysPerMonth),
            Schedule = MonthlySchedule.Split(roundedTotal, months, currency),
            Warnings = TestingWarnings.For(keywords),
        };
    }
}
