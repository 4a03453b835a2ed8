using PpcBudget.Core.Estimates;

namespace PpcBudget.Core.Testing;

/// <summary>The testing phase: what it costs to get the wanted sales from each keyword, spread over the months allotted.</summary>
public static class TestingBudgetCalculator
{
    /// <summary>Google Ads turns a monthly budget into a daily one with an average month of 30.4 days.</summary>
    public const decimal DaysPerMonth = 30.4m;

    /// <summary>Share of searches that click an ad, when the plan does not say.</summary>
    public const decimal DefaultClickThroughRate = 0.01m;

    /// <summary>
    /// Calculates a validated plan (see <see cref="Plans.TestingPlanValidator"/>). A keyword without a CPC takes it from
    /// <paramref name="estimates"/>, which lines up with the plan's keywords (null where there is none).
    /// </summary>
    public static TestingBudget Calculate(TestingPlan plan, IReadOnlyList<CpcEstimate?>? estimates = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var run = new TestingBudgetRun(plan);
        var keywords = plan.Keywords ?? [];
        var lines = new KeywordTestCost[keywords.Count];
        for (var i = 0; i < keywords.Count; i++)
            lines[i] = run.Add(keywords[i], estimates?[i]);
        return run.Finish(lines);
    }
}
