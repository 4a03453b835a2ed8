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
            new("Notes", report.Keywords.Where(line => line.Note is not null).Select(line => $"{line.Keyword}: {line.Note}").ToList()),
            new("Warnings", report.Warnings),
        ]);
}
