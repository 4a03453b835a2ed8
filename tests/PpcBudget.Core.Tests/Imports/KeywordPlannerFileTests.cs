using PpcBudget.Core.Estimates;
using PpcBudget.Core.Imports;

namespace PpcBudget.Core.Tests.Imports;

public class KeywordPlannerFileTests
{
    const string Download = "Keyword Stats 2026-06-15 at 21_38_13.csv";

    [Fact]
    public void ReadsTheUtf16TabDownloadWithItsTitleAndDateLines()
    {
        var reading = Fixtures.Read(Download);

        Assert.Equal(KeywordFileFormat.KeywordPlanner, reading.Format);
        Assert.Equal("USD", reading.Currency);
        Assert.Equal(new ReportDateRange(new DateOnly(2025, 6, 1), new DateOnly(2026, 5, 31)), reading.DateRange);
        Assert.Equal(365, reading.DateRange!.Days);
        Assert.Equal('\t', reading.Separator);
        Assert.Equal(5, reading.Rows);
        Assert.Empty(reading.SkippedRows);
        Assert.Equal(["mold removal", "black mold, bathroom", "mold testing kit", "mould inspection", "Mildew Smell"],
            reading.Keywords.Select(k => k.Keyword));
        Assert.Equal([4, 5, 6, 7, 8], reading.Keywords.Select(k => k.Line));
    }

    [Fact]
    public void AverageBasisPricesAKeywordAtTheMidpointOfItsTopOfPageBids()
    {
        var keyword = Fixtures.Read(Download).Keyword("mold removal");

        Assert.Equal(1.24m, keyword.LowTopOfPageBid);
        Assert.Equal(4.87m, keyword.HighTopOfPageBid);
        Assert.Equal(3.055m, keyword.Cpc);
        Assert.Null(keyword.NoCpcReason);
        Assert.Equal(12100, keyword.MonthlySearches);
        Assert.False(keyword.SearchesApproximate);
        Assert.Equal("Medium", keyword.Competition);
        Assert.Equal(41, keyword.CompetitionIndex);
    }

    [Theory]
    [InlineData(CpcBasis.Low, "mold removal", "1.24")]
    [InlineData(CpcBasis.High, "mold removal", "4.87")]
    [InlineData(CpcBasis.Low, "mould inspection", "2.05")]
    [InlineData(CpcBasis.Average, "black mold, bathroom", "1.99")]
    public void CpcBasisPicksTheBidOfTheTopOfPageRange(CpcBasis basis, string keyword, string cpc)
    {
        var reading = Fixtures.Read(Download, new KeywordFileOptions { CpcBasis = basis });

        Assert.Equal(decimal.Parse(cpc, CultureInfo.InvariantCulture), reading.Keyword(keyword).Cpc);
    }

    [Theory]
    [InlineData(CpcBasis.Average, "mold testing kit", "no top-of-page bid")]
    [InlineData(CpcBasis.Average, "mould inspection", "only one of its top-of-page bids")]
    [InlineData(CpcBasis.High, "mould inspection", "no high top-of-page bid")]
    public void AKeywordWithoutTheBidItNeedsHasNoCpcAndSaysWhyNeverZero(CpcBasis basis, string keyword, string reason)
    {
        var read = Fixtures.Read(Download, new KeywordFileOptions { CpcBasis = basis }).Keyword(keyword);

        Assert.Null(read.Cpc);
        Assert.Contains(reason, read.NoCpcReason, StringComparison.Ordinal);
    }

    [Fact]
    public void KeywordsWithoutABidCanBeSkippedWithTheirLineAndReason()
    {
        var reading = Fixtures.Read(Download, new KeywordFileOptions { SkipKeywordsWithoutBid = true });

        Assert.Equal(["mold removal", "black mold, bathroom", "Mildew Smell"], reading.Keywords.Select(k => k.Keyword));
        Assert.Equal(5, reading.Rows);
        Assert.Collection(reading.SkippedRows,
            row => Assert.Equal((6, "mold testing kit", SkipReason.NoBid), (row.Line, row.Keyword, row.Reason)),
            row => Assert.Equal((7, "mould inspection", SkipReason.NoBid), (row.Line, row.Keyword, row.Reason)));
        Assert.All(reading.SkippedRows, row => Assert.Contains("top-of-page bid", row.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ARowShorterThanTheHeaderReadsWithItsMissingCellsEmpty()
    {
        var keyword = Fixtures.Read(Download).Keyword("Mildew Smell");

        Assert.Equal(0.875m, keyword.Cpc);
        Assert.Equal(50, keyword.MonthlySearches);
        Assert.True(keyword.SearchesApproximate);
    }

    [Fact]
    public void BucketedVolumesAreApproximateOnlyWhenEveryMonthIsEmpty()
    {
        var reading = Fixtures.Read("Keyword Stats 2026-06-16 at 09_02_44.csv");

        Assert.Equal(
            [("plumber near me", 50000L, true), ("emergency plumber", 5000L, false), ("plumbing supplies", 0L, true),
             ("boiler repair", 500000L, true), ("drain unblocking", 500L, true), ("tap washer", 1300L, false)],
            reading.Keywords.Select(k => (k.Keyword, k.MonthlySearches!.Value, k.SearchesApproximate)));
        // What rests on them says so: the answer carries the reader's notes as warnings.
        Assert.Contains(reading.Notes, note => note.StartsWith("Monthly searches of 4 keywords are Keyword Planner's rounded buckets", StringComparison.Ordinal)
                                               && note.EndsWith("'plumber near me', 'plumbing supplies', 'boiler repair', 'drain unblocking'.", StringComparison.Ordinal));
    }

    [Fact]
    public void ColumnsAreFoundByNameWhateverTheirOrderAndExtraColumnsAreIgnored()
    {
        var reading = Fixtures.Read("Keyword Stats 2026-06-16 at 09_02_44.csv", new KeywordFileOptions { CpcBasis = CpcBasis.Low });

        Assert.Equal(KeywordFileFormat.KeywordPlanner, reading.Format);
        Assert.Equal("EUR", reading.Currency);
        var keyword = reading.Keyword("plumber near me");
        Assert.Equal((3.95m, 12.40m, 3.95m), (keyword.LowTopOfPageBid!.Value, keyword.HighTopOfPageBid!.Value, keyword.Cpc!.Value));
        Assert.Equal("High", keyword.Competition);
    }

    [Theory]
    [InlineData("Keyword Stats 2026-06-15 at 21_38_13 (Excel).csv")]
    [InlineData("Keyword Stats 2026-06-15 at 21_38_13 (Sheets).csv")]
    public void AFileResavedAsUtf8CommaCsvReadsAsTheDownload(string resaved)
    {
        var download = Fixtures.Read(Download);
        var reading = Fixtures.Read(resaved);

        Assert.Equal(KeywordFileFormat.KeywordPlanner, reading.Format);
        Assert.Equal(',', reading.Separator);
        Assert.Equal(download.Currency, reading.Currency);
        Assert.Equal(download.WithoutLines(), reading.WithoutLines());
    }

    [Fact]
    public void ResavedWithoutTitleLinesItHasNoDateRangeAndItsRowsStartOnLineTwo()
    {
        var reading = Fixtures.Read("Keyword Stats 2026-06-15 at 21_38_13 (Sheets).csv");

        Assert.Null(reading.DateRange);
        Assert.Equal(2, reading.Keywords[0].Line);
    }
}
