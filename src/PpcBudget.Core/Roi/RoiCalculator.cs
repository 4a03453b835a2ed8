using PpcBudget.Core.Estimates;

namespace PpcBudget.Core.Roi;

/// <summary>The ROI phase: what a click is worth (EPC) and whether each keyword's CPC is below it.</summary>
public static class RoiCalculator
{
    /// <summary>
    /// Calculates a validated plan (see <see cref="Plans.RoiPlanValidator"/>). A keyword without a CPC takes it from
    /// <paramref name="estimates"/>, which lines up with the plan's keywords (null where there is none).
    /// </summary>
    public static RoiReport Calculate(RoiPlan plan, IReadOnlyList<CpcEstimate?>? estimates = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var run = new RoiRun(plan);
        var keywords = plan.Keywords ?? [];
        var lines = new KeywordReturn[keywords.Count];
        for (var i = 0; i < keywords.Count; i++)
            lines[i] = run.Add(keywords[i], estimates?[i]);
        var report = run.Finish(lines);
        return report with { Budget = Budget.RoiBudgetCalculator.Calculate(BudgetSettings(plan, report), BudgetKeywords(plan, lines, estimates)) };
    }

    static Budget.RoiBudgetSettings BudgetSettings(RoiPlan plan, RoiReport report) => new()
    {
        Currency = report.Currency,
        CustomerValue = report.CustomerValue,
        ConversionRate = report.ConversionRate,
        TargetMargin = plan.TargetMargin,
        ClickThroughRate = plan.ClickThroughRate ?? Budget.RoiBudgetSettings.DefaultClickThroughRate,
    };

    /// <summary>Each judged keyword with what is known of its traffic: its monthly searches and the estimate's top-of-page bids.</summary>
    static List<Budget.RoiBudgetKeyword> BudgetKeywords(RoiPlan plan, KeywordReturn[] lines, IReadOnlyList<CpcEstimate?>? estimates)
    {
        var keywords = plan.Keywords!;
        var budgetKeywords = new List<Budget.RoiBudgetKeyword>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var estimate = estimates?[i];
            budgetKeywords.Add(new Budget.RoiBudgetKeyword
            {
                Keyword = lines[i].Keyword,
                Cpc = lines[i].Cpc,
                ConversionRate = lines[i].ConversionRate,
                Epc = lines[i].Epc,
                MonthlySearches = keywords[i].MonthlySearches ?? estimate?.AvgMonthlySearches,
                MonthlySearchesSource = keywords[i].MonthlySearches is null && estimate?.AvgMonthlySearches is not null ? estimate.Source : null,
                Report = plan.ReportTraffic?.GetValueOrDefault(lines[i].Keyword),
                Forecast = plan.Forecasts?.GetValueOrDefault(lines[i].Keyword),
                LowTopOfPageBid = estimate?.LowTopOfPageBid,
                HighTopOfPageBid = estimate?.HighTopOfPageBid,
            });
        }
        return budgetKeywords;
    }
}
