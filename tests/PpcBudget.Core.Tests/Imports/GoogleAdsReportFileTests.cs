using PpcBudget.Core.Imports;

namespace PpcBudget.Core.Tests.Imports;

public class GoogleAdsReportFileTests
{
    const string Report = "Search keyword report.csv";

    [Fact]
    public void ReadsTheSearchKeywordReportWithItsDateRangeAndCurrency()
    {
        var reading = Fixtures.Read(Report);

        Assert.Equal(KeywordFileFormat.GoogleAdsKeywordReport, reading.Format);
        Assert.Equal("USD", reading.Currency);
        Assert.Equal(new ReportDateRange(new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 27)), reading.DateRange);
        Assert.Equal(28, reading.DateRange!.Days);
        Assert.Equal(7, reading.Rows);
    }

    [Fact]
    public void RowsOfOneKeywordAndMatchTypeAreAddedAcrossAdGroupsAndTheReadingSaysSo()
    {
        var reading = Fixtures.Read(Report);
        var keyword = reading.Keyword("mold clean up services", KeywordMatchType.Exact);

        Assert.Equal(2, keyword.RowsSummed);
        Assert.Equal(4, keyword.Line);
        Assert.Equal(1126 + 100, keyword.Clicks);
        Assert.Equal(7486 + 1000, keyword.Impressions);
        Assert.Equal(3203.48m + 400.00m, keyword.Cost);
        Assert.Equal(12.00m + 2.50m, keyword.Conversions);
        Assert.Equal(3840.00m + 500.00m, keyword.ConversionValue);
        Assert.Equal(Math.Round(3603.48m / 1226, 6), keyword.Cpc);
        Assert.Contains(reading.Notes, note => note.Contains("added together across campaigns and ad groups", StringComparison.Ordinal));
    }

    [Fact]
    public void ExactAndPhraseNotationIsTakenOffTheKeyword()
    {
        var reading = Fixtures.Read(Report);

        Assert.Equal([("mold clean up services", KeywordMatchType.Exact), ("mold removal", KeywordMatchType.Phrase), ("mold inspection", KeywordMatchType.Broad)],
            reading.Keywords.Select(k => (k.Keyword, k.MatchType!.Value)));
    }

    [Fact]
    public void TotalRowsAreSkippedWhicheverOfTheFirstThreeColumnsHoldsTheLabel()
    {
        var skipped = Fixtures.Read(Report).SkippedRows;

        Assert.Equal([(9, SkipReason.Total), (10, SkipReason.Total), (11, SkipReason.Total)], skipped.Select(row => (row.Line, row.Reason)));
        Assert.Equal(["Total: Account", "Total: Search", "Total: Campaign"],
            skipped.Select(row => row.Message.Split('\'')[1]));
        Assert.Equal([null, "Total: Search", " --"], skipped.Select(row => row.Keyword));
    }

    [Fact]
    public void CensoredImpressionSharesReadAsTheTopOfTheirRange()
    {
        var reading = Fixtures.Read(Report);

        var phrase = reading.Keyword("mold removal");
        Assert.Equal((1.00m, true), (phrase.SearchImpressionShare!.Value, phrase.SearchImpressionShareCensored));
        // "< 10%" on 7,486 impressions reads as 10 %, so the combined share is 8,486 ÷ (7,486 ÷ 0.10 + 1,000 ÷ 0.455).
        var exact = reading.Keyword("mold clean up services");
        Assert.Equal(Math.Round(8486m / (7486m / 0.10m + 1000m / 0.455m), 4), exact.SearchImpressionShare);
        Assert.True(exact.SearchImpressionShareCensored);
    }

    [Fact]
    public void DashesMeanNoneAndAKeywordWithoutClicksHasNoCpc()
    {
        var keyword = Fixtures.Read(Report).Keyword("mold inspection");

        Assert.Null(keyword.SearchImpressionShare);
        Assert.False(keyword.SearchImpressionShareCensored);
        Assert.Equal(0, keyword.Clicks);
        Assert.Null(keyword.Cpc);
        Assert.Contains("no clicks", keyword.NoCpcReason, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuotedCellWithALineBreakKeepsTheLinesOfTheRowsAfterIt()
    {
        var reading = Fixtures.Read(Report);

        Assert.Equal(7, reading.Keyword("mold removal").Line);
        Assert.Equal(8, reading.Keyword("mold inspection").Line);
    }

    [Theory]
    [InlineData("Search keyword report (Excel).csv", '\t')]
    [InlineData("Search keyword report.tsv", '\t')]
    [InlineData("Search keyword report (semicolon).csv", ';')]
    public void EveryEncodingOfTheReportReadsTheSameKeywordsAndNumbers(string twin, char separator)
    {
        var comma = Fixtures.Read(Report);
        var reading = Fixtures.Read(twin);

        Assert.Equal(KeywordFileFormat.GoogleAdsKeywordReport, reading.Format);
        Assert.Equal(separator, reading.Separator);
        Assert.Equal(comma.Keywords, reading.Keywords);
        Assert.Equal(comma.SkippedRows, reading.SkippedRows);
        Assert.Equal(comma.Currency, reading.Currency);
    }

    [Fact]
    public void AnUnquotedDayMonthYearDateLineIsRead()
    {
        var reading = Fixtures.Read("Search keyword report (Excel).csv");

        Assert.Equal(new ReportDateRange(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 8)), reading.DateRange);
        Assert.Equal(8, reading.DateRange!.Days);
    }

    [Fact]
    public void ReadsTheSearchTermsReportPerSearchTermAndMatchType()
    {
        var reading = Fixtures.Read("Search terms report.csv");

        Assert.Equal(KeywordFileFormat.GoogleAdsSearchTermsReport, reading.Format);
        Assert.Equal(30, reading.DateRange!.Days);
        Assert.Equal(
            [("mold cleanup service", KeywordMatchType.ExactCloseVariant, 180L, 1), ("mold clean up services", KeywordMatchType.Exact, 130L, 2),
             ("how to remove mold", KeywordMatchType.PhraseCloseVariant, 25L, 1), ("black mold removal", KeywordMatchType.Broad, 2L, 1)],
            reading.Keywords.Select(k => (k.Keyword, k.MatchType!.Value, k.Clicks!.Value, k.RowsSummed)));
        Assert.Equal(1204, reading.Keyword("mold cleanup service").Impressions);
        Assert.Equal(2.50m, reading.Keyword("mold clean up services").Conversions);
        Assert.Null(reading.Keyword("black mold removal").Conversions);
        Assert.Equal([SkipReason.Total, SkipReason.Total], reading.SkippedRows.Select(row => row.Reason));
    }

    [Fact]
    public void AReportRowWithFiguresButNoKeywordIsSkippedWithItsLine()
    {
        var reading = Fixtures.ReadText(
            "Keyword,Match type,Clicks,Cost\n" +
            "mold removal,Broad match,3,6.00\n" +
            " --,Broad match,2,4.00\n");

        Assert.Equal(2, reading.Rows);
        var skipped = Assert.Single(reading.SkippedRows);
        Assert.Equal((3, " --", SkipReason.BlankKeyword), (skipped.Line, skipped.Keyword, skipped.Reason));
    }

    [Fact]
    public void AMatchTypeItDoesNotKnowIsAProblemNamingTheColumn()
    {
        var refused = Fixtures.Refused("Keyword,Match type,Clicks,Cost\nmold removal,Fuzzy match,3,6.00\n");

        var problem = Assert.Single(refused.Problems);
        Assert.Equal((2, "Match type"), (problem.Line, problem.Column));
        Assert.Contains("'Fuzzy match'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReportInTwoCurrenciesIsRefused()
    {
        var refused = Fixtures.Refused("Keyword,Currency code,Clicks,Cost\na,USD,3,6.00\nb,EUR,2,4.00\n");

        Assert.Contains("EUR and USD", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
    }
}
