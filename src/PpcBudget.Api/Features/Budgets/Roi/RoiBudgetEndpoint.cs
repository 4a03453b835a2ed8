using FastEndpoints;
using PpcBudget.Api.Features.Budgets.Bulk;
using PpcBudget.Api.Features.Budgets.QueryForms;
using PpcBudget.Api.Infrastructure;
using PpcBudget.Core.Roi;

namespace PpcBudget.Api.Features.Budgets.Roi;

public sealed class RoiBudgetEndpoint(BudgetCalculations budgets, BulkBudgets bulk) : Endpoint<RoiPlan, RoiReport>
{
    static readonly RoiSettingsValidator SettingsRules = new();

    public const string Route = "/v1/budgets/roi";

    public override void Configure()
    {
        Post(Route);
        AllowAnonymous();
        RequestBinder(new JsonBodyBinder<RoiPlan>());
        Validator<RoiPlanValidator>();
        // A CSV body leaves the plan's keywords empty; its rows are checked by the bulk path instead.
        DontThrowIfValidationFails();
        Description(endpoint => endpoint
            .Accepts<RoiPlan>("application/json", "text/csv")
            .Produces<RoiReport>(StatusCodes.Status200OK, "application/json", "text/csv", "text/tab-separated-values", "text/plain")
            .WithName("CalculateRoi")
            .WithTags("Budgets")
            .WithSummary("ROI phase: what a click is worth and whether each keyword pays")
            .WithDescription("Send JSON, or a CSV plan (text/csv: a header row keyword,cpc[,clicks,conversions], settings as query parameters, up to 1,000,000 rows). "
                           + "EPC (earnings per click) = customer value × conversion rate; it is the most a click may cost. "
                           + "Per keyword: profit per click, ROAS, break-even conversion rate and a verdict. Keywords sent with "
                           + "observed clicks and conversions use their own rate, with a 95 % Wilson interval and the EPC at its lower bound. "
                           + "A keyword sent without a CPC takes it from the estimates (see cpcBasis).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable),
            clearDefaults: true);
    }

    public override async Task HandleAsync(RoiPlan req, CancellationToken ct)
    {
        if (QueryParameterRules.IsCsvBody(HttpContext.Request))
        {
            ValidationFailures.Clear();
            var (settings, failures) = CsvPlanSettings.Read(HttpContext.Request.Query, PlanQueries.RoiSettings, SettingsRules);
            failures.ToList().ForEach(AddError);
            ThrowIfAnyErrors();
            (await bulk.RoiAsync(HttpContext, settings, ct)).ToList().ForEach(AddError);
            ThrowIfAnyErrors();
            return;
        }

        ThrowIfAnyErrors();
        var calculated = await budgets.RoiAsync(req, ct);
        calculated.Failures.ToList().ForEach(AddError);
        ThrowIfAnyErrors();
        await Send.OkAsync(calculated.Answer!, ct);
    }
}
