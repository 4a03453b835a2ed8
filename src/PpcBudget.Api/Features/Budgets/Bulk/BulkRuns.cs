using PpcBudget.Core.Estimates;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Tables;

namespace PpcBudget.Api.Features.Budgets.Bulk;

/// <summary>One pass of a bulk calculation: prices keywords into lines, keeps the sums a table's total row needs.</summary>
public interface IBulkRun<TLine, TSummary>
{
    TLine Add(PlanKeyword keyword, CpcEstimate? estimate);

    TSummary Finish(IReadOnlyList<string> skipped, IReadOnlyList<string> warnings);

    IReadOnlyList<string?> TotalRow(TSummary summary);
}

/// <summary>What differs between the testing and ROI phases of a CSV plan; the bulk path does the rest.</summary>
public sealed record BulkShape<TLine, TSummary>(
    IReadOnlyList<string> UnusedColumns,
    IReadOnlyList<string> Header,
    Func<TLine, IReadOnlyList<string?>> Row,
    Func<string, IReadOnlyList<string?>> SkippedRow,
    Func<IBulkRun<TLine, TSummary>> NewRun,
    Action<TLine, Utf8TableRow>? WriteRow = null)
    where TSummary : class;

public static class BulkShapes
{
    public static BulkShape<KeywordTestCost, TestingBudget> Testing(TestingPlan settings) => new(
        TestingPlan.UnusedKeywordFields,
        TestingBudgetTable.Header,
        TestingBudgetTable.Row,
        TestingBudgetTable.SkippedRow,
        () => new TestingBulkRun(settings),
        WriteTestingRow);

    /// <summary>
    /// <see cref="TestingBudgetTable.Row"/>, cell by cell with no strings for its numbers: the million-row path's
    /// writer. A test holds the two to the same bytes.
    /// </summary>
    public static void WriteTestingRow(KeywordTestCost line, Utf8TableRow row)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(row);
        row.Text(line.Keyword).Number(line.Cpc).Text(Cells.Of(line.CpcSource)).Number(line.ConversionRate).Number(line.CostPerSale)
            .Number(line.ClicksNeeded).Number(line.TestCost).Number(line.MonthlySearches).Number(line.MonthsNeeded)
            .End();
    }

    public static BulkShape<KeywordReturn, RoiReport> Roi(RoiPlan settings) => new(
        // A streamed plan gets no ROI budget (it needs every line at once), so its searches go unused.
        [.. RoiPlan.UnusedKeywordFields, "monthlySearches"],
        RoiReportTable.Header,
        RoiReportTable.Row,
        RoiReportTable.SkippedRow,
        () => new RoiBulkRun(settings));

    sealed class TestingBulkRun(TestingPlan settings) : IBulkRun<KeywordTestCost, TestingBudget>
    {
        readonly TestingBudgetRun _run = new(settings);
        decimal _clicksNeeded;

        public KeywordTestCost Add(PlanKeyword keyword, CpcEstimate? estimate)
        {
            var line = _run.Add(keyword, estimate);
            _clicksNeeded += line.ClicksNeeded;
            return line;
        }

        public TestingBudget Finish(IReadOnlyList<string> skipped, IReadOnlyList<string> warnings)
        {
            var budget = _run.Finish([]);
            return budget with { SkippedKeywords = skipped, Warnings = [.. warnings, .. budget.Warnings] };
        }

        public IReadOnlyList<string?> TotalRow(TestingBudget summary) => TestingBudgetTable.TotalRow(summary, _clicksNeeded);
    }

    sealed class RoiBulkRun(RoiPlan settings) : IBulkRun<KeywordReturn, RoiReport>
    {
        readonly RoiRun _run = new(settings);
        long _keywords;
        long _profitable;

        public KeywordReturn Add(PlanKeyword keyword, CpcEstimate? estimate)
        {
            var line = _run.Add(keyword, estimate);
            _keywords++;
            _profitable += line.Verdict == Verdict.Profitable ? 1 : 0;
            return line;
        }

        public RoiReport Finish(IReadOnlyList<string> skipped, IReadOnlyList<string> warnings)
        {
            var report = _run.Finish([]);
            return report with { SkippedKeywords = skipped, Warnings = [.. warnings, .. report.Warnings] };
        }

        public IReadOnlyList<string?> TotalRow(RoiReport summary) => RoiReportTable.TotalRow(summary, _profitable, _keywords);
    }
}
