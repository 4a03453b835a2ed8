using PpcBudget.Core.Imports;

namespace PpcBudget.Core.Tests.Imports;

/// <summary>The keyword files under Imports/Fixtures, copied beside the tests.</summary>
static class Fixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Imports", "Fixtures", name));

    public static KeywordFileReading Read(string name, KeywordFileOptions? options = null) => KeywordFile.Read(Bytes(name), options);

    public static KeywordFileReading ReadText(string text) => KeywordFile.Read(System.Text.Encoding.UTF8.GetBytes(text));

    public static KeywordFileException Refused(string text, KeywordFileOptions? options = null) =>
        Assert.Throws<KeywordFileException>(() => KeywordFile.Read(System.Text.Encoding.UTF8.GetBytes(text), options));

    /// <summary>The keywords without their line numbers, to compare files whose title lines differ.</summary>
    public static IReadOnlyList<ImportedKeyword> WithoutLines(this KeywordFileReading reading) =>
        reading.Keywords.Select(keyword => keyword with { Line = 0 }).ToList();

    public static ImportedKeyword Keyword(this KeywordFileReading reading, string keyword, KeywordMatchType? matchType = null) =>
        Assert.Single(reading.Keywords, k => k.Keyword == keyword && (matchType is null || k.MatchType == matchType));
}
