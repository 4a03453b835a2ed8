using PpcBudget.Api.Features.Budgets.QueryForms;
using PpcBudget.Api.Infrastructure.Auth;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Features.Budgets.Testing;

/// <summary>The testing budget from a URL, for a spreadsheet cell (IMPORTDATA, WEBSERVICE): the same answer as the POST.</summary>
public sealed class TestingBudgetQueryEndpoint(Planner planner) : PlanQueryEndpoint<TestingBudgetQuery, TestingPlan, TestingBudget>
{
    public override void Configure()
    {
        Get(TestingBudgetEndpoint.Route);
        Policies(ApiKeys.Policy);
        Description(endpoint => endpoint
            .WithName("CalculateTestingBudgetFromQuery")
            .WithTags("Budgets")
            .WithSummary("Testing phase from a URL: keywords and cpcs as parallel comma-separated lists")
            .WithDescription("For spreadsheets: =IMPORTDATA(\"…/v1/budgets/testing?keywords=coffee shop,mortgage broker&cpcs=2.90,13.76&months=4&format=csv\"). "
                           + "Rates take a fraction (0.01) or a percent (1%). Leave cpcs out to use estimates.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable));
    }

    protected override TestingPlan ReadPlan(QueryForm form) => PlanQueries.TestingSettings(form) with { Keywords = PlanQueries.TestingKeywords(form) };

    protected override Task<Calculated<TestingBudget>> CalculateAsync(TestingPlan plan, CancellationToken cancellationToken) =>
        planner.TestingAsync(plan, cancellationToken);
}

/// <summary>The testing plan as query parameters. Lists are comma-separated; rates take 0.01 or 1%.</summary>
public sealed record TestingBudgetQuery
{
    /// <summary>The keywords, comma-separated.</summary>
    /// <example>coffee shop,mortgage broker</example>
    public string? Keywords { get; init; }

    /// <summary>One CPC per keyword, in the same order; leave it out (or an entry empty) to use the estimate.</summary>
    /// <example>2.90,13.76</example>
    public string? Cpcs { get; init; }

    /// <summary>One conversion rate per keyword, when they differ from the plan's.</summary>
    public string? ConversionRates { get; init; }

    /// <summary>One monthly search volume per keyword, when known.</summary>
    public string? MonthlySearches { get; init; }

    /// <summary>ISO 4217 code. Default USD.</summary>
    /// <example>USD</example>
    public string? Currency { get; init; }

    /// <summary>Fraction or percent of clicks that become a sale. Default 1%.</summary>
    /// <example>1%</example>
    public string? ConversionRate { get; init; }

    /// <summary>Months the budget is spread over, 1 to 120. Default 1.</summary>
    /// <example>4</example>
    public string? Months { get; init; }

    /// <summary>Sales each keyword must bring. Default 1.</summary>
    public string? SalesPerKeyword { get; init; }

    /// <summary>Share of searches that click the ad. Default 1%.</summary>
    public string? ClickThroughRate { get; init; }

    /// <summary>average (default), low or high: which estimate stands in for a missing CPC.</summary>
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
