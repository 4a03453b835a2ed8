using PpcBudget.Core.Estimates;
using PpcBudget.Core.Money;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Testing;

/// <summary>The testing phase: what it costs to get the wanted sales from each keyword, spread over the months allotted.</summary>
public static class TestingBudgetCalculator
{
    /// <summary>Google Ads turns a monthly budget into a daily one with an average month of 30.4 days.</summary>
    public const decimal DaysPerMonth = 30.4m;

    /// <summary>Share of searches that click an ad, when the plan does not say.</summary>
    public const decimal DefaultClickThroughRate = 0.01m;

    /// <summary>
    /// Calculates a validated plan (see <see cref="TestingPlanValidator"/>). A keyword without a CPC takes it from
    /// <paramref name="estimates"/>, which lines up with the plan's keywords (null where there is none).
    /// </summary>
    public static TestingBudget Calculate(TestingPlan plan, IReadOnlyList<CpcEstimate?>? estimates = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var currency = Currency.FromCode(plan.Currency);
        var planRate = plan.ConversionRate ?? Rates.DefaultConversionRate;
        var months = plan.Months ?? 1;
        var salesWanted = plan.SalesPerKeyword ?? 1;
        var clickThroughRate = plan.ClickThroughRate ?? DefaultClickThroughRate;
        var basis = plan.CpcBasis ?? CpcBasis.Average;
        var keywords = plan.Keywords ?? [];

        var lines = new KeywordTestCost[keywords.Count];
        var total = 0m;
        for (var i = 0; i < keywords.Count; i++)
        {
            var keyword = keywords[i];
            var (cpc, cpcSource, monthlySearches) = PricedKeyword.From(keyword, estimates?[i], basis, keyword.MonthlySearches);
            var rate = keyword.ConversionRate ?? planRate;
            var costPerSale = cpc / rate;
            var testCost = costPerSale * salesWanted;
            var clicksNeeded = salesWanted / rate;
            total += testCost;
            lines[i] = new KeywordTestCost
            {
                Keyword = keyword.Keyword ?? "",
                Cpc = cpc,
                CpcSource = cpcSource,
                ConversionRate = rate,
                CostPerSale = currency.Round(costPerSale),
                ClicksNeeded = Math.Round(clicksNeeded, 2, MidpointRounding.AwayFromZero),
                TestCost = currency.Round(testCost),
                MonthlySearches = monthlySearches,
                MonthsNeeded = monthlySearches > 0
                    ? Math.Round(clicksNeeded / (monthlySearches.Value * clickThroughRate), 2, MidpointRounding.AwayFromZero)
                    : null,
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
            Warnings = TestingWarnings.For(keywords, lines, months),
        };
    }
}
