using PpcBudget.Core.Money;
using PpcBudget.Core.Estimates;

namespace PpcBudget.Core.Roi.Budget;

/// <summary>One bid's clicks and cost in a month.</summary>
readonly record struct BidPoint(decimal MaxCpc, decimal Clicks, decimal Cost);

/// <summary>A keyword's clicks in a month, where they came from, and their cost when the source prices them (Google's forecast).</summary>
readonly record struct Traffic(TrafficBasis Basis, decimal Clicks, decimal? Cost, IReadOnlyList<BidPoint> Forecast, string Note, bool FewerBidsThanAsked = false);

/// <summary>Picks a keyword's best traffic figure and scales it to a month.</summary>
static class MonthlyTraffic
{
    public const decimal DaysPerMonth = 30.4m;

    /// <summary>Google reports a search impression share below 10 % as <c>&lt; 10%</c>.</summary>
    public const decimal LeastImpressionShare = 0.1m;

    /// <summary>
    /// The most clicks one keyword is counted for in a month, and so the most a month's figures can grow to: with every
    /// amount at most <see cref="Plans.Limits.MaxMoney"/>, a keyword's spend and value stay under 10^21 and a million
    /// keywords' sums under 10^27, inside decimal's 7.9 × 10^28. Real keywords are far below it.
    /// </summary>
    public const decimal MaxClicks = 1_000_000_000_000m;

    public const decimal MaxCost = MaxClicks * Plans.Limits.MaxMoney;

    public static Traffic For(RoiBudgetKeyword keyword, decimal epc, decimal defaultClickThroughRate, Currency currency)
    {
        var skipped = new List<string>();
        if (keyword.Forecast is { } forecast && FromForecast(forecast, epc, currency, skipped) is { } fromForecast)
            return fromForecast with { Note = Join(skipped, fromForecast.Note) };
        if (keyword.Report is { } report && FromReport(report, keyword.Cpc, currency, skipped) is { } fromReport)
            return fromReport with { Note = Join(skipped, fromReport.Note) };
        if (keyword.MonthlySearches is { } searches
            && FromSearches(searches, keyword.MonthlySearchesSource, keyword.ClickThroughRate ?? defaultClickThroughRate, skipped) is { } fromSearches)
            return fromSearches with { Note = Join(skipped, fromSearches.Note) };
        return new Traffic(TrafficBasis.None, 0, null, [], Join(skipped,
            "No traffic figure (no Google forecast, report or monthly searches), so this keyword is left out of the budget."));
    }

    static Traffic? FromForecast(GoogleForecast forecast, decimal epc, Currency currency, List<string> skipped)
    {
        if (forecast.Days < 1)
        {
            skipped.Add("Google's forecast was left out: its period covers no days.");
            return null;
        }
        var scale = DaysPerMonth / forecast.Days;
        var points = (forecast.Points ?? [])
            .Where(point => point is { MaxCpc: >= 0, Clicks: >= 0, Cost: >= 0 })
            .Select(point => new BidPoint(
                Math.Min(point.MaxCpc, Plans.Limits.MaxMoney),
                Math.Min(Math.Min(point.Clicks, MaxClicks) * scale, MaxClicks),
                Math.Min(Math.Min(point.Cost, MaxCost) * scale, MaxCost)))
            .OrderBy(point => point.MaxCpc)
            .ToList();
        if (points.Count == 0)
        {
            skipped.Add("Google's forecast was left out: it has no point with a bid, clicks and cost of 0 or more.");
            return null;
        }
        var best = points[0];
        foreach (var point in points)
            if (point.Clicks * epc - point.Cost >= best.Clicks * epc - best.Cost)
                best = point;
        var period = forecast.Days == 1 ? "1 day" : $"{forecast.Days} days";
        var note = $"Google's forecast at a max CPC of {currency.Round(best.MaxCpc)}, the most profitable of {points.Count} bids forecast, " +
                   $"scaled from {period} to a month.";
        var fewer = forecast.BidsAsked > points.Count;
        if (fewer)
            note += $" Google answered for {points.Count} of the {forecast.BidsAsked} bids asked about.";
        return new Traffic(TrafficBasis.GoogleForecast, best.Clicks, best.Cost, points, note, fewer);
    }

    static Traffic? FromReport(ReportTraffic report, decimal cpc, Currency currency, List<string> skipped)
    {
        if (report.Days < 1 || report.Clicks < 0)
        {
            skipped.Add(report.Days < 1 ? "The report was left out: it covers no days." : "The report was left out: its clicks are below 0.");
            return null;
        }
        var days = report.Days == 1 ? "1 day" : $"{report.Days} days";
        var clicks = Math.Min(report.Clicks, MaxClicks) * DaysPerMonth / report.Days;
        var note = $"Report: {report.Clicks:N0} clicks in {days}, × 30.4 ÷ {report.Days} for a month";
        if (report.SearchImpressionShare is { } share)
        {
            if (share is > 0 and <= 1)
            {
                var read = Math.Max(share, LeastImpressionShare);
                clicks /= read;
                note += $", ÷ {read:0.####} for full search impression share";
                if (report.ImpressionShareCensored)
                    note += $" (reported as < {share:0.##%}: read as {read:0.##%}, so there is at least this much traffic)";
                else if (read > share)
                    note += $" (its {share:0.##%} is below the {read:0%} Google reports: read as {read:0%}, so there is at least this much traffic)";
            }
            else
            {
                note += $" (its search impression share of {share} is not a share from 0 to 1, so it was not used)";
            }
        }
        clicks = Math.Min(clicks, MaxClicks);
        note += $" = {Math.Round(clicks, 2):N2} clicks.";
        if (report is { Cost: > 0, Clicks: > 0 } && currency.Round(report.Cost.Value / report.Clicks) is var observedCpc && observedCpc != currency.Round(cpc))
            note += $" The report's own average CPC was {observedCpc}.";
        return new Traffic(TrafficBasis.Report, clicks, null, [], note);
    }

    static Traffic? FromSearches(long searches, CpcSource? source, decimal clickThroughRate, List<string> skipped)
    {
        if (searches < 0 || clickThroughRate is < 0 or > 1)
        {
            skipped.Add(searches < 0
                ? "Monthly searches were left out: they are below 0."
                : $"Monthly searches were left out: the click-through rate {clickThroughRate} is not a rate from 0 to 1.");
            return null;
        }
        var clicks = Math.Min(Math.Min(searches, MaxClicks) * clickThroughRate, MaxClicks);
        return new Traffic(TrafficBasis.Searches, clicks, null, [],
            $"{searches:N0} monthly searches{SearchesFrom(source)} × {clickThroughRate:0.######} click-through rate.");
    }

    /// <summary>Where searches an estimate gave came from, so a month's clicks say what they rest on; the plan's own need no word.</summary>
    static string SearchesFrom(CpcSource? source) => source switch
    {
        CpcSource.Seed => " (from the sample table shipped with the service, illustrative)",
        CpcSource.GoogleAds => " (from Google Ads' keyword planner)",
        CpcSource.KeywordPlanner => " (from the Keyword Planner download)",
        _ => "",
    };

    static string Join(List<string> skipped, string note) => skipped.Count == 0 ? note : $"{note} {string.Join(' ', skipped)}";
}
