using PpcBudget.Core.Plans;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Features.Budgets.Testing;

/// <summary>The testing budget from a URL, for a spreadsheet cell (IMPORTDATA, WEBSERVICE): the same answer as the POST.</summary>
public sealed class TestingBudgetQueryEndpoint(Planner planner) : PlanQueryEndpoint<TestingPlan, TestingBudget>
{
    public override void Configure() => ConfigureGet(TestingBudgetEndpoint.Route, "CalculateTestingBudgetFromQuery",
        "Testing phase from a URL: keywords and cpcs as parallel comma-separated lists",
        "For spreadsheets: =IMPORTDATA(\"…/v1/budgets/testing?keywords=coffee shop,mortgage broker&cpcs=2.90,13.76&months=4&format=csv\"). "
        + "Every field of the JSON plan is a parameter of the same name; each keyword field is a comma-separated list, one entry per keyword, in the plural (cpcs, conversionRates). "
        + "Rates take a fraction (0.01) or a percent (1%). Leave cpcs out to use estimates.");

    protected override Task<Calculated<TestingBudget>> CalculateAsync(TestingPlan plan, CancellationToken cancellationToken) =>
        planner.TestingAsync(plan, cancellationToken);
}
