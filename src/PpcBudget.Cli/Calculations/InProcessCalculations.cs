using System.Text.Json;
using FluentValidation.Results;
using PpcBudget.Cli.Files;
using PpcBudget.Core.Checks;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Imports;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Cli.Calculations;

/// <summary>Core's planner run here, with the embedded seed table as its only estimate source: what CI uses, with no service to start.</summary>
sealed class InProcessCalculations : IBudgetCalculations
{
    readonly Planner _planner = new(new MissingCpcs(new SeedEstimates(SeedEstimateTable.Embedded)));

    public Task<TestingBudget> TestingAsync(TestingPlan plan, Download? download, CancellationToken ct) => AnswerAsync(download is null
        ? _planner.TestingAsync(plan, ct)
        : ImportedPlan.CalculateAsync(_planner, plan, download.Reading, (planner, filed) => planner.TestingAsync(filed, ct)));

    public Task<RoiReport> RoiAsync(RoiPlan plan, Download? download, CancellationToken ct) => AnswerAsync(download is null
        ? _planner.RoiAsync(plan, ct)
        : ImportedPlan.CalculateAsync(_planner, plan, download.Reading, (planner, filed) => planner.RoiAsync(filed, ct)));

    public Task<BudgetCheckReport> CheckAsync(BudgetCheckRequest request, CancellationToken ct)
    {
        var invalid = new BudgetCheckRequestValidator().Validate(request).Errors;
        return invalid.Count > 0 ? Task.FromException<BudgetCheckReport>(Refused(invalid)) : Task.FromResult(BudgetCheck.Run(request));
    }

    /// <summary>
    /// Invalid input fails the task, as a 400 from the server does, so callers handle both one way; so does an estimate
    /// source that is not here (googleAds), blamed on the field that asked for it.
    /// </summary>
    static async Task<T> AnswerAsync<T>(Task<Calculated<T>> calculating)
    {
        Calculated<T> calculated;
        try
        {
            calculated = await calculating;
        }
        catch (EstimatesUnavailableException unavailable)
        {
            throw Refused([new ValidationFailure(JsonNamingPolicy.CamelCase.ConvertName(nameof(Plan.EstimateSource)), unavailable.Message)]);
        }
        return calculated.Failures.Count == 0 ? calculated.Answer! : throw Refused(calculated.Failures);
    }

    static ValidationFailedException Refused(IEnumerable<ValidationFailure> failures) =>
        new(failures.Select(failure => new FieldFailure(failure.PropertyName, failure.ErrorMessage)).ToList());
}
