using FastEndpoints;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Features.Budgets.Testing;

public sealed class TestingBudgetEndpoint : Endpoint<TestingPlan, TestingBudget>
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
                           + "and a daily budget of monthly ÷ 30.4.")
            .ProducesValidationProblem());
    }

    public override Task<TestingBudget> ExecuteAsync(TestingPlan req, CancellationToken ct) =>
        Task.FromResult(TestingBudgetCalculator.Calculate(req));
}
