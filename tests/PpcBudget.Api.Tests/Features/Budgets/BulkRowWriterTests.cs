using System.Buffers;
using System.Text;
using PpcBudget.Api.Features.Budgets.Bulk;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Tables;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Tests.Features.Budgets;

/// <summary>The million-row path writes testing rows cell by cell; they must be the bytes the table's own rows give.</summary>
public sealed class BulkRowWriterTests
{
    public static TheoryData<string, decimal, decimal, long?, decimal?> Lines() => new()
    {
        { "coffee shop", 2.90m, 0.01m, 1200, 8.33m },
        { "=HYPERLINK(\"x\")", 0m, 1m, null, null },
        { "-5", -2.5m, 0.025m, 0, null },
        { "+tab\tand, comma", 123456789.123456789m, 0.0000001m, long.MaxValue, 0.01m },
        { "\"quoted\"\r\nline", 0.30m, 0.02m, -1, -0.5m },
        { "", 1m, 0.5m, null, 79228162514264337593543950335m },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void SameBytesAsTheTableRow(string keyword, decimal cpc, decimal rate, long? searches, decimal? months)
    {
        var line = new KeywordTestCost
        {
            Keyword = keyword, Cpc = cpc, CpcSource = CpcSource.Request, ConversionRate = rate, CostPerSale = cpc / rate,
            ClicksNeeded = 1 / rate, TestCost = -cpc / rate, MonthlySearches = searches, MonthsNeeded = months,
        };
        foreach (var delimiter in new[] { TableDelimiter.Comma, TableDelimiter.Tab })
        {
            var expected = new StringBuilder();
            TableText.AppendRow(expected, TestingBudgetTable.Row(line), delimiter);
            var fromStrings = new ArrayBufferWriter<byte>();
            TableText.WriteRow(fromStrings, TestingBudgetTable.Row(line), delimiter);
            var cellByCell = new ArrayBufferWriter<byte>();
            var row = new Utf8TableRow(cellByCell, delimiter);
            BulkShapes.WriteTestingRow(line, row);
            BulkShapes.WriteTestingRow(line, row);

            Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(fromStrings.WrittenSpan));
            Assert.Equal(expected.ToString() + expected, Encoding.UTF8.GetString(cellByCell.WrittenSpan));
        }
    }
}
