using PpcBudget.Core.Estimates;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Roi.Budget;

/// <summary>What the ROI budget needs beside the keywords: what a customer is worth and the plan's rates.</summary>
public sealed record RoiBudgetSettings
{
    public const decimal DefaultClickThroughRate = 0.01m;

    /// <summary>ISO 4217 code of every amount. Default USD.</summary>
    /// <example>USD</example>
    public string? Currency { get; init; }

    /// <summary>What one customer is worth after fulfilment.</summary>
    /// <example>100</example>
    public required decimal CustomerValue { get; init; }

    /// <summary>The plan's conversion rate; gives the plan's EPC (customer value × rate). Default 0.01.</summary>
    /// <example>0.01</example>
    public decimal ConversionRate { get; init; } = Rates.DefaultConversionRate;

    /// <summary>Share of the EPC to keep as profit, from 0 up to (not including) 1; gives each losing keyword's <c>targetCpc</c>.</summary>
    /// <example>0.2</example>
    public decimal? TargetMargin { get; init; }

    /// <summary>Clicks per search for keywords that give monthly searches without a click-through rate of their own. Default 0.01.</summary>
    /// <example>0.01</example>
    public decimal ClickThroughRate { get; init; } = DefaultClickThroughRate;
}

/// <summary>
/// One keyword: what a click costs and earns, and whatever is known of its traffic. The best traffic figure is used:
/// Google's forecast, then an imported report, then monthly searches × click-through rate.
/// </summary>
public sealed record RoiBudgetKeyword
{
    /// <example>coffee shop</example>
    public required string Keyword { get; init; }

    /// <summary>Cost per click, in the plan's currency.</summary>
    /// <example>0.80</example>
    public required decimal Cpc { get; init; }

    /// <summary>The conversion rate used for this keyword: its observed rate, or the plan's.</summary>
    /// <example>0.01</example>
    public required decimal ConversionRate { get; init; }

    /// <summary>What one click of this keyword earns (customer value × its conversion rate): the bid at which it breaks even.</summary>
    /// <example>1.00</example>
    public required decimal Epc { get; init; }

    /// <summary>Google's forecast for a handful of max CPC bids (generateKeywordForecastMetrics).</summary>
    public GoogleForecast? Forecast { get; init; }

    /// <summary>What an imported report observed.</summary>
    public ReportTraffic? Report { get; init; }

    /// <summary>Average monthly searches.</summary>
    /// <example>2400</example>
    public long? MonthlySearches { get; init; }

    /// <summary>The estimate source the monthly searches came from; null when the plan gave them.</summary>
    public CpcSource? MonthlySearchesSource { get; init; }

    /// <summary>This keyword's clicks per search; the plan's when left out.</summary>
    /// <example>0.02</example>
    public decimal? ClickThroughRate { get; init; }

    /// <summary>Google's low top-of-page bid: the 20th percentile of the bids that reached the top of the page.</summary>
    /// <example>0.50</example>
    public decimal? LowTopOfPageBid { get; init; }

    /// <summary>Google's high top-of-page bid: the 80th percentile of the bids that reached the top of the page.</summary>
    /// <example>1.10</example>
    public decimal? HighTopOfPageBid { get; init; }
}

/// <summary>Google's forecast for one keyword over a period, one point per max CPC bid asked for.</summary>
public sealed record GoogleForecast
{
    /// <summary>Days the forecast period covers (end date − start date + 1); points are scaled to a month of 30.4 days.</summary>
    /// <example>30</example>
    public required int Days { get; init; }

    /// <summary>One point per bid, in any order.</summary>
    public required IReadOnlyList<ForecastPoint> Points { get; init; }

    /// <summary>How many bids were asked about; when fewer points came back (the time ran out), the note says so.</summary>
    /// <example>5</example>
    public int? BidsAsked { get; init; }
}

/// <summary>What Google forecasts for one max CPC bid over the forecast period.</summary>
public sealed record ForecastPoint
{
    /// <summary>The max CPC bid asked about.</summary>
    /// <example>1.00</example>
    public required decimal MaxCpc { get; init; }

    /// <summary>Clicks over the period.</summary>
    /// <example>180</example>
    public required decimal Clicks { get; init; }

    /// <summary>Cost of those clicks over the period (costMicros ÷ 1,000,000).</summary>
    /// <example>96.00</example>
    public required decimal Cost { get; init; }
}

/// <summary>One keyword's figures from an imported report (Google Ads' keyword report or a search terms report).</summary>
public sealed record ReportTraffic
{
    /// <example>140</example>
    public required long Clicks { get; init; }

    /// <example>5200</example>
    public long? Impressions { get; init; }

    /// <summary>What those clicks cost; their average CPC is mentioned when it differs from the keyword's CPC.</summary>
    /// <example>98.00</example>
    public decimal? Cost { get; init; }

    /// <summary>Days the report covers; its clicks are scaled to a month of 30.4 days.</summary>
    /// <example>14</example>
    public required int Days { get; init; }

    /// <summary>
    /// Impressions received ÷ impressions the keyword was eligible for, from 0 to 1; clicks are scaled to full share.
    /// A share below 0.1 is read as 0.1, as Google reports it (<c>&lt; 10%</c>). Pass a <c>&gt; 90%</c> share as 1.
    /// </summary>
    /// <example>0.4</example>
    public decimal? SearchImpressionShare { get; init; }

    /// <summary>True when the report gave the share as a bound (<c>&lt; 10%</c>): it is read as the bound itself, the least traffic it allows.</summary>
    /// <example>false</example>
    public bool ImpressionShareCensored { get; init; }
}
