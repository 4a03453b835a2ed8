namespace PpcBudget.Api.GoogleAds;

/// <summary>
/// What Google forecasts a set of keywords to buy at each max CPC bid over <see cref="PeriodStart"/> to
/// <see cref="PeriodEnd"/> (both inclusive, <see cref="Days"/> days), in <see cref="Currency"/>. Points are in the order
/// of the bids asked for; a bid Google was not asked about in time is missing, and then <see cref="Complete"/> is false
/// and <see cref="Note"/> says why.
/// </summary>
public sealed record ForecastCurve(
    IReadOnlyList<ForecastPoint> Points,
    string Currency,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    bool Complete,
    string? Note)
{
    public int Days => PeriodEnd.DayNumber - PeriodStart.DayNumber + 1;
}

/// <summary>One bid's forecast: clicks and cost over the period; the average CPC when there were clicks.</summary>
public sealed record ForecastPoint(decimal MaxCpc, decimal Clicks, decimal Cost, decimal? AverageCpc);

/// <summary>How the forecast's keywords are matched (the proto's KeywordMatchType).</summary>
public enum ForecastMatchType
{
    Exact,
    Phrase,
    Broad,
}
