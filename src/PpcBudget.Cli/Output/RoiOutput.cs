using PpcBudget.Core.Roi;

namespace PpcBudget.Cli.Output;

static class RoiOutput
{
    public static Sheet ForPeople(RoiReport report, string planName) => new(
        $"ROI for {planName} ({report.Currency}): a customer is worth {Show.Amount(report.CustomerValue)}, "
        + $"a click earns {Show.Amount(report.Epc)} at {Show.Rate(report.ConversionRate)}"
        + (report.RecommendedCpc is { } recommended ? $"; bid at most {Show.Amount(recommended)} to keep the target margin" : ""),
        [
            new("Keyword"), new("CPC", true), new("Conversion rate", true), new("Rate from"), new("EPC", true),
            new("Profit per click", true), new("ROAS", true), new("Break-even rate", true), new("Conservative EPC", true), new("Verdict"),
        ],
        report.Keywords.Select(line => (IReadOnlyList<string>)
        [
            line.Keyword, Show.Amount(line.Cpc), Show.Rate(line.ConversionRate), Show.Name(line.ConversionRateSource), Show.Amount(line.Epc),
            Show.Amount(line.ProfitPerClick), Show.Amount(line.Roas), Show.Rate(line.BreakEvenConversionRate), Show.Amount(line.ConservativeEpc),
            Show.Name(line.Verdict),
        ]).ToList(),
        [],
        [
            new("Budget", Budget(report)),
            new("Notes", report.Keywords.Where(line => line.Note is not null).Select(line => $"{line.Keyword}: {line.Note}").ToList()),
            new("Warnings", report.Warnings),
        ]);

    /// <summary>How much to spend: the month's budget, what it buys, and where the next dollar stops paying.</summary>
    static List<string> Budget(RoiReport report)
    {
        if (report.Budget is not { } budget)
            return [];
        var lines = new List<string>
        {
            $"monthly budget {Show.Amount(budget.MonthlyBudget)}, daily {Show.Amount(budget.DailyBudget)} ({budget.DailyBudgetNote})",
            $"buys {Show.Amount(budget.Conversions)} conversions worth {Show.Amount(budget.Value)}: profit {Show.Amount(budget.Profit)}, ROAS {Show.Amount(budget.Roas)}",
        };
        lines.AddRange(budget.Keywords.Select(line =>
            $"{line.Keyword}: {Show.Name(line.TrafficBasis)}, {Show.Amount(line.Clicks)} clicks, spend {Show.Amount(line.Spend)}, profit {Show.Amount(line.Profit)}"));
        lines.AddRange(budget.LosingKeywords.Select(line =>
            $"{line.Keyword} loses money at {Show.Amount(line.Cpc)}: breaks even at {Show.Amount(line.BreakEvenCpc)}"
            + (line.TargetCpc is { } target ? $", bid {Show.Amount(target)} for the target margin" : "")));
        lines.Add($"spend curve ({Show.Name(budget.Curve.Basis)}): {budget.Curve.Note}");
        lines.AddRange(budget.Curve.Points.Select(point =>
            $"max CPC {Show.Amount(point.MaxCpc)}: {Show.Amount(point.Clicks)} clicks, cost {Show.Amount(point.Cost)}, profit {Show.Amount(point.Profit)}, marginal CPC {Show.Amount(point.MarginalCpc)}"));
        if (budget.Curve.Recommended is { } best)
            lines.Add($"recommended max CPC {Show.Amount(best.MaxCpc)}: profit {Show.Amount(best.Profit)}; the last dollar earns {Show.Amount(best.LastDollarEarns)}");
        return lines;
    }
}
