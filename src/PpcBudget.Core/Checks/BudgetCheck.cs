using PpcBudget.Core.Json;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;
using static System.FormattableString;

namespace PpcBudget.Core.Checks;

/// <summary>
/// Compares today's results of a plan with its committed baseline. Only growth is a regression: a cost that grew by
/// more than the tolerance, a bound exceeded, a keyword that turned unprofitable. Savings are reported, never failed.
/// </summary>
public static class BudgetCheck
{
    /// <summary>Calculates the plan of a validated request (see <see cref="BudgetCheckRequestValidator"/>) and compares.</summary>
    public static BudgetCheckReport Run(BudgetCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = request.Plan ?? throw new ArgumentException("The request has no plan.", nameof(request));
        var baseline = request.Baseline ?? throw new ArgumentException("The request has no baseline.", nameof(request));
        var testing = TestingBudgetCalculator.Calculate(plan.ToTestingPlan());
        var roi = plan.HasRoiSettings() ? RoiCalculator.Calculate(plan.ToRoiPlan()) : null;
        return Compare(baseline, BudgetBaseline.From(testing, roi), request.Tolerance ?? 0, request.Bounds);
    }

    public static BudgetCheckReport Compare(BudgetBaseline before, BudgetBaseline after, decimal tolerance, CheckBounds? bounds)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var currency = after.Currency ?? before.Currency ?? "";
        var total = AmountChanges.Between(before.Total, after.Total);
        var monthly = AmountChanges.Between(before.MonthlyBudget, after.MonthlyBudget);
        var keywords = KeywordMatching.Pair(before.Keywords ?? [], after.Keywords ?? []);
        var toleranceText = AmountChanges.Percent(tolerance, signed: false);
        var regressions = BoundsExceeded(after, bounds, currency);

        if (AmountChanges.GrewBeyond(total, tolerance))
            regressions.Add(ToleranceExceeded(null, "The total test budget", total, currency, toleranceText));
        // With the same months the monthly budget moves exactly as the total does; saying so twice is noise.
        if (before.Months != after.Months && AmountChanges.GrewBeyond(monthly, tolerance))
            regressions.Add(ToleranceExceeded(null, "The monthly budget", monthly, currency, toleranceText));
        foreach (var keyword in keywords)
        {
            if (AmountChanges.GrewBeyond(keyword.TestCost, tolerance))
                regressions.Add(ToleranceExceeded(keyword.Keyword, $"{keyword.Keyword}: the test cost", keyword.TestCost, currency, toleranceText));
            if (keyword.VerdictAfter == Verdict.Unprofitable && keyword.VerdictBefore != Verdict.Unprofitable)
                regressions.Add(new Regression
                {
                    Kind = RegressionKind.TurnedUnprofitable,
                    Keyword = keyword.Keyword,
                    Message = Invariant($"{keyword.Keyword}: a click at {keyword.CpcAfter} {currency} now costs more than it earns")
                            + (keyword.VerdictBefore is { } was ? $" (it was {JsonNames.Of(was)})." : " (it is new)."),
                });
        }

        return new BudgetCheckReport
        {
            Passed = regressions.Count == 0,
            Currency = currency,
            Tolerance = tolerance,
            Bounds = bounds,
            Total = total,
            MonthlyBudget = monthly,
            RoiBudget = before.RoiBudget is null && after.RoiBudget is null ? null : AmountChanges.Between(before.RoiBudget, after.RoiBudget),
            Keywords = keywords,
            Regressions = regressions,
            Notes = Notes(before, after),
        };
    }

    static List<Regression> BoundsExceeded(BudgetBaseline after, CheckBounds? bounds, string currency)
    {
        var regressions = new List<Regression>();
        if (bounds?.MaxMonthly is { } maxMonthly && after.MonthlyBudget > maxMonthly)
            regressions.Add(new Regression
            {
                Kind = RegressionKind.MaxMonthlyExceeded,
                Message = Invariant($"The monthly budget of {after.MonthlyBudget} {currency} is above the maximum of {maxMonthly} {currency}."),
            });
        if (bounds?.MaxRoiBudget is { } maxRoiBudget && after.RoiBudget > maxRoiBudget)
            regressions.Add(new Regression
            {
                Kind = RegressionKind.MaxRoiBudgetExceeded,
                Message = Invariant($"The ROI budget of {after.RoiBudget} {currency} a month is above the maximum of {maxRoiBudget} {currency}."),
            });
        if (bounds?.MaxTotal is { } maxTotal && after.Total > maxTotal)
            regressions.Add(new Regression
            {
                Kind = RegressionKind.MaxTotalExceeded,
                Message = Invariant($"The total test budget of {after.Total} {currency} is above the maximum of {maxTotal} {currency}."),
            });
        return regressions;
    }

    static Regression ToleranceExceeded(string? keyword, string what, AmountChange change, string currency, string tolerance) => new()
    {
        Kind = RegressionKind.ToleranceExceeded,
        Keyword = keyword,
        Message = Invariant($"{what} rose from {change.Before} to {change.After} {currency} ")
                + (change.RelativeChange is { } relative ? $"({AmountChanges.Percent(relative, signed: true)})" : "(from nothing)")
                + $", more than the {tolerance} tolerance.",
    };

    static List<string> Notes(BudgetBaseline before, BudgetBaseline after)
    {
        var notes = new List<string>();
        if (before.Months != after.Months)
            notes.Add(Invariant($"The test now runs over {after.Months} months instead of {before.Months}, which moves the monthly budget."));
        if (after.Keywords?.All(keyword => keyword.Verdict is null) == true)
            notes.Add("The plan has no ROI settings (customerValue or averageSale), so no keyword was judged for profit.");
        return notes;
    }
}
