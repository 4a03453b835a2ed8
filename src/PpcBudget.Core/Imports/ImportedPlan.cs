using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi.Budget;

namespace PpcBudget.Core.Imports;

/// <summary>What a plan read from a file says of the file: the answer's <c>input</c>, so every row is accounted for.</summary>
public sealed record FileInput
{
    /// <summary>The kind of file recognised from its content.</summary>
    public required KeywordFileFormat Format { get; init; }

    /// <summary>Data rows read, the skipped ones included.</summary>
    /// <example>42</example>
    public required int Rows { get; init; }

    /// <summary>Every row left out, with its line and why (a total row, a keyword without a bid).</summary>
    public required IReadOnlyList<SkippedRow> SkippedRows { get; init; }

    /// <summary>The period a report covers, when the file says.</summary>
    public ReportDateRange? DateRange { get; init; }

    /// <summary>The currency the file's amounts are in, when it says.</summary>
    /// <example>USD</example>
    public string? Currency { get; init; }
}

/// <summary>A downloaded file as a plan's keywords: the same keywords whether the service or the tool reads it.</summary>
public static class ImportedPlan
{
    const int WarningsListed = 100;

    /// <summary>
    /// A report's keywords that drew no clicks have no CPC and nothing observed to judge: they are left out, each listed
    /// with its line, rather than priced from elsewhere. A planner's keyword without a bid stays, for the pricing step to refuse or skip.
    /// </summary>
    public static KeywordFileReading WithoutUnclickedReportRows(KeywordFileReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Format is KeywordFileFormat.KeywordPlanner or KeywordFileFormat.Plan)
            return reading;
        var unclicked = reading.Keywords.Where(keyword => keyword.Cpc is null).ToList();
        if (unclicked.Count == 0)
            return reading;
        return reading with
        {
            Keywords = reading.Keywords.Where(keyword => keyword.Cpc is not null).ToList(),
            SkippedRows = [.. reading.SkippedRows, .. unclicked.Select(keyword => new SkippedRow(keyword.Line, keyword.Keyword, SkipReason.NoBid,
                "the report shows no clicks for it, so it has no CPC and nothing observed to judge."))],
        };
    }

    /// <summary>Each keyword as the plan takes it; fractional conversions (data-driven attribution) count whole ones only.</summary>
    public static IReadOnlyList<PlanKeyword> Keywords(KeywordFileReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Keywords.Select(keyword => new PlanKeyword
        {
            Keyword = keyword.Keyword,
            Cpc = keyword.Cpc,
            MonthlySearches = keyword.MonthlySearches,
            Clicks = keyword.Clicks,
            Conversions = keyword.Clicks is null ? null : (long)Math.Floor(keyword.Conversions ?? 0),
        }).ToList();
    }

    /// <summary>A report's traffic per keyword, for the ROI budget: clicks over the report's days, with the impression share.</summary>
    public static IReadOnlyDictionary<string, ReportTraffic> Traffic(KeywordFileReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var traffic = new Dictionary<string, ReportTraffic>(StringComparer.Ordinal);
        if (reading.DateRange is not { Days: > 0 } range)
            return traffic;
        foreach (var keyword in reading.Keywords.Where(keyword => keyword.Clicks is not null))
            traffic.TryAdd(keyword.Keyword, new ReportTraffic
            {
                Clicks = keyword.Clicks!.Value,
                Impressions = keyword.Impressions,
                Cost = keyword.Cost,
                Days = range.Days,
                SearchImpressionShare = keyword.SearchImpressionShare,
                ImpressionShareCensored = keyword.SearchImpressionShareCensored,
            });
        return traffic;
    }

    /// <summary>Why a currency asked for cannot stand with the file's own, or null when they agree (or either is unsaid).</summary>
    public static string? CurrencyConflict(string? asked, KeywordFileReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return asked is not null && reading.Currency is { } read && !asked.Equals(read, StringComparison.OrdinalIgnoreCase)
            ? $"is {asked.ToUpperInvariant()}, but the file's amounts are in {read}; leave the currency out or make them match."
            : null;
    }

    public static FileInput Input(KeywordFileReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return new FileInput
        {
            Format = reading.Format, Rows = reading.Rows, SkippedRows = reading.SkippedRows, DateRange = reading.DateRange, Currency = reading.Currency,
        };
    }

    /// <summary>The reader's notes, a warning for each row left out (the first hundred), and one for fractional conversions.</summary>
    public static IReadOnlyList<string> Warnings(KeywordFileReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var warnings = reading.Notes.ToList();
        warnings.AddRange(reading.SkippedRows.Take(WarningsListed).Select(row => $"Line {row.Line} left out: {row.Message}"));
        if (reading.SkippedRows.Count > WarningsListed)
            warnings.Add($"{reading.SkippedRows.Count - WarningsListed:N0} more rows left out; all are listed under input.skippedRows.");
        if (reading.Keywords.Any(keyword => keyword.Conversions is { } conversions && conversions != Math.Floor(conversions)))
            warnings.Add("Some conversions are fractional (data-driven attribution); the verdicts count whole conversions only, which is conservative.");
        return warnings;
    }
}
