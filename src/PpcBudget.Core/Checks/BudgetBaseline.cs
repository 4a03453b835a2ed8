using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Checks;

/// <summary>The committed results of a plan (a <c>budget.lock.json</c>), written by <c>ppc-budget check --update</c>: what the next check compares with.</summary>
/// <remarks>Every field is always written; they are optional here only so that a hand-edited file missing one is reported by name.</remarks>
public sealed record BudgetBaseline
{
    /// <summary>ISO 4217 code of every amount.</summary>
    /// <example>USD</example>
    public string? Currency { get; init; }

    /// <summary>Months the test budget was spread over.</summary>
    /// <example>4</example>
    public int? Months { get; init; }

    /// <summary>Total test budget.</summary>
    /// <example>595.00</example>
    public decimal? Total { get; init; }

    /// <summary>Total ÷ months.</summary>
    /// <example>148.75</example>
    public decimal? MonthlyBudget { get; init; }

    /// <summary>The ROI phase's monthly budget; absent when the plan has no ROI settings.</summary>
    /// <example>320.00</example>
    public decimal? RoiBudget { get; init; }

    /// <summary>One line per keyword, in the plan's order.</summary>
    public IReadOnlyList<BaselineKeyword>? Keywords { get; init; }

    /// <summary>Today's results in baseline form; <paramref name="roi"/> is null when the plan has no ROI settings.</summary>
    public static BudgetBaseline From(TestingBudget testing, RoiReport? roi)
    {
        ArgumentNullException.ThrowIfNull(testing);
        if (roi is not null && roi.Keywords.Count != testing.Keywords.Count)
            throw new ArgumentException("The ROI report must judge the same keywords as the testing budget, in the same order.", nameof(roi));

        return new BudgetBaseline
        {
            Currency = testing.Currency,
            Months = testing.Months,
            Total = testing.Total,
            MonthlyBudget = testing.MonthlyBudget,
            RoiBudget = roi?.MonthlyBudget,
            Keywords = testing.Keywords.Select((line, i) => new BaselineKeyword
            {
                Keyword = line.Keyword,
                Cpc = line.Cpc,
                TestCost = line.TestCost,
                Verdict = roi?.Keywords[i].Verdict,
            }).ToList(),
        };
    }
}

/// <summary>One keyword's committed results.</summary>
public sealed record BaselineKeyword
{
    /// <example>coffee shop</example>
    public string? Keyword { get; init; }

    /// <summary>The CPC the results were computed with, so a diff shows why a cost moved.</summary>
    /// <example>2.90</example>
    public decimal? Cpc { get; init; }

    /// <summary>What testing this keyword costs.</summary>
    /// <example>290.00</example>
    public decimal? TestCost { get; init; }

    /// <summary>Whether the keyword paid; absent when the plan had no ROI settings.</summary>
    /// <example>profitable</example>
    public Verdict? Verdict { get; init; }
}
