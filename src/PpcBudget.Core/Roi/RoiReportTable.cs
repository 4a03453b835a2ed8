using PpcBudget.Core.Tables;

namespace PpcBudget.Core.Roi;

/// <summary>An ROI report as spreadsheet rows; the last row holds the plan-wide figures and how many keywords pay.</summary>
public static class RoiReportTable
{
    public static readonly IReadOnlyList<string> Header =
    [
        "keyword", "cpc", "cpcSource", "conversionRate", "conversionRateSource", "epc", "profitPerClick", "roas",
        "breakEvenConversionRate", "verdict", "conversionRateLower", "conversionRateUpper", "conservativeEpc",
    ];

    public static IReadOnlyList<string?> Row(KeywordReturn line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return
        [
            line.Keyword, Cells.Of(line.Cpc), Cells.Of(line.CpcSource), Cells.Of(line.ConversionRate), Cells.Of(line.ConversionRateSource),
            Cells.Of(line.Epc), Cells.Of(line.ProfitPerClick), Cells.Of(line.Roas), Cells.Of(line.BreakEvenConversionRate), Cells.Of(line.Verdict),
            Cells.Of(line.ConversionRateInterval?.Lower), Cells.Of(line.ConversionRateInterval?.Upper), Cells.Of(line.ConservativeEpc),
        ];
    }

    /// <summary>A keyword left out for want of a CPC: listed, with no figures.</summary>
    public static IReadOnlyList<string?> SkippedRow(string keyword) => [keyword, null, "skipped", null, null, null, null, null, null, null, null, null, null];

    public static IReadOnlyList<string?> TotalRow(RoiReport report, long profitable, long keywords)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            "TOTAL", null, null, Cells.Of(report.ConversionRate), "plan", Cells.Of(report.Epc), null, null, null,
            $"{profitable} of {keywords} profitable", null, null, null,
        ];
    }

    public static Table For(RoiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var profitable = report.Keywords.Count(line => line.Verdict == Verdict.Profitable);
        return new Table(Header, report.Keywords.Select(Row).Concat(report.SkippedKeywords.Select(SkippedRow))
            .Append(TotalRow(report, profitable, report.Keywords.Count)));
    }
}
