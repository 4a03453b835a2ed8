namespace PpcBudget.Core.Imports;

/// <summary>One keyword and match type of a report, its rows (one per campaign and ad group) added together.</summary>
sealed class ReportTotals(int line, string keyword, KeywordMatchType? matchType)
{
    long? _clicks;
    long? _impressions;
    decimal? _cost;
    decimal? _conversions;
    decimal? _conversionValue;
    decimal? _share;
    bool _censored;

    // Impression share does not add up: the combined share is all impressions over all the impressions each row could
    // have had (impressions ÷ share). A row with impressions and no share leaves the combined share unknown.
    decimal _sharedImpressions;
    decimal _eligibleImpressions;
    bool _shareUnknown;

    public int Line => line;

    public int Rows { get; private set; }

    public void Add(long? clicks, long? impressions, decimal? cost, decimal? conversions, decimal? conversionValue, decimal? share, bool censored)
    {
        Rows++;
        _clicks = Sum(_clicks, clicks);
        _impressions = Sum(_impressions, impressions);
        _cost = Sum(_cost, cost);
        _conversions = Sum(_conversions, conversions);
        _conversionValue = Sum(_conversionValue, conversionValue);
        _censored |= censored && share is not null;
        if (Rows == 1)
            _share = share;
        if (impressions is not > 0)
            return;
        if (share is > 0)
        {
            _sharedImpressions += impressions.Value;
            _eligibleImpressions += impressions.Value / share.Value;
        }
        else
            _shareUnknown = true;
    }

    public ImportedKeyword Keyword(bool reportHasCost, string costColumn)
    {
        // Cost ÷ clicks is kept to the micro, the smallest amount Google Ads expresses.
        var cpc = _cost is { } cost && _clicks is > 0 ? Math.Round(cost / _clicks.Value, 6, MidpointRounding.AwayFromZero) : (decimal?)null;
        return new ImportedKeyword
        {
            Line = line,
            Keyword = keyword,
            MatchType = matchType,
            Cpc = cpc,
            NoCpcReason = cpc is not null ? null
                : !reportHasCost ? $"the report has no {costColumn} column."
                : "it has no clicks in the report, so no cost per click.",
            Clicks = _clicks,
            Impressions = _impressions,
            Cost = _cost,
            Conversions = _conversions,
            ConversionValue = _conversionValue,
            SearchImpressionShare = Rows == 1 ? _share : CombinedShare(),
            SearchImpressionShareCensored = _censored,
            RowsSummed = Rows,
        };
    }

    decimal? CombinedShare() =>
        _shareUnknown || _sharedImpressions == 0 ? null : Math.Round(_sharedImpressions / _eligibleImpressions, 4, MidpointRounding.AwayFromZero);

    static long? Sum(long? total, long? value) => value is null ? total : (total ?? 0) + value;

    static decimal? Sum(decimal? total, decimal? value) => value is null ? total : (total ?? 0) + value;
}
