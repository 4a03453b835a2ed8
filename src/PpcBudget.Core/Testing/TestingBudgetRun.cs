using PpcBudget.Core.Estimates;
using PpcBudget.Core.Money;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Testing;

/// <summary>
/// One testing-phase calculation, a keyword at a time: each line as it is added, the total kept in full precision and
/// rounded once at the end. A plan of a million keywords goes through without holding its lines.
/// </summary>
public sealed class TestingBudgetRun
{
    readonly Currency _currency;
    readonly decimal _planRate;
    readonly int _months;
    readonly int _salesWanted;
    readonly decimal _clickThroughRate;
    readonly CpcBasis _basis;
    readonly decimal _clicksAtPlanRate;
    readonly TestingWarnings _warnings;
    decimal _total;

    /// <param name="settings">A validated plan; its keywords are not read here.</param>
    public TestingBudgetRun(TestingPlan settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _currency = Currency.FromCode(settings.Currency);
        _planRate = settings.ConversionRate ?? Rates.DefaultConversionRate;
        _months = settings.Months ?? 1;
        _salesWanted = settings.SalesPerKeyword ?? 1;
        _clickThroughRate = settings.ClickThroughRate ?? TestingBudgetCalculator.DefaultClickThroughRate;
        _basis = settings.CpcBasis ?? CpcBasis.Average;
        _clicksAtPlanRate = _salesWanted / _planRate;
        _warnings = new TestingWarnings(_months);
    }

    public string CurrencyCode => _currency.Code;

    /// <summary>Prices one keyword; without a CPC of its own it takes the estimate's (the caller made sure there is one).</summary>
    public KeywordTestCost Add(PlanKeyword keyword, CpcEstimate? estimate = null)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        var (cpc, cpcSource, monthlySearches) = PricedKeyword.From(keyword, estimate, _basis, keyword.MonthlySearches);
        var rate = keyword.ConversionRate ?? _planRate;
        var costPerSale = cpc / rate;
        var testCost = costPerSale * _salesWanted;
        var clicksNeeded = rate == _planRate ? _clicksAtPlanRate : _salesWanted / rate;
        _total += testCost;

        var line = new KeywordTestCost
        {
            Keyword = keyword.Keyword ?? "",
            Cpc = cpc,
            CpcSource = cpcSource,
            ConversionRate = rate,
            CostPerSale = _currency.Round(costPerSale),
            ClicksNeeded = Math.Round(clicksNeeded, 2, MidpointRounding.AwayFromZero),
            TestCost = _currency.Round(testCost),
            MonthlySearches = monthlySearches,
            MonthsNeeded = monthlySearches > 0
                ? Math.Round(clicksNeeded / (monthlySearches.Value * _clickThroughRate), 2, MidpointRounding.AwayFromZero)
                : null,
        };
        _warnings.Check(line);
        return line;
    }

    /// <summary>The budget for everything added so far; <paramref name="lines"/> is what the answer lists (empty when streamed).</summary>
    public TestingBudget Finish(IReadOnlyList<KeywordTestCost> lines)
    {
        var monthly = _total / _months;
        var roundedTotal = _currency.Round(_total);
        return new TestingBudget
        {
            Currency = _currency.Code,
            Keywords = lines,
            Total = roundedTotal,
            Months = _months,
            MonthlyBudget = _currency.Round(monthly),
            DailyBudget = _currency.Round(monthly / TestingBudgetCalculator.DaysPerMonth),
            Schedule = MonthlySchedule.Split(roundedTotal, _months, _currency),
            Warnings = _warnings.All,
        };
    }
}
