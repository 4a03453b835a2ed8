using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Checks;

/// <summary>A plan to check against its committed baseline, with how much it may move and hard limits.</summary>
public sealed record BudgetCheckRequest
{
    /// <summary>Today's plan.</summary>
    public BudgetPlan? Plan { get; init; }

    /// <summary>The committed results to compare with (the contents of <c>budget.lock.json</c>).</summary>
    public BudgetBaseline? Baseline { get; init; }

    /// <summary>How much a cost may grow before it is a regression, as a fraction: 0.05 is 5 %. Default 0: any growth.</summary>
    /// <example>0.05</example>
    [Rate(AllowAboveOne = true, Noun = "tolerance")]
    public decimal? Tolerance { get; init; }

    /// <summary>Hard limits on today's budget.</summary>
    public CheckBounds? Bounds { get; init; }
}
