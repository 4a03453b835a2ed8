using System.Text.Json.Serialization;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Tables;

namespace PpcBudget.Core.Checks;

/// <summary>Today's results next to the baseline's, and every way they broke the rules.</summary>
public sealed record BudgetCheckReport : ITabular
{
    public Table ToTable() => BudgetCheckTable.For(this);

    /// <summary>True when there is no regression.</summary>
    /// <example>true</example>
    public required bool Passed { get; init; }

    /// <summary>ISO 4217 code of every amount in this report.</summary>
    /// <example>USD</example>
    public required string Currency { get; init; }

    /// <summary>The tolerance applied, as a fraction: 0.05 is 5 %.</summary>
    /// <example>0.05</example>
    public required decimal Tolerance { get; init; }

    /// <summary>The hard limits applied, when any were given.</summary>
    public CheckBounds? Bounds { get; init; }

    /// <summary>The total test budget, before and after.</summary>
    public required AmountChange Total { get; init; }

    /// <summary>The monthly budget, before and after.</summary>
    public required AmountChange MonthlyBudget { get; init; }

    /// <summary>The ROI phase's monthly budget, before and after; absent when neither side has one.</summary>
    public AmountChange? RoiBudget { get; init; }

    /// <summary>Each keyword's test cost, before and after: today's keywords in the plan's order, then those removed since.</summary>
    public required IReadOnlyList<KeywordChange> Keywords { get; init; }

    /// <summary>Why the check failed; empty when it passed.</summary>
    public required IReadOnlyList<Regression> Regressions { get; init; }

    /// <summary>Things worth knowing that are not regressions.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}

/// <summary>An amount before and after.</summary>
public sealed record AmountChange
{
    /// <summary>The baseline's amount; absent for something new.</summary>
    /// <example>595.00</example>
    public decimal? Before { get; init; }

    /// <summary>Today's amount; absent for something removed.</summary>
    /// <example>655.00</example>
    public decimal? After { get; init; }

    /// <summary>After − before, a missing side counting as 0.</summary>
    /// <example>60.00</example>
    public required decimal Change { get; init; }

    /// <summary>
    /// Change ÷ before, as a fraction to four places (0.1008 is 10.08 %); absent when there was nothing before. A larger
    /// change than ±1,000,000,000,000 (10^14 %) is given as that bound.
    /// </summary>
    /// <example>0.1008</example>
    public decimal? RelativeChange { get; init; }

    /// <summary>The largest relative change reported; beyond it the figure is the bound itself.</summary>
    public const decimal MaxRelativeChange = 1_000_000_000_000m;
}

/// <summary>One keyword's test cost and verdict, before and after.</summary>
public sealed record KeywordChange
{
    /// <example>coffee shop</example>
    public required string Keyword { get; init; }

    /// <example>changed</example>
    public required KeywordStatus Status { get; init; }

    /// <example>2.90</example>
    public decimal? CpcBefore { get; init; }

    /// <example>3.50</example>
    public decimal? CpcAfter { get; init; }

    /// <summary>The test cost, before and after.</summary>
    public required AmountChange TestCost { get; init; }

    /// <example>profitable</example>
    public Verdict? VerdictBefore { get; init; }

    /// <example>unprofitable</example>
    public Verdict? VerdictAfter { get; init; }
}

/// <summary>How a keyword compares with the baseline.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KeywordStatus>))]
public enum KeywordStatus
{
    [JsonStringEnumMemberName("unchanged")] Unchanged,
    [JsonStringEnumMemberName("changed")] Changed,

    /// <summary>In the plan, not in the baseline.</summary>
    [JsonStringEnumMemberName("added")] Added,

    /// <summary>In the baseline, no longer in the plan.</summary>
    [JsonStringEnumMemberName("removed")] Removed,
}

/// <summary>One reason a check failed.</summary>
public sealed record Regression
{
    /// <example>tolerance-exceeded</example>
    public required RegressionKind Kind { get; init; }

    /// <summary>The keyword concerned; absent when the regression is about the whole budget.</summary>
    /// <example>coffee shop</example>
    public string? Keyword { get; init; }

    /// <summary>What happened, with the figures.</summary>
    /// <example>coffee shop: the test cost rose from 290.00 to 350.00 USD (+20.69 %), more than the 5 % tolerance.</example>
    public required string Message { get; init; }
}

/// <summary>What kind of rule a regression broke.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RegressionKind>))]
public enum RegressionKind
{
    /// <summary>The monthly budget is above <c>bounds.maxMonthly</c>.</summary>
    [JsonStringEnumMemberName("max-monthly-exceeded")] MaxMonthlyExceeded,

    /// <summary>The total is above <c>bounds.maxTotal</c>.</summary>
    [JsonStringEnumMemberName("max-total-exceeded")] MaxTotalExceeded,

    /// <summary>The ROI phase's monthly budget is above <c>bounds.maxRoiBudget</c>.</summary>
    [JsonStringEnumMemberName("max-roi-budget-exceeded")] MaxRoiBudgetExceeded,

    /// <summary>A cost grew by more than the tolerance.</summary>
    [JsonStringEnumMemberName("tolerance-exceeded")] ToleranceExceeded,

    /// <summary>A keyword that was not unprofitable in the baseline (or is new) is unprofitable now.</summary>
    [JsonStringEnumMemberName("turned-unprofitable")] TurnedUnprofitable,
}
