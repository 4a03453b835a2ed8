using System.Text.Json;
using PpcBudget.Core.Imports;
using PpcBudget.Core.Json;

namespace PpcBudget.Core.Tests.Imports;

public class KeywordFileReadingTests
{
    [Theory]
    [InlineData(KeywordFileFormat.KeywordPlanner, "keywordPlanner")]
    [InlineData(KeywordFileFormat.GoogleAdsKeywordReport, "googleAdsKeywordReport")]
    [InlineData(KeywordFileFormat.GoogleAdsSearchTermsReport, "googleAdsSearchTermsReport")]
    [InlineData(KeywordFileFormat.MicrosoftAdsKeywordReport, "microsoftAdsKeywordReport")]
    [InlineData(KeywordFileFormat.Plan, "plan")]
    public void FormatsHaveTheirJsonNames(KeywordFileFormat format, string name) =>
        Assert.Equal(name, JsonNames.Of(format));

    [Fact]
    public void AReadingSerialisesWithItsDateRangeDaysAndSkippedRows()
    {
        var json = JsonSerializer.Serialize(Fixtures.Read("Search terms report.csv"), StrictJson.Options);

        Assert.Contains("\"format\":\"googleAdsSearchTermsReport\"", json, StringComparison.Ordinal);
        Assert.Contains("\"dateRange\":{\"start\":\"2026-04-01\",\"end\":\"2026-04-30\",\"days\":30}", json, StringComparison.Ordinal);
        Assert.Contains("\"matchType\":\"exactCloseVariant\"", json, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"total\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ADateLineItCannotReadLeavesTheDaysUnknownAndSaysSo()
    {
        var reading = Fixtures.ReadText("Search keyword report\n1. Mai 2026 - 8. Mai 2026\nKeyword,Clicks,Cost\nmold,3,6.00\n");

        Assert.Null(reading.DateRange);
        Assert.Contains(reading.Notes, note => note.Contains("'1. Mai 2026 - 8. Mai 2026'", StringComparison.Ordinal));
    }
}
