using PpcBudget.Core.Estimates;

namespace PpcBudget.Core.Imports;

/// <summary>How to read a keyword file. Every setting has a default that suits the downloads as they come.</summary>
public sealed record KeywordFileOptions
{
    public static KeywordFileOptions Default { get; } = new();

    /// <summary>The options a plan's settings give: which bid stands in for the CPC, and whether keywords without one are left out.</summary>
    public static KeywordFileOptions For(Plans.Plan settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new() { CpcBasis = settings.CpcBasis ?? CpcBasis.Average, SkipKeywordsWithoutBid = settings.SkipUnknownKeywords == true };
    }

    /// <summary>
    /// Which top-of-page bid of a Keyword Planner download is the CPC: low, high, or average — the midpoint of the two,
    /// as a planner download has no average CPC. Default average.
    /// </summary>
    public CpcBasis CpcBasis { get; init; } = CpcBasis.Average;

    /// <summary>The character between cells (',', ';' or '\t'); null to recognise it from the header row.</summary>
    public char? Separator { get; init; }

    /// <summary>The decimal separator ('.' or ','); null to recognise it from the numbers, and from ';' meaning a European spreadsheet.</summary>
    public char? DecimalSeparator { get; init; }

    /// <summary>
    /// Leave a planner keyword without the bid the CPC basis needs out of <see cref="KeywordFileReading.Keywords"/>
    /// (it is listed in the skipped rows) instead of giving it with a null CPC.
    /// </summary>
    public bool SkipKeywordsWithoutBid { get; init; }

    /// <summary>The most data rows a file may hold.</summary>
    public int MaxRows { get; init; } = 1_000_000;
}
