using PpcBudget.Core.Estimates;

namespace PpcBudget.Core.Roi;

/// <summary>
/// What a customer is worth and what each keyword costs. Give <c>customerValue</c>, or <c>averageSale</c> with an
/// optional <c>fulfillmentCost</c>, not both.
/// </summary>
public sealed record RoiPlan : Plans.PlanSettings
{
    /// <summary>What one customer is worth after fulfilment: average sale − fulfilment cost.</summary>
    /// <example>100</example>
    public decimal? CustomerValue { get; init; }

    /// <summary>Average spend of one customer; used with <c>fulfillmentCost</c> when <c>customerValue</c> is not given.</summary>
    public decimal? AverageSale { get; init; }

    /// <summary>What it costs to fulfil one sale. Default 0.</summary>
    public decimal? FulfillmentCost { get; init; }

    /// <summary>Share of the earnings per click to keep as profit, from 0 up to (not including) 1; gives <c>recommendedCpc</c>.</summary>
    /// <example>0.2</example>
    public decimal? TargetMargin { get; init; }

    /// <summary>Observed traffic by keyword, from an imported report, for the ROI budget; not part of a JSON plan.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyDictionary<string, Budget.ReportTraffic>? ReportTraffic { get; init; }

    /// <summary>Google's own forecast by keyword, when Google Ads is configured, for the ROI budget; not part of a JSON plan.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyDictionary<string, Budget.GoogleForecast>? Forecasts { get; init; }

    /// <summary>The keywords to judge, at least one.</summary>
    public IReadOnlyList<RoiKeyword>? Keywords { get; init; }
}

/// <summary>One keyword, with what the test observed when there was one.</summary>
public sealed record RoiKeyword : IKeywordWithCpc
{
    /// <example>coffee shop</example>
    public string? Keyword { get; init; }

    /// <summary>Cost per click, in the plan's currency; when left out, an estimate is used (see <c>cpcBasis</c>).</summary>
    /// <example>0.80</example>
    public decimal? Cpc { get; init; }

    /// <summary>Average monthly searches, when known (otherwise the estimate's): the traffic the ROI budget can buy.</summary>
    /// <example>550000</example>
    public long? MonthlySearches { get; init; }

    /// <summary>Clicks observed in the test; give with <c>conversions</c>.</summary>
    /// <example>400</example>
    public long? Clicks { get; init; }

    /// <summary>Sales observed from those clicks; give with <c>clicks</c>.</summary>
    /// <example>6</example>
    public long? Conversions { get; init; }
}
