using PpcBudget.Core.Imports;

namespace PpcBudget.Core.Tests.Imports;

public class EuropeanSpreadsheetTests
{
    [Fact]
    public void ASemicolonPlanWithDecimalCommasReadsAsItsCommaTwin()
    {
        var comma = Fixtures.Read("plan.csv");
        var semicolon = Fixtures.Read("plan (semicolon).csv");

        Assert.Equal((';', ','), (semicolon.Separator, semicolon.DecimalSeparator));
        Assert.Equal(comma.Keywords, semicolon.Keywords);
        Assert.Contains(semicolon.Notes, note => note.Contains("decimal comma", StringComparison.Ordinal));
    }

    [Fact]
    public void ASemicolonReportWithDecimalCommasAndDottedThousandsReadsAsItsCommaTwin()
    {
        var comma = Fixtures.Read("Search keyword report.csv");
        var semicolon = Fixtures.Read("Search keyword report (semicolon).csv");

        Assert.Equal(comma.Keywords, semicolon.Keywords);
        Assert.Equal(1226, semicolon.Keyword("mold clean up services").Clicks);
    }

    [Fact]
    public void ANumberThatReadsEitherWayIsRefusedNamingTheSeparator()
    {
        var refused = Fixtures.Refused("keyword;cpc\ncoffee;1.250\ntea;2\n");

        var problem = Assert.Single(refused.Problems);
        Assert.Equal((2, "cpc"), (problem.Line, problem.Column));
        Assert.Contains("';'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'1.250'", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('.', "1.25")]
    [InlineData(',', "1250")]
    public void TheDecimalSeparatorCanBeGivenForAFileThatCannotSay(char decimalSeparator, string cpc)
    {
        var reading = KeywordFile.Read("keyword;cpc\ncoffee;1.250\n"u8, new KeywordFileOptions { DecimalSeparator = decimalSeparator });

        Assert.Equal(decimal.Parse(cpc, CultureInfo.InvariantCulture), reading.Keywords[0].Cpc);
    }

    [Fact]
    public void ADecimalPointInAFileOfDecimalCommasIsAProblemNotAThousandfoldCpc()
    {
        var refused = Fixtures.Refused("keyword;cpc\ncoffee;2,90\ntea;3.10\n");

        var problem = Assert.Single(refused.Problems);
        Assert.Equal((3, "cpc"), (problem.Line, problem.Column));
        Assert.Contains("'3.10'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("';' (semicolons)", problem.Message, StringComparison.Ordinal);
        Assert.Contains("decimals after ','", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASemicolonFileWithDecimalPointsIsReadWithDecimalPoints()
    {
        var reading = Fixtures.ReadText("keyword;cpc\ncoffee;2.90\n");

        Assert.Equal(('.', 2.90m), (reading.DecimalSeparator, reading.Keywords[0].Cpc!.Value));
    }

    [Fact]
    public void ASemicolonFileReadWithCommasIsRefusedNamingTheSeparatorItSaw()
    {
        var refused = Fixtures.Refused("keyword;cpc\ncoffee;2,90\n", new KeywordFileOptions { Separator = ',' });

        Assert.Contains("',' (commas)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeaderSeparatedByBothCommasAndSemicolonsIsRefused()
    {
        var refused = Fixtures.Refused("keyword;cpc,clicks\ncoffee;2,90\n");

        Assert.Contains("both ','", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FrenchSpacesBetweenThousandsAndPercentsWithADecimalCommaAreRead()
    {
        var reading = Fixtures.ReadText("Keyword;Clicks;Cost;Search impr. share\ncafé;1 234;2 345,60;15,04 %\n");

        var keyword = reading.Keywords[0];
        Assert.Equal((1234L, 2345.60m, 0.1504m), (keyword.Clicks!.Value, keyword.Cost!.Value, keyword.SearchImpressionShare!.Value));
    }
}
