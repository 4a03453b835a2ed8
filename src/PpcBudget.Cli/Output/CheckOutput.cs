using PpcBudget.Core.Checks;

namespace PpcBudget.Cli.Output;

static class CheckOutput
{
    public static Sheet ForPeople(BudgetCheckReport report, string planName, string baselineName) => new(
        $"Budget check of {planName} against {baselineName}: "
        + (report.Passed ? "passed" : $"{report.Regressions.Count} {(report.Regressions.Count == 1 ? "regression" : "regressions")}")
        + $" ({report.Currency}, tolerance {Show.Rate(report.Tolerance)})",
        [
            new("Keyword"), new("Status"), new("CPC", true), new("Before", true), new("After", true),
            new("Change", true), new("% change", true), new("Verdict"),
        ],
        report.Keywords.Select(line => (IReadOnlyList<string>)
        [
            line.Keyword, Show.Name(line.Status), Show.Move(Show.Amount(line.CpcBefore), Show.Amount(line.CpcAfter)),
            Show.Amount(line.TestCost.Before), Show.Amount(line.TestCost.After), Show.SignedAmount(line.TestCost.Change),
            Show.SignedRate(line.TestCost.RelativeChange), Show.Move(Show.Name(line.VerdictBefore), Show.Name(line.VerdictAfter)),
        ]).ToList(),
        [Summary("Total", report.Total), Summary("Monthly budget", report.MonthlyBudget), .. (report.RoiBudget is { } roiBudget ? new[] { Summary("ROI budget", roiBudget) } : [])],
        [
            new("Regressions", report.Regressions.Select(regression => regression.Message).ToList()),
            new("Bounds", Bounds(report.Bounds, report.Currency)),
            new("Notes", report.Notes),
        ]);

    static List<string> Summary(string name, AmountChange amount) =>
        [name, "", "", Show.Amount(amount.Before), Show.Amount(amount.After), Show.SignedAmount(amount.Change), Show.SignedRate(amount.RelativeChange), ""];

    static List<string> Bounds(CheckBounds? bounds, string currency)
    {
        var lines = new List<string>();
        if (bounds?.MaxMonthly is { } maxMonthly)
            lines.Add($"monthly budget at most {Show.Amount(maxMonthly)} {currency}");
        if (bounds?.MaxTotal is { } maxTotal)
            lines.Add($"total at most {Show.Amount(maxTotal)} {currency}");
        if (bounds?.MaxRoiBudget is { } maxRoiBudget)
            lines.Add($"ROI budget at most {Show.Amount(maxRoiBudget)} {currency} a month");
        return lines;
    }
}
