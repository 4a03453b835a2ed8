using FluentValidation.Results;
using PpcBudget.Core.Estimates;
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

    /// <summary>
    /// The plan a download gives under the settings sent with it: its keywords, in its currency unless the settings name
    /// one, and for the ROI phase a report's observed traffic. The service and the tool both build it here.
    /// </summary>
    public static TPlan Plan<TPlan>(TPlan settings, KeywordFileReading reading) where TPlan : Plan
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(reading);
        var plan = (Plan)settings with { Currency = settings.Currency ?? reading.Currency, Keywords = Keywords(reading) };
        return (TPlan)(plan is Roi.RoiPlan roi ? roi with { ReportTraffic = Traffic(reading) } : plan);
    }

    /// <summary>
    /// Each keyword as the plan takes it; fractional conversions (data-driven attribution) count whole ones only. A
    /// Keyword Planner download's keywords come without a CPC: the pricing step takes it from the file's bids
    /// (<see cref="Estimates"/>), so each line says where it came from.
    /// </summary>
    public static IReadOnlyList<PlanKeyword> Keywords(KeywordFileReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var planned = reading.Format == KeywordFileFormat.KeywordPlanner;
        return reading.Keywords.Select(keyword => new PlanKeyword
        {
            Keyword = keyword.Keyword,
            Cpc = planned ? null : keyword.Cpc,
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

    /// <summary>A Keyword Planner download's bids as an estimate source for its own plan; null for any other file, whose CPCs are its own.</summary>
    public static ICpcEstimates? Estimates(KeywordFileReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Format == KeywordFileFormat.KeywordPlanner ? new KeywordPlannerEstimates(reading.Keywords) : null;
    }

    /// <summary>Why a currency asked for cannot stand with the file's own, or null when they agree (or either is unsaid).</summary>
    public static string? CurrencyConflict(string? asked, KeywordFileReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return asked is not null && reading.Currency is { } read && !asked.Equals(read, StringComparison.OrdinalIgnoreCase)
            ? $"is {asked.ToUpperInvariant()}, but the file's amounts are in {read}; leave the currency out or make them match."
            : null;
    }

    /// <summary><c>keywords[3].cpc</c> of a plan read from a file is the cell at that keyword's line: <c>line 9: cpc</c>.</summary>
    public static string FieldName(string field, KeywordFileReading reading)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(reading);
        return PlanKeyword.TryReadField(field, out var index, out var column) && index < reading.Keywords.Count
            ? CsvPlanReader.FieldName(reading.Keywords[index].Line, column.Length > 0 ? column : "keyword")
            : field;
    }

    /// <summary>
    /// A download's plan calculated as the service and the tool both calculate it: its keywords under the settings sent
    /// (<see cref="Plan"/>), priced from the file's own bids first (<see cref="Planner.For"/>), a failure named by the
    /// file's line, and the answer accounting for every row (the file's input, the reader's warnings ahead of the answer's).
    /// </summary>
    /// <param name="planner">The service's or the tool's planner; the file's bids are asked before its source.</param>
    /// <param name="settings">The settings sent with the file (the query's, the options').</param>
    /// <param name="reading">The file as read.</param>
    /// <param name="calculate">The phase, with the planner to price by.</param>
    public static async Task<Calculated<TAnswer>> CalculateAsync<TPlan, TAnswer>(Planner planner, TPlan settings, KeywordFileReading reading,
        Func<Planner, TPlan, Task<Calculated<TAnswer>>> calculate)
        where TPlan : Plan
        where TAnswer : PlanAnswer
    {
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentNullException.ThrowIfNull(calculate);
        var calculated = await calculate(planner.For(reading), Plan(settings, reading));
        return calculated.Failures.Count > 0
            ? Calculated.Refused<TAnswer>([.. calculated.Failures.Select(failure => new ValidationFailure(FieldName(failure.PropertyName, reading), failure.ErrorMessage))])
            : new(PlanAnswer.WithNotes(calculated.Answer!, Warnings(reading), input: Input(reading)), []);
    }

    static FileInput Input(KeywordFileReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return new FileInput
        {
            Format = reading.Format, Rows = reading.Rows, SkippedRows = reading.SkippedRows, DateRange = reading.DateRange, Currency = reading.Currency,
        };
    }

    /// <summary>The reader's notes, a warning for each row left out (the first hundred), and one for fractional conversions.</summary>
    static List<string> Warnings(KeywordFileReading reading)
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

/// <summary>
/// The keywords of a Keyword Planner download with a top-of-page bid, as estimates in the plan's currency (the file's,
/// checked against the plan's before this is asked). A keyword it gives no bid for is unknown here. Estimates are
/// matched as every source's are, by the keyword's normalised text: rows that differ only in case or spacing share the
/// first one's bids, and a warning says so when their bids differ.
/// </summary>
sealed class KeywordPlannerEstimates : ICpcEstimates
{
    readonly Dictionary<string, ImportedKeyword> _withBids = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<int>> _otherBids = new(StringComparer.Ordinal);

    public KeywordPlannerEstimates(IEnumerable<ImportedKeyword> keywords)
    {
        foreach (var keyword in keywords.Where(keyword => keyword.LowTopOfPageBid is not null || keyword.HighTopOfPageBid is not null))
        {
            var normalized = KeywordText.Normalize(keyword.Keyword);
            if (!_withBids.TryAdd(normalized, keyword) && _withBids[normalized] is var first
                && (first.LowTopOfPageBid, first.HighTopOfPageBid) != (keyword.LowTopOfPageBid, keyword.HighTopOfPageBid))
                (_otherBids.TryGetValue(normalized, out var lines) ? lines : _otherBids[normalized] = []).Add(keyword.Line);
        }
    }

    public Task<EstimateLookup> LookUpAsync(IEnumerable<string> keywords, EstimateQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var currency = Money.Currency.FromCode(query.Currency).Code;
        var found = new Dictionary<string, CpcEstimate>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var keyword in keywords.Select(KeywordText.Normalize).Distinct(StringComparer.Ordinal))
            if (_withBids.TryGetValue(keyword, out var planned))
                found[keyword] = new CpcEstimate
                {
                    Keyword = planned.Keyword,
                    LowTopOfPageBid = planned.LowTopOfPageBid,
                    HighTopOfPageBid = planned.HighTopOfPageBid,
                    AvgMonthlySearches = planned.MonthlySearches,
                    Competition = planned.Competition,
                    CompetitionIndex = planned.CompetitionIndex,
                    Currency = currency,
                    Source = CpcSource.KeywordPlanner,
                };
            else
                unknown.Add(keyword);
        var warnings = found.Keys.Where(_otherBids.ContainsKey)
            .Select(keyword => $"'{_withBids[keyword].Keyword}' has other top-of-page bids on line(s) {string.Join(", ", _otherBids[keyword])}; "
                               + $"the bids of line {_withBids[keyword].Line} price every row of it.")
            .ToList();
        return Task.FromResult(new EstimateLookup(found, unknown, warnings));
    }
}
