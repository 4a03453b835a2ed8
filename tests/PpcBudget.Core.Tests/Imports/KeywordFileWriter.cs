using System.Text;

namespace PpcBudget.Core.Tests.Imports;

/// <summary>A keyword and the figures each format can carry, for writing the same list in every layout.</summary>
public sealed record ListedKeyword(string Keyword, decimal Cpc, long Clicks, decimal Conversions, long MonthlySearches)
{
    public decimal Cost => Cpc * Clicks;
}

/// <summary>Writes a keyword list the way each download or spreadsheet lays it out, byte for byte.</summary>
static class KeywordFileWriter
{
    public sealed record Layout(string Name, char Separator, char DecimalSeparator, Encoding Encoding, bool ByteOrderMark, string NewLine);

    public static readonly Layout CommaUtf8 = new("UTF-8 commas", ',', '.', new UTF8Encoding(false), false, "\n");
    public static readonly Layout ExcelUtf16Tabs = new("UTF-16LE tabs", '\t', '.', new UnicodeEncoding(false, false), true, "\n");
    public static readonly Layout Utf8Tabs = new("UTF-8 tabs", '\t', '.', new UTF8Encoding(false), false, "\r\n");
    public static readonly Layout EuropeanExcel = new("European Excel", ';', ',', new UTF8Encoding(false), true, "\r\n");

    public static byte[] Plan(IReadOnlyList<ListedKeyword> keywords, Layout layout) => Write(layout,
        [Row(layout, "keyword", "cpc", "monthlySearches", "clicks", "conversions"),
         .. keywords.Select(k => Row(layout, k.Keyword, Money(k.Cpc, layout), Plain(k.MonthlySearches), Plain(k.Clicks), Money(k.Conversions, layout)))]);

    public static byte[] KeywordPlanner(IReadOnlyList<ListedKeyword> keywords, Layout layout, bool titles) => Write(layout,
        [.. titles ? new[] { "Keyword Stats 2026-06-15 at 21_38_13", Quoted("June 1, 2025 - May 31, 2026") } : [],
         Row(layout, "Keyword", "Currency", "Avg. monthly searches", "Competition", "Top of page bid (low range)", "Top of page bid (high range)", "Searches: Jun 2025"),
         .. keywords.Select(k => Row(layout, k.Keyword, "USD", Plain(k.MonthlySearches), "Low", Money(k.Cpc, layout), Money(k.Cpc, layout), Plain(k.MonthlySearches)))]);

    public static byte[] SearchKeywordReport(IReadOnlyList<ListedKeyword> keywords, Layout layout) => Write(layout,
        ["Search keyword report", Quoted("March 31, 2026 - April 27, 2026"),
         Row(layout, "Keyword", "Match type", "Campaign", "Ad group", "Impr.", "Currency code", "Cost", "Clicks", "Conversions"),
         .. keywords.Select(k => Row(layout, k.Keyword, "Broad match", "Search", "Group", Count(k.Clicks * 3, layout), "USD", Money(k.Cost, layout), Count(k.Clicks, layout), Money(k.Conversions, layout))),
         Row(layout, "Total: Account", "", "", "", Count(keywords.Sum(k => k.Clicks * 3), layout), "USD", Money(keywords.Sum(k => k.Cost), layout), Count(keywords.Sum(k => k.Clicks), layout), "")]);

    public static byte[] SearchTermsReport(IReadOnlyList<ListedKeyword> keywords, Layout layout) => Write(layout,
        ["Search terms report", Quoted("April 1, 2026 - April 30, 2026"),
         Row(layout, "Search term", "Match type", "Keyword", "Impr.", "Clicks", "Currency code", "Cost", "Conversions"),
         .. keywords.Select(k => Row(layout, k.Keyword, "Exact match (close variant)", "[mold]", Count(k.Clicks * 2, layout), Count(k.Clicks, layout), "USD", Money(k.Cost, layout), Money(k.Conversions, layout))),
         Row(layout, " --", "Total: Account", "", "", "", "USD", "", "")]);

    public static byte[] MicrosoftKeywordReport(IReadOnlyList<ListedKeyword> keywords) => Write(CommaUtf8 with { ByteOrderMark = true, NewLine = "\r\n" },
        [Quoted("Report Name: Keyword performance report"), Quoted("Report Time: 4/1/2026,4/30/2026"), Quoted("Rows: " + keywords.Count), "",
         AllQuoted("Keyword", "Match type", "Impressions", "Clicks", "Spend", "Conversions", "Currency code"),
         .. keywords.Select(k => AllQuoted(k.Keyword, "Phrase", Count(k.Clicks * 4, CommaUtf8), Count(k.Clicks, CommaUtf8), Money(k.Cost, CommaUtf8), Money(k.Conversions, CommaUtf8), "USD")),
         "", Quoted("\u00a92026 Microsoft Corporation. All rights reserved. ")]);

    static byte[] Write(Layout layout, IEnumerable<string> lines)
    {
        var text = string.Join(layout.NewLine, lines) + layout.NewLine;
        return [.. layout.ByteOrderMark ? layout.Encoding.GetPreamble().Length > 0 ? layout.Encoding.GetPreamble() : Bom(layout.Encoding) : [], .. layout.Encoding.GetBytes(text)];
    }

    static byte[] Bom(Encoding encoding) => encoding is UnicodeEncoding ? [0xFF, 0xFE] : [0xEF, 0xBB, 0xBF];

    static string Row(Layout layout, params string[] cells) => string.Join(layout.Separator, cells.Select(cell => Cell(cell, layout.Separator)));

    static string AllQuoted(params string[] cells) => string.Join(',', cells.Select(Quoted));

    static string Cell(string cell, char separator) => cell.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? Quoted(cell) : cell;

    static string Quoted(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    static string Plain(long value) => value.ToString(CultureInfo.InvariantCulture);

    static string Money(decimal value, Layout layout) =>
        value.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', layout.DecimalSeparator);

    /// <summary>A count with thousands separators, as the reports write them: "7,486", or "7.486" with a decimal comma.</summary>
    static string Count(long value, Layout layout) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', layout.DecimalSeparator == ',' ? '.' : ',');
}
