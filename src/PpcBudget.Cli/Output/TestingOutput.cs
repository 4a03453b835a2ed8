using PpcBudget.Core.Testing;

namespace PpcBudget.Cli.Output;

static class TestingOutput
{
    public static Sheet ForPeople(TestingBudget budget, string planName) => new(
        $"Testing budget for {planName} ({budget.Currency}, {budget.Months} {(budget.Months == 1 ? "month" : "months")})",
        [new("Keyword"), new("CPC", true), new("Conversion rate", true), new("Cost per sale", true), new("Clicks needed", true), new("Test cost", true)],
        budget.Keywords.Select(line => (IReadOnlyList<string>)
            [line.Keyword, Show.Amount(line.Cpc), Show.Rate(line.ConversionRate), Show.Amount(line.CostPerSale), Show.Amount(line.ClicksNeeded), Show.Amount(line.TestCost)])
            .ToList(),
        [
            ["Total", "", "", "", "", Show.Amount(budget.Total)],
            ["Monthly budget", "", "", "", "", Show.Amount(budget.MonthlyBudget)],
            ["Daily budget", "", "", "", "", Show.Amount(budget.DailyBudget)],
        ],
        [
            new("Schedule", [string.Join(", ", budget.Schedule.Select(month => $"month {month.Month}: {Show.Amount(month.Budget)}"))]),
            new("Warnings", budget.Warnings),
        ]);
}
