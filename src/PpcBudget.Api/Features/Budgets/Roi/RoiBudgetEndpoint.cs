using FastEndpoints;
using PpcBudget.Core.Roi;

namespace PpcBudget.Api.Features.Budgets.Roi;

public sealed class RoiBudgetEndpoint(BudgetCalculations budgets) : Endpoint<RoiPlan, RoiReport>
{
    public const string Route = "/v1/budgets/roi";

    public override void Configure()
    {
        Post(Route);
        AllowAnonymous();
        Validator<RoiPlanValidator>();
        Description(endpoint => endpoint
            .WithName("CalculateRoi")
            .WithTags("Budgets")
            .WithSummary("ROI phase: what a click is worth and whether each keyword pays")
            .WithDescription("EPC (earnings per click) = customer value × conversion rate; it is the most a click may cost. "
                           + "Per keyword: profit per click, ROAS, break-even conversion rate and a verdict. Keywords sent with "
                           + "observed clicks and conversions use their own rate, with a 95 % Wilson interval and the EPC at its lower bound. "
                           + "A keyword sent without a CPC takes it from the estimates (see cpcBasis).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable));
    }

    public override async Task<RoiReport> ExecuteAsync(RoiPlan req, CancellationToken ct)
    {
        var calculated = await budgets.RoiAsync(req, ct);
        calculated.Failures.ToList().ForEach(AddError);
        ThrowIfAnyErrors();
        return calculated.Answer!;
    }
}
