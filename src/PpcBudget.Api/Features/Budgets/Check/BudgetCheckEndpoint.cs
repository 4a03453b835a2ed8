using FastEndpoints;
using PpcBudget.Api.Infrastructure.Auth;
using PpcBudget.Api.Infrastructure.Binding;
using PpcBudget.Core.Checks;

namespace PpcBudget.Api.Features.Budgets.Check;

public sealed class BudgetCheckEndpoint : Endpoint<BudgetCheckRequest, BudgetCheckReport>
{
    public const string Route = "/v1/budgets/check";

    public override void Configure()
    {
        Post(Route);
        Policies(ApiKeys.Policy);
        RequestBinder(new JsonBodyBinder<BudgetCheckRequest>());
        Validator<BudgetCheckRequestValidator>();
        Description(endpoint => endpoint
            .WithName("CheckBudget")
            .WithTags("Budgets")
            .WithSummary("Regression check: today's budget against the committed baseline")
            .WithDescription("Calculates the plan and compares it with the baseline (the contents of budget.lock.json), "
                           + "per keyword and in total: before, after, change and relative change. It fails (passed = false, "
                           + "still 200) when a bound is exceeded, a cost grew by more than the tolerance, or a keyword turned unprofitable; "
                           + "savings never fail it. The ROI part needs customerValue or averageSale in the plan.")
            .ProducesValidationProblem());
    }

    public override Task<BudgetCheckReport> ExecuteAsync(BudgetCheckRequest req, CancellationToken ct) =>
        Task.FromResult(BudgetCheck.Run(req));
}
