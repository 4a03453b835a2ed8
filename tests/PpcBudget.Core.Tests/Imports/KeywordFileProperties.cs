using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PpcBudget.Core.Imports;
using static PpcBudget.Core.Tests.Imports.KeywordFileWriter;

namespace PpcBudget.Core.Tests.Imports;

public class KeywordFileProperties
{
    [Property(MaxTest = 150, Arbitrary = [typeof(KeywordLists)])]
    public void AKeywordListWrittenInEveryFormatReadsBackToTheSameKeywordsAndNumbers(ListedKeyword[] keywords)
    {
        var plan = keywords.Select(k => (k.Keyword, (decimal?)k.Cpc, (long?)k.Clicks, (decimal?)k.Conversions, (long?)k.MonthlySearches)).ToList();
        var planner = keywords.Select(k => (k.Keyword, (decimal?)k.Cpc, (long?)null, (decimal?)null, (long?)k.MonthlySearches)).ToList();
        var report = keywords.Select(k => (k.Keyword, (decimal?)k.Cpc, (long?)k.Clicks, (decimal?)k.Conversions, (long?)null)).ToList();

        foreach (var layout in new[] { CommaUtf8, EuropeanExcel })
            ReadsBack(plan, Plan(keywords, layout), KeywordFileFormat.Plan, $"plan, {layout.Name}");
        ReadsBack(planner, KeywordPlanner(keywords, ExcelUtf16Tabs, titles: true), KeywordFileFormat.KeywordPlanner, "Keyword Planner download");
        ReadsBack(planner, KeywordPlanner(keywords, CommaUtf8, titles: false), KeywordFileFormat.KeywordPlanner, "Keyword Planner re-saved");
        ReadsBack(planner, KeywordPlanner(keywords, EuropeanExcel, titles: true), KeywordFileFormat.KeywordPlanner, "Keyword Planner, European Excel");
        foreach (var layout in new[] { CommaUtf8, ExcelUtf16Tabs, Utf8Tabs, EuropeanExcel })
            ReadsBack(report, SearchKeywordReport(keywords, layout), KeywordFileFormat.GoogleAdsKeywordReport, $"search keyword report, {layout.Name}");
        ReadsBack(report, SearchTermsReport(keywords, CommaUtf8), KeywordFileFormat.GoogleAdsSearchTermsReport, "search terms report");
        ReadsBack(report, MicrosoftKeywordReport(keywords), KeywordFileFormat.MicrosoftAdsKeywordReport, "Microsoft Advertising report");
    }

    static void ReadsBack(List<(string, decimal?, long?, decimal?, long?)> expected, byte[] file, KeywordFileFormat format, string layout)
    {
        var reading = KeywordFile.Read(file);
        var read = reading.Keywords.Select(k => (k.Keyword, k.Cpc, k.Clicks, k.Conversions, k.MonthlySearches)).ToList();

        Assert.True(reading.Format == format, $"{layout}: read as {reading.Format}");
        Assert.True(expected.SequenceEqual(read), $"{layout}: wrote {string.Join(" | ", expected)}; read {string.Join(" | ", read)}");
    }
}

/// <summary>Keyword lists whose text holds what quoting must survive: separators, quotes, line breaks, accents, edge spaces.</summary>
public static class KeywordLists
{
    static readonly string[] Fragments = ["mold", "Mold Removal", "café crème", "a,b", "say \"hi\"", "x;y", " lead", "trail ", "it's", "über-größe", "line\nbreak", "1.5", "[", "]", "--", "Total"];

    public static Arbitrary<ListedKeyword[]> Lists() =>
        Keyword().NonEmptyListOf()
            .Select(list => list.Select((keyword, index) => keyword with { Keyword = $"{keyword.Keyword} {index}" }).ToArray())
            .ToArbitrary();

    static Gen<ListedKeyword> Keyword() =>
        from parts in Gen.Choose(1, 3).SelectMany(count => Gen.Elements(Fragments).ArrayOf(count))
        from cents in Gen.Choose(1, 10_000_000)
        from clicks in Gen.Choose(1, 2_000_000)
        from hundredthsOfConversions in Gen.Choose(0, 1_000_000)
        from searches in Gen.Choose(0, 5_000_000)
        select new ListedKeyword(string.Join(" ", parts), cents / 100m, clicks, hundredthsOfConversions / 100m, searches);
}
