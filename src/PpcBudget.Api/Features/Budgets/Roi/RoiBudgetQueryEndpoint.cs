using PpcBudget.Api.Features.Budgets.QueryForms;
using PpcBudget.Api.Infrastructure.Auth;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;

namespace PpcBudget.Api.Features.Budgets.Roi;

/// <summary>The ROI report from a URL, for a spreadsheet cell: the same answer as the POST.</summary>
public sealed class RoiBudgetQueryEndpoint(Planner planner, RoiForecasts forecasts) : PlanQueryEndpoint<RoiBudgetQuery, RoiPlan, RoiReport>
{
    public override void Configure()
    {
        Get(RoiBudgetEndpoint.Route);
        Policies(ApiKeys.Policy);
        Description(endpoint => endpoint
            .WithName("CalculateRoiFromQuery")
            .WithTags("Budgets")
            .WithSummary("ROI phase from a URL: keywords and cpcs as parallel comma-separated lists")
            .WithDescription("For spreadsheets: =WEBSERVICE(\"…/v1/budgets/roi?customerValue=100&conversionRate=1%&keywords=coffee shop&cpcs=0.80&format=text&field=epc\"). "
                           + "Rates take a fraction (0.01) or a percent (1%).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable));
    }

    protected override RoiPlan ReadPlan(QueryForm form) => PlanQueries.RoiSettings(form) with { Keywords = PlanQueries.RoiKeywords(form) };

    protected override async Task<Calculated<RoiReport>> CalculateAsync(RoiPlan plan, CancellationToken cancellationToken) =>
        await planner.RoiAsync(await forecasts.WithForecastsAsync(plan, cancellationToken), cancellationToken);
}

/// <summary>The ROI plan as query parameters. Lists are comma-separated; rates take 0.01 or 1%.</summary>
public sealed record RoiBudgetQuery
{
    /// <summary>The keywords, comma-separated.</summary>
    /// <example>coffee shop,mortgage broker</example>
    public string? Keywords { get; init; }

    /// <summary>One CPC per keyword, in the same order; leave it out (or an entry empty) to use the estimate.</summary>
    /// <example>0.80,13.76</example>
    public string? Cpcs { get; init; }

    /// <summary>One monthly search volume per keyword, when known: the traffic the ROI budget buys (with clickThroughRate).</summary>
    /// <example>550000,12100</example>
    public string? MonthlySearches { get; init; }

    /// <summary>Share of searches that click the ad (0.02 or 2%). Default 1%.</summary>
    public string? ClickThroughRate { get; init; }

    /// <summary>Observed clicks per keyword, with conversions.</summary>
    public string? Clicks { get; init; }

    /// <summary>Observed conversions per keyword, with clicks.</summary>
    public string? Conversions { get; init; }

    /// <summary>ISO 4217 code. Default USD.</summary>
    /// <example>USD</example>
    public string? Currency { get; init; }

    /// <summary>What one customer is worth after fulfilment; or give averageSale and fulfillmentCost.</summary>
    /// <example>100</example>
    public string? CustomerValue { get; init; }

    /// <summary>Average spend of one customer.</summary>
    public string? AverageSale { get; init; }

    /// <summary>What it costs to fulfil one sale.</summary>
    public string? FulfillmentCost { get; init; }

    /// <summary>Fraction or percent of clicks that become a sale. Default 1%.</summary>
    /// <example>1%</example>
    public string? ConversionRate { get; init; }

    /// <summary>Share of EPC to keep as profit (0.2 or 20%); gives recommendedCpc.</summary>
    public string? TargetMargin { get; init; }

    /// <summary>average (default), low or high.</summary>
    public string? CpcBasis { get; init; }

    /// <summary>true to leave out (and list) keywords with no CPC and no estimate.</summary>
    public string? SkipUnknownKeywords { get; init; }

    /// <summary>googleAds or seed.</summary>
    public string? EstimateSource { get; init; }

    /// <summary>Google Ads language for estimates, e.g. 1000.</summary>
    public string? Language { get; init; }

    /// <summary>Google Ads locations for estimates, comma-separated, e.g. 2840.</summary>
    public string? GeoTargets { get; init; }
}
