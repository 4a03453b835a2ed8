using PpcBudget.Core.Tables;

namespace PpcBudget.Core.Checks;

/// <summary>A check as spreadsheet rows: each keyword's test cost before and after, then the total and monthly budget.</summary>
public static class BudgetCheckTable
{
    public static readonly IReadOnlyList<string> Header =
        ["keyword", "status", "cpcBefore", "cpcAfter", "testCostBefore", "testCostAfter", "change", "relativeChange", "verdictBefore", "verdictAfter"];

    public static Table For(BudgetCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var keywords = report.Keywords.Select(line => (IReadOnlyList<string?>)
        [
            line.Keyword, Cells.Of(line.Status), Cells.Of(line.CpcBefore), Cells.Of(line.CpcAfter),
            Cells.Of(line.TestCost.Before), Cells.Of(line.TestCost.After), Cells.Of(line.TestCost.Change), Cells.Of(line.TestCost.RelativeChange),
            Cells.Of(line.VerdictBefore), Cells.Of(line.VerdictAfter),
        ]);
        return new Table(Header, keywords.Append(Summary("TOTAL", report.Total)).Append(Summary("MONTHLY", report.MonthlyBudget)));
    }

    static IReadOnlyList<string?> Summary(string name, AmountChange amount) =>
        [name, null, null, null, Cells.Of(amount.Before), Cells.Of(amount.After), Cells.Of(amount.Change), Cells.Of(amount.RelativeChange), null, null];
}
