using PpcBudget.Core.Tables;

namespace PpcBudget.Core.Tests.Tables;

public class TableTextTests
{
    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\tcoffee", "'\tcoffee")]
    [InlineData("\rcoffee", "'\rcoffee")]
    public void FormulaLikeTextIsNeutralised(string cell, string safe) => Assert.Equal(safe, TableText.Safe(cell));

    [Theory]
    [InlineData("-2.5")]
    [InlineData("+3")]
    [InlineData("coffee shop")]
    [InlineData("")]
    public void NumbersAndPlainTextAreLeftAlone(string cell) => Assert.Equal(cell, TableText.Safe(cell));

    [Theory]
    [InlineData(TableDelimiter.Comma, "keyword,cpc\r\n\"'=HYPERLINK(\"\"x\"\")\",-1.5\r\n")]
    [InlineData(TableDelimiter.Tab, "keyword\tcpc\r\n\"'=HYPERLINK(\"\"x\"\")\"\t-1.5\r\n")]
    public void EveryFormatWritesTheSafeCell(TableDelimiter delimiter, string expected)
    {
        var table = new Table(["keyword", "cpc"], [["=HYPERLINK(\"x\")", "-1.5"]]);

        Assert.Equal(expected, TableText.Write(table, delimiter));
    }
}
