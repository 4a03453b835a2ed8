using System.Text.Json.Serialization;

namespace PpcBudget.Core.Imports;

/// <summary>Which download a keyword file is, recognised from its content.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KeywordFileFormat>))]
public enum KeywordFileFormat
{
    /// <summary>Keyword Planner's "Keyword Stats" download (keyword ideas or historical metrics).</summary>
    [JsonStringEnumMemberName("keywordPlanner")] KeywordPlanner,

    /// <summary>Google Ads "Search keyword report".</summary>
    [JsonStringEnumMemberName("googleAdsKeywordReport")] GoogleAdsKeywordReport,

    /// <summary>Google Ads "Search terms report": one row per search that triggered an ad.</summary>
    [JsonStringEnumMemberName("googleAdsSearchTermsReport")] GoogleAdsSearchTermsReport,

    /// <summary>Microsoft Advertising keyword performance report.</summary>
    [JsonStringEnumMemberName("microsoftAdsKeywordReport")] MicrosoftAdsKeywordReport,

    /// <summary>PpcBudget's own plan: keyword,cpc[,conversionRate,monthlySearches,clicks,conversions].</summary>
    [JsonStringEnumMemberName("plan")] Plan,
}

/// <summary>How a keyword was matched to searches, as a report names it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KeywordMatchType>))]
public enum KeywordMatchType
{
    [JsonStringEnumMemberName("exact")] Exact,

    /// <summary>A search term that matched an exact keyword as a close variant (misspelling, plural…).</summary>
    [JsonStringEnumMemberName("exactCloseVariant")] ExactCloseVariant,

    [JsonStringEnumMemberName("phrase")] Phrase,

    /// <summary>A search term that matched a phrase keyword as a close variant.</summary>
    [JsonStringEnumMemberName("phraseCloseVariant")] PhraseCloseVariant,

    [JsonStringEnumMemberName("broad")] Broad,
}

/// <summary>Why a row of the file gives no keyword.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SkipReason>))]
public enum SkipReason
{
    /// <summary>A report's "Total: …" row.</summary>
    [JsonStringEnumMemberName("total")] Total,

    /// <summary>A row with figures but no keyword.</summary>
    [JsonStringEnumMemberName("blankKeyword")] BlankKeyword,

    /// <summary>A Keyword Planner row without the top-of-page bid the CPC basis needs, left out on request.</summary>
    [JsonStringEnumMemberName("noBid")] NoBid,
}

/// <summary>What a keyword file held, in the same shape whichever download it was.</summary>
public sealed record KeywordFileReading
{
    public required KeywordFileFormat Format { get; init; }

    /// <summary>ISO 4217 code of every amount, when the file names it.</summary>
    /// <example>USD</example>
    public string? Currency { get; init; }

    /// <summary>The days a report or a planner download covers, when the file says.</summary>
    public ReportDateRange? DateRange { get; init; }

    /// <summary>The character between cells: ',', ';' or a tab.</summary>
    public required char Separator { get; init; }

    /// <summary>The character before a number's decimals: '.' or ','.</summary>
    public required char DecimalSeparator { get; init; }

    /// <summary>Data rows read after the header, skipped ones included (blank lines and a report's footer are not rows).</summary>
    public required int Rows { get; init; }

    /// <summary>One entry per keyword (per keyword and match type for reports, whose ad groups are added together).</summary>
    public required IReadOnlyList<ImportedKeyword> Keywords { get; init; }

    public required IReadOnlyList<SkippedRow> SkippedRows { get; init; }

    /// <summary>Sentences about how the file was read that a person should know, such as rows added together.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}

/// <summary>A row of the file that gives no keyword, and why.</summary>
/// <param name="Line">1-based line of the file where the row starts.</param>
/// <param name="Keyword">The keyword cell as sent, when the row has one.</param>
/// <param name="Reason">Why the row gives no keyword.</param>
/// <param name="Message">The reason in a sentence, for the answer's warnings.</param>
public sealed record SkippedRow(int Line, string? Keyword, SkipReason Reason, string Message);

/// <summary>The first and last day a file's figures cover, both included.</summary>
public sealed record ReportDateRange(DateOnly Start, DateOnly End)
{
    /// <summary>Days covered, counting both ends: 1 to 31 March is 31 days.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;
}

/// <summary>
/// One keyword as the file gives it. Which figures are present depends on the format: a planner download gives bids,
/// searches and competition; a report gives what a test observed (clicks, cost, conversions); a plan gives what was typed.
/// </summary>
public sealed record ImportedKeyword
{
    /// <summary>1-based line of the file where the keyword's (first) row starts.</summary>
    public required int Line { get; init; }

    /// <summary>
    /// The keyword as sent, case and spaces untouched. Only a report's match-type notation is taken off:
    /// <c>[mold removal]</c> and <c>"mold removal"</c> read as <c>mold removal</c> with <see cref="MatchType"/> exact or phrase.
    /// </summary>
    public required string Keyword { get; init; }

    public KeywordMatchType? MatchType { get; init; }

    /// <summary>
    /// What a click costs, in the file's currency: from a planner's top-of-page range by the CPC basis, cost ÷ clicks
    /// in a report, the cpc column of a plan. Null when the file does not say (see <see cref="NoCpcReason"/>), never 0 for unknown.
    /// </summary>
    public decimal? Cpc { get; init; }

    /// <summary>Why <see cref="Cpc"/> is null.</summary>
    public string? NoCpcReason { get; init; }

    /// <summary>Keyword Planner's low top-of-page bid (20th percentile).</summary>
    public decimal? LowTopOfPageBid { get; init; }

    /// <summary>Keyword Planner's high top-of-page bid (80th percentile).</summary>
    public decimal? HighTopOfPageBid { get; init; }

    public long? MonthlySearches { get; init; }

    /// <summary>
    /// The monthly searches are one of Keyword Planner's buckets (0, 50, 500, 5,000, 50,000, 500,000) given to accounts
    /// with little spend instead of a figure: the true volume is anywhere in the bucket's range.
    /// </summary>
    public bool SearchesApproximate { get; init; }

    /// <summary>Keyword Planner's competition as sent: Low, Medium, High or Unknown.</summary>
    public string? Competition { get; init; }

    /// <summary>Keyword Planner's competition from 0 to 100.</summary>
    public int? CompetitionIndex { get; init; }

    public long? Clicks { get; init; }

    public long? Impressions { get; init; }

    public decimal? Cost { get; init; }

    /// <summary>Conversions; fractional under data-driven attribution.</summary>
    public decimal? Conversions { get; init; }

    public decimal? ConversionValue { get; init; }

    /// <summary>A plan's own conversion rate for this keyword, as a fraction.</summary>
    public decimal? ConversionRate { get; init; }

    /// <summary>
    /// Search impression share as a fraction. A report that only says "&lt; 10%" or "&gt; 90%" gives the top of that
    /// range (0.10, 1.00), so clicks ÷ share never overstates the traffic there is to buy.
    /// </summary>
    public decimal? SearchImpressionShare { get; init; }

    /// <summary>The report gave a bound ("&lt; 10%", "&gt; 90%"), not a figure, for the impression share.</summary>
    public bool SearchImpressionShareCensored { get; init; }

    /// <summary>Rows of the file added together into this keyword (its ad groups and campaigns in a report).</summary>
    public required int RowsSummed { get; init; }
}
