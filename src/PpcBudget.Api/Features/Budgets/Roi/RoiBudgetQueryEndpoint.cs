using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;

namespace PpcBudget.Api.Features.Budgets.Roi;

/// <summary>The ROI report from a URL, for a spreadsheet cell: the same answer as the POST.</summary>
public sealed class RoiBudgetQueryEndpoint(Planner planner, RoiForecasts forecasts) : PlanQueryEndpoint<RoiPlan, RoiReport>
{
    public override void Configure() => ConfigureGet(RoiBudgetEndpoint.Route, "CalculateRoiFromQuery",
        "ROI phase from a URL: keywords and cpcs as parallel comma-separated lists",
        "For spreadsheets: =WEBSERVICE(\"…/v1/budgets/roi?customerValue=100&conversionRate=1%&keywords=coffee shop&cpcs=0.80&format=text&field=epc\"). "
        + "Every field of the JSON plan is a parameter of the same name; each keyword field is a comma-separated list, one entry per keyword, in the plural (cpcs, monthlySearches, clicks, conversions). "
        + "Rates take a fraction (0.01) or a percent (1%).");

    protected override Task<Calculated<RoiReport>> CalculateAsync(RoiPlan plan, CancellationToken cancellationToken) =>
        forecasts.RoiAsync(planner, plan, cancellationToken);
}
