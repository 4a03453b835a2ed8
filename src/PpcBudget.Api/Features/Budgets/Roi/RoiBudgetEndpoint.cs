using FluentValidation;
using PpcBudget.Api.Features.Budgets.Bulk;
using PpcBudget.Api.Infrastructure.Formats;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;

namespace PpcBudget.Api.Features.Budgets.Roi;

public sealed class RoiBudgetEndpoint(Planner planner, BulkBudgets bulk, RoiForecasts forecasts) : PlanBodyEndpoint<RoiPlan, RoiReport>(planner)
{
    static readonly RoiSettingsValidator Settings = new();

    public const string Route = "/v1/budgets/roi";

    public override void Configure() => ConfigurePost(Route, "CalculateRoi",
        "ROI phase: what a click is worth and whether each keyword pays",
        "Send JSON, a CSV plan (text/csv: a header row keyword,cpc[,conversionRate,monthlySearches,clicks,conversions], settings as query parameters, up to 1,000,000 rows), "
        + "or a Google Ads search keyword or search terms report or a Microsoft Advertising keyword report as downloaded (text/csv, text/tab-separated-values, or multipart/form-data with the part file), whose observed clicks and conversions give the verdicts. "
        + "EPC (earnings per click) = customer value × conversion rate; it is the most a click may cost. "
        + "Per keyword: profit per click, ROAS, break-even conversion rate and a verdict. Keywords sent with "
        + "observed clicks and conversions use their own rate, with a 95 % Wilson interval and the EPC at its lower bound. "
        + "A keyword sent without a CPC takes it from the estimates (see cpcBasis).");

    protected override Task<Calculated<RoiReport>> CalculateAsync(Planner planner, RoiPlan plan, CancellationToken cancellationToken) =>
        forecasts.RoiAsync(planner, plan, cancellationToken);

    protected override IValidator<RoiPlan> SettingsRules => Settings;

    protected override Task<BulkAnswer> CalculateCsvAsync(Stream body, RoiPlan settings, AnswerRequest request, CancellationToken cancellationToken) =>
        bulk.RoiAsync(body, settings, request, cancellationToken);
}
