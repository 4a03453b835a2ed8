namespace PpcBudget.Core.Checks;

/// <summary>Hard limits on today's budget, whatever the baseline says.</summary>
public sealed record CheckBounds
{
    /// <summary>The most the monthly budget may be.</summary>
    /// <example>5000</example>
    public decimal? MaxMonthly { get; init; }

    /// <summary>The most the total test budget may be.</summary>
    /// <example>20000</example>
    public decimal? MaxTotal { get; init; }

    /// <summary>The most the ROI phase's monthly budget (the spend that buys every profitable keyword's traffic) may be.</summary>
    /// <example>10000</example>
    public decimal? MaxRoiBudget { get; init; }
}
