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

    public async Task<TestingBudget> TestingAsync(TestingPlan plan, Download? download, CancellationToken ct)
    {
        if (download is null)
            return await AnswerAsync(_planner.TestingAsync(plan, ct));
        var answer = await AnswerAsync(_planner.For(download.Reading).TestingAsync(ImportedPlan.Plan(plan, download.Reading), ct), download.Reading);
        return ImportedPlan.Answer(answer, download.Reading);
    }

    public async Task<RoiReport> RoiAsync(RoiPlan plan, Download? download, CancellationToken ct)
    {
        if (download is null)
            return await AnswerAsync(_planner.RoiAsync(plan, ct));
        var answer = await AnswerAsync(_planner.For(download.Reading).RoiAsync(ImportedPlan.Plan(plan, download.Reading), ct), download.Reading);
        return ImportedPlan.Answer(answer, download.Reading);
    }

    public Task<BudgetCheckReport> CheckAsync(BudgetCheckRequest request, CancellationToken ct)
    {
        var invalid = new BudgetCheckRequestValidator().Validate(request).Errors;
        return invalid.Count > 0 ? Task.FromException<BudgetCheckReport>(Refused(invalid)) : Task.FromResult(BudgetCheck.Run(request));
    }

    /// <summary>
    /// Invalid input fails the task, as a 400 from the server does, so callers handle both one way; so does an estimate
    /// source that is not here (googleAds), blamed on the field that asked for it. A download's keyword fields are named
    /// by the file's line, as the service names them.
    /// </summary>
    static async Task<T> AnswerAsync<T>(Task<Calculated<T>> calculating, KeywordFileReading? download = null)
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
        if (calculated.Failures.Count == 0)
            return calculated.Answer!;
        throw Refused(download is null ? calculated.Failures
            : calculated.Failures.Select(failure => new ValidationFailure(ImportedPlan.FieldName(failure.PropertyName, download), failure.ErrorMessage)));
    }

    static ValidationFailedException Refused(IEnumerable<ValidationFailure> failures) =>
        new(failures.Select(failure => new FieldFailure(failure.PropertyName, failure.ErrorMessage)).ToList());
}
