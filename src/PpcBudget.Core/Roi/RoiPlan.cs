namespace PpcBudget.Core.Roi;

/// <summary>
/// What a customer is worth and what each keyword costs. Give <c>customerValue</c>, or <c>averageSale</c> with an
/// optional <c>fulfillmentCost</c>, not both.
/// </summary>
public record RoiPlan : Plans.Plan
{
    /// <summary>The keyword fields the ROI phase does not use: a keyword's conversion rate is observed (clicks and conversions), else the plan's.</summary>
    public static IReadOnlyList<string> UnusedKeywordFields { get; } = ["conversionRate"];

    /// <summary>ROI: what one customer is worth after fulfilment: average sale − fulfilment cost. Give this, or <c>averageSale</c>, not both.</summary>
    /// <example>100</example>
    public decimal? CustomerValue { get; init; }

    /// <summary>ROI: average spend of one customer; used with <c>fulfillmentCost</c> when <c>customerValue</c> is not given.</summary>
    public decimal? AverageSale { get; init; }

    /// <summary>ROI: what it costs to fulfil one sale. Default 0.</summary>
    public decimal? FulfillmentCost { get; init; }

    /// <summary>ROI: share of the earnings per click to keep as profit, from 0 up to (not including) 1; gives <c>recommendedCpc</c>.</summary>
    /// <example>0.2</example>
    [Plans.Rate]
    public decimal? TargetMargin { get; init; }

    /// <summary>Observed traffic by keyword, from an imported report, for the ROI budget; not part of a JSON plan.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyDictionary<string, Budget.ReportTraffic>? ReportTraffic { get; init; }

    /// <summary>Google's own forecast by keyword, when Google Ads is configured, for the ROI budget; not part of a JSON plan.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyDictionary<string, Budget.GoogleForecast>? Forecasts { get; init; }

    /// <summary>
    /// Whether the plan says anything about returns: then its ROI part must be complete, and a check judges every keyword.
    /// </summary>
    public bool HasRoiSettings() =>
        CustomerValue is not null || AverageSale is not null || FulfillmentCost is not null || TargetMargin is not null
        || Keywords?.Any(keyword => keyword?.Clicks is not null || keyword?.Conversions is not null) == true;
}
