using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Plans;

/// <summary>A whole budget plan, as kept in a plan file: the testing settings, the ROI settings and the keywords.</summary>
/// <remarks>Its fields are the union of the testing and ROI requests, so each phase reads its part and the same validators and calculators run.</remarks>
public sealed record BudgetPlan : PlanSettings
{
    /// <summary>Months the test budget is spread over, 1 to 120. Default 1.</summary>
    /// <example>4</example>
    public int? Months { get; init; }

    /// <summary>Sales each keyword must bring before its test is over. Default 1.</summary>
    /// <example>1</example>
    public int? SalesPerKeyword { get; init; }

    /// <summary>ROI: what one customer is worth after fulfilment. Give this, or <c>averageSale</c>, not both.</summary>
    /// <example>320</example>
    public decimal? CustomerValue { get; init; }

    /// <summary>ROI: average spend of one customer; used with <c>fulfillmentCost</c> instead of <c>customerValue</c>.</summary>
    public decimal? AverageSale { get; init; }

    /// <summary>ROI: what it costs to fulfil one sale. Default 0.</summary>
    public decimal? FulfillmentCost { get; init; }

    /// <summary>ROI: share of the earnings per click to keep as profit, from 0 up to (not including) 1.</summary>
    /// <example>0.2</example>
    public decimal? TargetMargin { get; init; }

    /// <summary>The keywords, at least one.</summary>
    public IReadOnlyList<PlanKeyword>? Keywords { get; init; }

    /// <summary>
    /// Whether the plan says anything about returns: then its ROI part must be complete, and a check judges every keyword.
    /// </summary>
    public bool HasRoiSettings() =>
        CustomerValue is not null || AverageSale is not null || FulfillmentCost is not null || TargetMargin is not null
        || Keywords?.Any(keyword => keyword?.Clicks is not null || keyword?.Conversions is not null) == true;

    public TestingPlan ToTestingPlan() => WithSettingsOn(new TestingPlan
    {
        Months = Months,
        SalesPerKeyword = SalesPerKeyword,
        // A null keyword stays null so that the validator names it (keywords[2]) instead of it vanishing.
        Keywords = Keywords?.Select(keyword => keyword is null ? null! : new TestingKeyword
        {
            Keyword = keyword.Keyword,
            Cpc = keyword.Cpc,
            ConversionRate = keyword.ConversionRate,
            MonthlySearches = keyword.MonthlySearches,
        }).ToList(),
    });

    public RoiPlan ToRoiPlan() => WithSettingsOn(new RoiPlan
    {
        CustomerValue = CustomerValue,
        AverageSale = AverageSale,
        FulfillmentCost = FulfillmentCost,
        TargetMargin = TargetMargin,
        Keywords = Keywords?.Select(keyword => keyword is null ? null! : new RoiKeyword
        {
            Keyword = keyword.Keyword,
            Cpc = keyword.Cpc,
            MonthlySearches = keyword.MonthlySearches,
            Clicks = keyword.Clicks,
            Conversions = keyword.Conversions,
        }).ToList(),
    });
}

/// <summary>One keyword of a plan: what a click costs and, once tested, what was observed.</summary>
public sealed record PlanKeyword
{
    /// <summary>The search term.</summary>
    /// <example>coffee shop</example>
    public string? Keyword { get; init; }

    /// <summary>Cost per click, in the plan's currency.</summary>
    /// <example>2.90</example>
    public decimal? Cpc { get; init; }

    /// <summary>Testing: this keyword's own conversion rate, when it differs from the plan's. The ROI phase uses observed figures instead.</summary>
    /// <example>0.01</example>
    public decimal? ConversionRate { get; init; }

    /// <summary>Average monthly searches, when known; otherwise taken from the estimate.</summary>
    /// <example>550000</example>
    public long? MonthlySearches { get; init; }

    /// <summary>ROI: clicks observed in the test; give with <c>conversions</c>.</summary>
    /// <example>400</example>
    public long? Clicks { get; init; }

    /// <summary>ROI: sales observed from those clicks; give with <c>clicks</c>.</summary>
    /// <example>6</example>
    public long? Conversions { get; init; }
}
