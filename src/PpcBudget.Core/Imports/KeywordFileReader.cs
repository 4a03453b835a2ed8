using System.Collections.Frozen;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Money;

namespace PpcBudget.Core.Imports;

/// <summary>One reading of one file: recognises the format, then reads each row into keywords, skipped rows or problems.</summary>
sealed class KeywordFileReader
{
    static readonly FrozenSet<long> SearchBuckets = FrozenSet.Create(0L, 50L, 500L, 5_000L, 50_000L, 500_000L);

    static readonly FrozenDictionary<string, KeywordMatchType> MatchTypes = new Dictionary<string, KeywordMatchType>(StringComparer.OrdinalIgnoreCase)
    {
        ["Exact match"] = KeywordMatchType.Exact,
        ["Exact"] = KeywordMatchType.Exact,
        ["Exact match (close variant)"] = KeywordMatchType.ExactCloseVariant,
        ["Phrase match"] = KeywordMatchType.Phrase,
        ["Phrase"] = KeywordMatchType.Phrase,
        ["Phrase match (close variant)"] = KeywordMatchType.PhraseCloseVariant,
        ["Broad match"] = KeywordMatchType.Broad,
        ["Broad"] = KeywordMatchType.Broad,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Fields whose cells may hold decimals, and so tell a decimal point from a decimal comma.
    static readonly Field[] DecimalFields =
        [Field.Cost, Field.Conversions, Field.ConversionValue, Field.TopOfPageBidLow, Field.TopOfPageBidHigh, Field.Cpc, Field.ConversionRate, Field.SearchImpressionShare];

    readonly string _text;
    readonly FileLayout _layout;
    readonly KeywordFileOptions _options;
    readonly ProblemList _problems = new();
    readonly HeaderColumns _columns;
    readonly List<SkippedRow> _skipped = [];
    readonly List<string> _notes = [];
    readonly HashSet<string> _currencies = new(StringComparer.OrdinalIgnoreCase);
    char _decimal;
    CellTokenizer _cells = null!;

    public KeywordFileReader(string text, FileLayout layout, KeywordFileOptions options)
    {
        _text = text;
        _layout = layout;
        _options = options;
        _columns = new HeaderColumns(layout.Header, layout.HeaderLine, _problems);
    }

    public KeywordFileReading Read()
    {
        var format = Recognise();
        _problems.ThrowIfAny();
        _decimal = _options.DecimalSeparator ?? DetectDecimalSeparator();
        if (_decimal == ',' && _options.DecimalSeparator is null)
            _notes.Add($"Numbers are read with a decimal comma (2,90), as the cells are separated by {Separators.Name(_layout.Separator)}.");

        var keywords = new List<ImportedKeyword>();
        var totals = new Dictionary<(string, KeywordMatchType?), ReportTotals>();
        var rows = 0;
        using (_cells = Tokenizer(_problems))
        {
            while (_cells.Read())
            {
                if (IsBlank() || (format == KeywordFileFormat.MicrosoftAdsKeywordReport && IsFooter()))
                    continue;
                if (++rows > _options.MaxRows)
                {
                    _problems.Add(_cells.Line, null, $"is past the {_options.MaxRows:N0} rows a file may hold; split the file.");
                    break;
                }
                if (_cells.Count > _columns.Count)
                    _problems.Add(_cells.Line, null,
                        $"has {_cells.Count} cells but the header has {_columns.Count}: the cells are separated by {Separators.Name(_layout.Separator)}, " +
                        "so a cell holding one must be quoted.");
                ReadRow(format, keywords, totals);
            }
        }
        if (rows == 0)
            _problems.Add(_layout.HeaderLine, null, "the header is not followed by any keyword row.");
        if (_currencies.Count > 1)
            _problems.Add(null, _columns.NameOf(Field.Currency),
                $"holds amounts in {string.Join(" and ", _currencies.Order(StringComparer.Ordinal))}; send one file per currency.");
        _problems.ThrowIfAny();

        if (totals.Count > 0)
            keywords.AddRange(totals.Values.OrderBy(total => total.Line).Select(total => total.Keyword(_columns.Has(Field.Cost), _columns.NameOf(Field.Cost))));
        var summed = totals.Values.Where(total => total.Rows > 1).ToList();
        if (summed.Count > 0)
            _notes.Add("Rows with the same keyword and match type are added together across campaigns and ad groups: " +
                       $"{summed.Sum(total => total.Rows)} rows into {summed.Count} {(summed.Count == 1 ? "keyword" : "keywords")}.");
        if (keywords.Where(keyword => keyword.SearchesApproximate).Select(keyword => $"'{keyword.Keyword}'").ToList() is { Count: > 0 } bucketed)
            _notes.Add($"Monthly searches of {bucketed.Count} {(bucketed.Count == 1 ? "keyword" : "keywords")} are Keyword Planner's rounded buckets "
                       + "(0, 50, 500, 5,000, 50,000, 500,000), which it gives accounts with little spend, not counts: the true volume, and the "
                       + $"months needed and the ROI budget's clicks worked out from it, may be far off: {string.Join(", ", bucketed.Take(20))}"
                       + (bucketed.Count > 20 ? $" and {bucketed.Count - 20} more." : "."));

        return new KeywordFileReading
        {
            Format = format,
            Currency = _currencies.SingleOrDefault()?.ToUpperInvariant(),
            DateRange = DateRange(),
            Separator = _layout.Separator,
            DecimalSeparator = _decimal,
            Rows = rows,
            Keywords = keywords,
            SkippedRows = _skipped,
            Notes = _notes,
        };
    }

    KeywordFileFormat Recognise()
    {
        if (_layout.KeyValuePreamble)
            return KeywordFileFormat.MicrosoftAdsKeywordReport;
        if (_columns.Has(Field.SearchTerm))
            return KeywordFileFormat.GoogleAdsSearchTermsReport;
        if (_columns.Has(Field.TopOfPageBidLow) || _columns.Has(Field.TopOfPageBidHigh) || _columns.MonthColumns.Count > 0)
            return KeywordFileFormat.KeywordPlanner;
        if (_columns.IsPlan)
            return KeywordFileFormat.Plan;
        if (_columns.Has(Field.MonthlySearches) && !_columns.Has(Field.Clicks))
            return KeywordFileFormat.KeywordPlanner;
        if (_columns.HasMicrosoftColumns)
            return KeywordFileFormat.MicrosoftAdsKeywordReport;
        if (_columns.Has(Field.Clicks) || _columns.Has(Field.Impressions) || _columns.Has(Field.Cost))
            return KeywordFileFormat.GoogleAdsKeywordReport;
        _problems.Add(_layout.HeaderLine, null,
            "the header names a keyword but no figure this reader knows. Send a plan (" + string.Join(",", HeaderColumns.PlanColumns) +
            "), a Keyword Planner download, a Google Ads search keyword or search terms report, or a Microsoft Advertising keyword report.");
        return KeywordFileFormat.Plan;
    }

    /// <summary>The rows after the header (the layout split the header itself), reporting bad quotes to <paramref name="problems"/>.</summary>
    CellTokenizer Tokenizer(ProblemList problems) => new(_text, _layout.DataOffset, _layout.HeaderLine, _layout.Separator, problems);

    /// <summary>
    /// The decimal separator the numbers use: the first cell that can only be read one way decides. With none, ';'
    /// means a European spreadsheet (decimal comma) and ',' or tab a decimal point — unless a cell such as "1.234"
    /// could be either, which is refused rather than guessed.
    /// </summary>
    char DetectDecimalSeparator()
    {
        var fields = DecimalFields.Where(_columns.Has).ToArray();
        var usual = _layout.Separator == ';' ? ',' : '.';
        if (fields.Length == 0)
            return usual;
        (int Line, Field Field, string Cell)? ambiguous = null;
        // The reading pass reports bad quotes; reported here too, each would be listed twice.
        using var cells = Tokenizer(new ProblemList());
        while (cells.Read())
        {
            foreach (var field in fields)
            {
                var cell = cells[_columns.IndexOf(field)];
                switch (Numbers.Evidence(cell))
                {
                    case DecimalEvidence.Point: return '.';
                    case DecimalEvidence.Comma: return ',';
                    case DecimalEvidence.Ambiguous: ambiguous ??= (cells.Line, field, cell); break;
                }
            }
        }
        // Cells separated by commas cannot hold a decimal comma unquoted, so there a decimal point is no guess.
        if (ambiguous is { } at && _layout.Separator != ',')
            throw ProblemList.One(at.Line, _columns.NameOf(at.Field),
                $"'{at.Cell.Trim()}' could be read with a decimal point or a decimal comma, and no other number in the file says which " +
                $"(the cells are separated by {Separators.Name(_layout.Separator)}); say which decimal separator the file uses.");
        return usual;
    }

    void ReadRow(KeywordFileFormat format, List<ImportedKeyword> keywords, Dictionary<(string, KeywordMatchType?), ReportTotals> totals)
    {
        var keyword = _cells[_columns.IndexOf(format == KeywordFileFormat.GoogleAdsSearchTermsReport ? Field.SearchTerm : Field.Keyword)];
        var report = format is KeywordFileFormat.GoogleAdsKeywordReport or KeywordFileFormat.GoogleAdsSearchTermsReport
            or KeywordFileFormat.MicrosoftAdsKeywordReport;
        if (report && TotalLabel() is { } label)
        {
            _skipped.Add(new SkippedRow(_cells.Line, AsSent(keyword), SkipReason.Total, $"'{label}' is a total of other rows, not a keyword."));
            return;
        }
        if (Numbers.IsNone(keyword))
        {
            _skipped.Add(new SkippedRow(_cells.Line, AsSent(keyword), SkipReason.BlankKeyword, "has figures but no keyword."));
            return;
        }
        ReadCurrency();
        switch (format)
        {
            case KeywordFileFormat.KeywordPlanner:
                if (PlannerKeyword(keyword) is { } planned)
                    keywords.Add(planned);
                break;
            case KeywordFileFormat.Plan:
                keywords.Add(PlanKeyword(keyword));
                break;
            default:
                AddToTotals(format, keyword, totals);
                break;
        }
    }

    ImportedKeyword? PlannerKeyword(string keyword)
    {
        var low = Amount(Field.TopOfPageBidLow);
        var high = Amount(Field.TopOfPageBidHigh);
        var cpc = CpcEstimate.CpcFor(_options.CpcBasis, averageCpc: null, low, high);
        var noCpc = cpc is not null ? null : _options.CpcBasis switch
        {
            CpcBasis.Low => "Keyword Planner gives no low top-of-page bid for it.",
            CpcBasis.High => "Keyword Planner gives no high top-of-page bid for it.",
            _ => low is null && high is null
                ? "Keyword Planner gives no top-of-page bid for it."
                : "Keyword Planner gives only one of its top-of-page bids, and the average basis needs both.",
        };
        if (cpc is null && _options.SkipKeywordsWithoutBid)
        {
            _skipped.Add(new SkippedRow(_cells.Line, keyword, SkipReason.NoBid, noCpc!));
            return null;
        }
        var searches = Whole(Field.MonthlySearches);
        return new ImportedKeyword
        {
            Line = _cells.Line,
            Keyword = keyword,
            Cpc = cpc,
            NoCpcReason = noCpc,
            LowTopOfPageBid = low,
            HighTopOfPageBid = high,
            MonthlySearches = searches,
            SearchesApproximate = searches is { } volume && SearchBuckets.Contains(volume) && NoMonthlySearches(),
            Competition = Cell(Field.Competition),
            CompetitionIndex = CompetitionIndex(),
            RowsSummed = 1,
        };
    }

    int? CompetitionIndex()
    {
        var index = Whole(Field.CompetitionIndex);
        if (index is null or (>= 0 and <= 100))
            return (int?)index;
        _problems.Add(_cells.Line, _columns.NameOf(Field.CompetitionIndex), $"'{index}' is not a competition index from 0 to 100.");
        return null;
    }

    /// <summary>Every "Searches: Jun 2025" cell is empty: the volume is a bucket, not a figure.</summary>
    bool NoMonthlySearches()
    {
        foreach (var index in _columns.MonthColumns)
        {
            if (index >= _cells.Count)
                break;
            if (!Numbers.IsNone(_cells[index]))
                return false;
        }
        return true;
    }

    ImportedKeyword PlanKeyword(string keyword)
    {
        var cpc = Amount(Field.Cpc);
        return new ImportedKeyword
        {
            Line = _cells.Line,
            Keyword = keyword,
            Cpc = cpc,
            NoCpcReason = cpc is null ? "the plan gives no cpc for it." : null,
            ConversionRate = Rate(Field.ConversionRate),
            MonthlySearches = Whole(Field.MonthlySearches),
            Clicks = Whole(Field.Clicks),
            Conversions = Amount(Field.Conversions),
            RowsSummed = 1,
        };
    }

    void AddToTotals(KeywordFileFormat format, string cell, Dictionary<(string, KeywordMatchType?), ReportTotals> totals)
    {
        var (keyword, notation) = format == KeywordFileFormat.GoogleAdsSearchTermsReport ? (cell, null) : WithoutNotation(cell);
        var matchType = ReadMatchType() ?? notation;
        var key = (KeywordText.Normalize(keyword), matchType);
        if (!totals.TryGetValue(key, out var total))
            totals[key] = total = new ReportTotals(_cells.Line, keyword, matchType);
        var (share, censored) = Share(Field.SearchImpressionShare);
        total.Add(Whole(Field.Clicks), Whole(Field.Impressions), Amount(Field.Cost), Amount(Field.Conversions), Amount(Field.ConversionValue), share, censored);
    }

    static string? AsSent(string cell) => cell.Length == 0 ? null : cell;

    /// <summary>Google Ads writes an exact keyword as [mold removal] and a phrase keyword as "mold removal".</summary>
    static (string Keyword, KeywordMatchType? Notation) WithoutNotation(string cell)
    {
        var text = cell.Trim();
        return text switch
        {
            ['[', .. var exact, ']'] => (exact, KeywordMatchType.Exact),
            ['"', .. var phrase, '"'] => (phrase, KeywordMatchType.Phrase),
            _ => (cell, null),
        };
    }

    KeywordMatchType? ReadMatchType()
    {
        if (Cell(Field.MatchType) is not { } text)
            return null;
        if (MatchTypes.TryGetValue(text, out var matchType))
            return matchType;
        _problems.Add(_cells.Line, _columns.NameOf(Field.MatchType),
            $"'{text}' is not a match type this reader knows: {string.Join(", ", MatchTypes.Keys.Order(StringComparer.Ordinal))}.");
        return null;
    }

    /// <summary>The label of a report's "Total: Account" row, which stands in its first, second or third column.</summary>
    string? TotalLabel()
    {
        for (var index = 0; index < Math.Min(3, _cells.Count); index++)
        {
            var cell = _cells[index].Trim();
            if (cell.StartsWith("Total:", StringComparison.OrdinalIgnoreCase))
                return cell;
        }
        return null;
    }

    bool IsBlank()
    {
        if (_cells.Count == 1)
            return _cells[0].Trim().Length == 0;
        for (var index = 0; index < _cells.Count; index++)
            if (_cells[index].Trim().Length > 0)
                return false;
        return true;
    }

    /// <summary>Microsoft Advertising's last line: "©2026 Microsoft Corporation. All rights reserved. ".</summary>
    bool IsFooter() => _cells[0].TrimStart().StartsWith('©');

    void ReadCurrency()
    {
        if (Cell(Field.Currency) is not { } code || _currencies.Contains(code))
            return;
        if (!Currency.IsKnown(code))
            _problems.Add(_cells.Line, _columns.NameOf(Field.Currency), $"'{code}' is not an ISO 4217 currency code.");
        else
            _currencies.Add(code);
    }

    ReportDateRange? DateRange()
    {
        var lines = _layout.KeyValuePreamble
            ? _layout.Preamble.Where(line => line.StartsWith("Report Time:", StringComparison.OrdinalIgnoreCase)).Select(line => line["Report Time:".Length..]).ToList()
            : _layout.Preamble.Skip(1).ToList();
        foreach (var line in lines)
        {
            if (ReportDates.Parse(line) is { } range)
                return range;
            _notes.Add($"'{line.Trim()}' is not a date range this reader knows, so the days the file covers are not known.");
        }
        return null;
    }

    /// <summary>The cell of a field, trimmed, or null when the file has no such column or the cell is empty or " --".</summary>
    string? Cell(Field field)
    {
        if (!_columns.Has(field))
            return null;
        var cell = _cells[_columns.IndexOf(field)];
        return Numbers.IsNone(cell) ? null : cell.Trim();
    }

    decimal? Amount(Field field)
    {
        if (Cell(field) is not { } text)
            return null;
        if (Numbers.Parse(text, _decimal) is { } value)
            return value;
        NotANumber(field, text, "a number");
        return null;
    }

    long? Whole(Field field)
    {
        if (Cell(field) is not { } text)
            return null;
        if (Numbers.Parse(text, _decimal) is { } value && value == decimal.Truncate(value) && value is >= long.MinValue and <= long.MaxValue)
            return (long)value;
        NotANumber(field, text, "a whole number");
        return null;
    }

    /// <summary>A plan's rate: a fraction (0.02) or a percent (2%); a bare number above 1 is a percent that lost its sign.</summary>
    decimal? Rate(Field field)
    {
        if (Cell(field) is not { } text)
            return null;
        var percent = text.EndsWith('%');
        var number = Numbers.Parse(percent ? text[..^1].TrimEnd() : text, _decimal);
        if (number is null)
            NotANumber(field, text, "a rate (0.02 or 2%)");
        else if (!percent && number > 1)
            _problems.Add(_cells.Line, _columns.NameOf(field), $"'{text}' is above 1; a rate is a fraction (0.02) or a percent (2%).");
        else
            return percent ? number / 100 : number;
        return null;
    }

    /// <summary>
    /// An impression share as a fraction. A censored share ("&lt; 10%", "&gt; 90%") reads as the top of its range, 0.10 and
    /// 1.00: the traffic at full share (clicks ÷ share) is then a lower bound, never an overstatement.
    /// </summary>
    (decimal? Share, bool Censored) Share(Field field)
    {
        if (Cell(field) is not { } text)
            return (null, false);
        var bound = text[0] is '<' or '>' ? text[0] : (char?)null;
        var figure = (bound is null ? text : text[1..]).Trim();
        // Microsoft's "Impression share percent" is a percent written without its sign.
        var percent = figure.EndsWith('%') || _columns.NameOf(field).Contains("percent", StringComparison.OrdinalIgnoreCase)
                                           || _columns.NameOf(field).Contains("(%)", StringComparison.Ordinal);
        var number = Numbers.Parse(figure.TrimEnd('%').TrimEnd(), _decimal);
        if (!percent || number is not ({ } value and >= 0 and <= 100))
        {
            NotANumber(field, text, "a percentage from 0% to 100% (15.04%, < 10%, > 90%)");
            return (null, false);
        }
        return bound switch
        {
            '<' => (value / 100, true),
            '>' => (1m, true),
            _ => (value / 100, false),
        };
    }

    void NotANumber(Field field, string text, string what) =>
        _problems.Add(_cells.Line, _columns.NameOf(field),
            $"'{text}' is not {what} as this file writes numbers: cells separated by {Separators.Name(_layout.Separator)}, " +
            $"decimals after '{_decimal}'{(_options.DecimalSeparator is null ? "" : " (as asked)")}, thousands only in groups of three.");
}
