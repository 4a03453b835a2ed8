using PpcBudget.Cli.Files;
using PpcBudget.Core.Checks;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Cli.Calculations;

/// <summary>
/// The answers the tool prints, worked out in this process or by a PpcBudget service; either way the same Core code
/// runs, and invalid input surfaces as a <see cref="Files.ValidationFailedException"/> naming the fields.
/// </summary>
interface IBudgetCalculations
{
    /// <param name="plan">The plan; for a download, its settings with the keywords read from it.</param>
    /// <param name="download">The download the plan came from, if it did: its answer accounts for the file's rows, as the service's does.</param>
    /// <param name="ct">Stops the work.</param>
    Task<TestingBudget> TestingAsync(TestingPlan plan, Download? download, CancellationToken ct);

    /// <inheritdoc cref="TestingAsync"/>
    Task<RoiReport> RoiAsync(RoiPlan plan, Download? download, CancellationToken ct);

    Task<BudgetCheckReport> CheckAsync(BudgetCheckRequest request, CancellationToken ct);
}

static class BudgetCalculations
{
    public static IBudgetCalculations For(Uri? server) => server is null ? new InProcessCalculations() : new ServerCalculations(server);

    /// <summary>Today's results in baseline form, from the same answers the testing and roi commands print.</summary>
    public static async Task<BudgetBaseline> BaselineAsync(this IBudgetCalculations calculations, BudgetPlan plan, CancellationToken ct)
    {
        var testing = await calculations.TestingAsync(plan.ToTestingPlan(), download: null, ct);
        var roi = plan.HasRoiSettings() ? await calculations.RoiAsync(plan.ToRoiPlan(), download: null, ct) : null;
        return BudgetBaseline.From(testing, roi);
    }
}
