using PpcBudget.Core.Checks;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;
using Refit;

namespace PpcBudget.Cli.Calculations;

/// <summary>The PpcBudget service's budget operations, as its OpenAPI document describes them.</summary>
public interface IPpcBudgetApi
{
    [Post("/v1/budgets/testing")]
    Task<TestingBudget> CalculateTestingBudget([Body] TestingPlan plan, CancellationToken ct);

    [Post("/v1/budgets/roi")]
    Task<RoiReport> CalculateRoi([Body] RoiPlan plan, CancellationToken ct);

    /// <summary>A download as the body, the plan's settings as query parameters.</summary>
    [Post("/v1/budgets/testing")]
    Task<TestingBudget> CalculateTestingBudgetFromFile([Body] HttpContent file, [Query] IDictionary<string, string> settings, CancellationToken ct);

    /// <inheritdoc cref="CalculateTestingBudgetFromFile"/>
    [Post("/v1/budgets/roi")]
    Task<RoiReport> CalculateRoiFromFile([Body] HttpContent file, [Query] IDictionary<string, string> settings, CancellationToken ct);

    [Post("/v1/budgets/check")]
    Task<BudgetCheckReport> CheckBudget([Body] BudgetCheckRequest request, CancellationToken ct);
}
