using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Plans;

/// <summary>
/// A whole budget plan, as kept in a plan file: the ROI plan with the testing phase's months and sales per keyword, so
/// each phase reads its part and the same validators and calculators run.
/// </summary>
public sealed record BudgetPlan : RoiPlan
{
    /// <summary>Testing: months the test budget is spread over, 1 to 120. Default 1.</summary>
    /// <example>4</example>
    public int? Months { get; init; }

    /// <summary>Testing: sales each keyword must bring before its test is over. Default 1.</summary>
    /// <example>1</example>
    public int? SalesPerKeyword { get; init; }

    /// <summary>The testing phase's part: the settings and keywords, with the ROI phase's observed traffic left to it.</summary>
    public TestingPlan ToTestingPlan() => WithSettingsOn(new TestingPlan
    {
        Months = Months,
        SalesPerKeyword = SalesPerKeyword,
    }) with
    {
        // A null keyword stays null so that the validator names it (keywords[2]) instead of it vanishing.
        Keywords = Keywords?.Select(keyword => keyword is null ? null! : keyword with { Clicks = null, Conversions = null }).ToList(),
    };

    /// <summary>The ROI phase's part: every keyword field but the testing conversion rates it does not use.</summary>
    public RoiPlan ToRoiPlan() => this with
    {
        Keywords = Keywords?.Select(keyword => keyword is null ? null! : keyword with { ConversionRate = null }).ToList(),
    };
}
