using PpcBudget.Core.Estimates;

namespace PpcBudget.Core.Roi;

/// <summary>The ROI phase: what a click is worth (EPC) and whether each keyword's CPC is below it.</summary>
public static class RoiCalculator
{
    /// <summary>
    /// Calculates a validated plan (see <see cref="RoiPlanValidator"/>). A keyword without a CPC takes it from
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
        return run.Finish(lines);
    }
}
