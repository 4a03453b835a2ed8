using FastEndpoints;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Features.Budgets.Testing;

public sealed class TestingBudgetEndpoint(BudgetCalculations budgets) : Endpoint<TestingPlan, TestingBudget>
{
    public const string Route = "/v1/budgets/testing";

    public override void Configure()
    {
        Post(Route);
        AllowAnonymous();
        Validator<TestingPlanValidator>();
        Description(endpoint => endpoint
            .WithName("CalculateTestingBudget")
            .WithTags("Budgets")
            .WithSummary("Testing phase: what it costs to get the first sales from each keyword")
            .WithDescription("Per keyword, cost per sale = CPC ÷ conversion rate and test cost = cost per sale × sales wanted. "
                           + "The total is spread over the months allotted, with a schedule whose rows add back up to it exactly, "
                           + "and a daily budget of monthly ÷ 30.4. "
                           + "A keyword sent without a CPC takes it from the estimates (see cpcBasis); each line says where its CPC came from.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable));
    }

    public override async Task<TestingBudget> ExecuteAsync(TestingPlan req, CancellationToken ct)
    {
        var calculated = await budgets.TestingAsync(req, ct);
        calculated.Failures.ToList().ForEach(AddError);
        ThrowIfAnyErrors();
        return calculated.Answer!;
    }
}
