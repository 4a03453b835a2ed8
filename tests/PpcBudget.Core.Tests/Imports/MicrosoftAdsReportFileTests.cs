using PpcBudget.Core.Imports;

namespace PpcBudget.Core.Tests.Imports;

public class MicrosoftAdsReportFileTests
{
    const string Report = "Keyword performance report.csv";

    [Fact]
    public void ReadsThePreambleForTheDateRangeAndLeavesTheFooterOut()
    {
        var reading = Fixtures.Read(Report);

        Assert.Equal(KeywordFileFormat.MicrosoftAdsKeywordReport, reading.Format);
        Assert.Equal(new ReportDateRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30)), reading.DateRange);
        Assert.Equal("USD", reading.Currency);
        Assert.Equal(4, reading.Rows);
        Assert.Empty(reading.SkippedRows);
        Assert.Equal([9, 11, 12], reading.Keywords.Select(k => k.Line));
    }

    [Fact]
    public void SpendAndRevenueReadAsCostAndConversionValueAddedAcrossAdGroups()
    {
        var keyword = Fixtures.Read(Report).Keyword("mold clean up services");

        Assert.Equal(KeywordMatchType.Exact, keyword.MatchType);
        Assert.Equal((400L, 3000L, 1100.00m, 7.5m, 2400.00m), (keyword.Clicks!.Value, keyword.Impressions!.Value, keyword.Cost!.Value,
            keyword.Conversions!.Value, keyword.ConversionValue!.Value));
        Assert.Equal(2.75m, keyword.Cpc);
        Assert.Equal(2, keyword.RowsSummed);
        // Its share is a percent without the sign: 38.12 and 12.40 on 2,140 and 860 impressions.
        Assert.Equal(Math.Round(3000m / (2140m / 0.3812m + 860m / 0.124m), 4), keyword.SearchImpressionShare);
    }

    [Fact]
    public void KeywordsDifferingInCaseAndMatchTypeStayApartAndAsSent()
    {
        var reading = Fixtures.Read(Report);

        Assert.Equal(KeywordMatchType.Phrase, reading.Keyword("mold removal").MatchType);
        Assert.Equal(KeywordMatchType.Broad, reading.Keyword("Mold Removal").MatchType);
    }

    [Fact]
    public void APreambleFollowedByNoKeywordHeaderIsRefusedOnTheLineAfterIt()
    {
        var refused = Fixtures.Refused("\"Report Name: Campaign report\"\n\"Rows: 1\"\n\n\"Campaign\",\"Clicks\"\n\"Mold\",\"3\"\n");

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains("\"Key: Value\" lines", problem.Message, StringComparison.Ordinal);
    }
}
