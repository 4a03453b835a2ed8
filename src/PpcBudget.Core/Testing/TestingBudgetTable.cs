using PpcBudget.Core.Tables;

namespace PpcBudget.Core.Testing;

/// <summary>A testing budget as spreadsheet rows; the bulk CSV path writes the same rows one at a time.</summary>
public static class TestingBudgetTable
{
    public static readonly IReadOnlyList<string> Header =
        ["keyword", "cpc", "cpcSource", "conversionRate", "costPerSale", "clicksNeeded", "testCost", "monthlySearches", "monthsNeeded"];

    public static IReadOnlyList<string?> Row(KeywordTestCost line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return [line.Keyword, Cells.Of(line.Cpc), Cells.Of(line.CpcSource), Cells.Of(line.ConversionRate), Cells.Of(line.CostPerSale),
            Cells.Of(line.ClicksNeeded), Cells.Of(line.TestCost), Cells.Of(line.MonthlySearches), Cells.Of(line.MonthsNeeded)];
    }

    /// <summary>A keyword left out for want of a CPC: listed, with no figures.</summary>
    public static IReadOnlyList<string?> SkippedRow(string keyword) => [keyword, null, "skipped", null, null, null, null, null, null];

    /// <param name="budget">The summary.</param>
    /// <param name="clicksNeeded">The sum of the lines' clicks.</param>
    public static IReadOnlyList<string?> TotalRow(TestingBudget budget, decimal clicksNeeded)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return ["TOTAL", null, null, null, null, Cells.Of(clicksNeeded), Cells.Of(budget.Total), null, null];
    }

    public static Table For(TestingBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return new Table(Header,
            budget.Keywords.Select(Row).Concat(budget.SkippedKeywords.Select(SkippedRow))
                .Append(TotalRow(budget, budget.Keywords.Sum(line => line.ClicksNeeded))));
    }
}
