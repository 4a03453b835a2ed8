using FluentValidation;
using FluentValidation.Results;
using PpcBudget.Cli.Files;
using PpcBudget.Core.Checks;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Cli.Calculations;

/// <summary>Core's validators and calculators, run here: what CI uses, with no service to start.</summary>
sealed class InProcessCalculations : IBudgetCalculations
{
    public Task<TestingBudget> TestingAsync(TestingPlan plan, CancellationToken ct) =>
        Answer(plan, new TestingPlanValidator(), valid =>
        {
            var (estimates, failures) = OfflineEstimates.For(valid.Keywords, valid, valid.Currency);
            return failures.Count > 0 ? Fail<TestingBudget>(failures) : Task.FromResult(TestingBudgetCalculator.Calculate(valid, estimates));
        });

    public Task<RoiReport> RoiAsync(RoiPlan plan, CancellationToken ct) =>
        Answer(plan, new RoiPlanValidator(), valid =>
        {
            var (estimates, failures) = OfflineEstimates.For(valid.Keywords, valid, valid.Currency);
            return failures.Count > 0 ? Fail<RoiReport>(failures) : Task.FromResult(RoiCalculator.Calculate(valid, estimates));
        });

    public Task<BudgetCheckReport> CheckAsync(BudgetCheckRequest request, CancellationToken ct) =>
        Answer(request, new BudgetCheckRequestValidator(), valid => Task.FromResult(BudgetCheck.Run(valid)));

    /// <summary>Invalid input fails the task, as a 400 from the server does, so callers handle both one way.</summary>
    static Task<TAnswer> Answer<TInput, TAnswer>(TInput input, IValidator<TInput> validator, Func<TInput, Task<TAnswer>> calculate)
    {
        var result = validator.Validate(input);
        return result.IsValid ? calculate(input) : Fail<TAnswer>(result.Errors);
    }

    static Task<TAnswer> Fail<TAnswer>(IEnumerable<ValidationFailure> failures) =>
        Task.FromException<TAnswer>(new ValidationFailedException(
            failures.Select(failure => new FieldFailure(failure.PropertyName, failure.ErrorMessage)).ToList()));
}
