using FluentValidation;
using PpcBudget.Cli.Files;
using PpcBudget.Core.Checks;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Cli.Calculations;

/// <summary>Core's validators and calculators, run here: what CI uses, with no service to start.</summary>
sealed class InProcessCalculations : IBudgetCalculations
{
    public Task<TestingBudget> TestingAsync(TestingPlan plan, CancellationToken ct) =>
        Answer(plan, new TestingPlanValidator(), TestingBudgetCalculator.Calculate);

    public Task<RoiReport> RoiAsync(RoiPlan plan, CancellationToken ct) =>
        Answer(plan, new RoiPlanValidator(), RoiCalculator.Calculate);

    public Task<BudgetCheckReport> CheckAsync(BudgetCheckRequest request, CancellationToken ct) =>
        Answer(request, new BudgetCheckRequestValidator(), BudgetCheck.Run);

    /// <summary>Invalid input fails the task, as a 400 from the server does, so callers handle both one way.</summary>
    static Task<TAnswer> Answer<TInput, TAnswer>(TInput input, IValidator<TInput> validator, Func<TInput, TAnswer> calculate)
    {
        var result = validator.Validate(input);
        return result.IsValid
            ? Task.FromResult(calculate(input))
            : Task.FromException<TAnswer>(new ValidationFailedException(
                result.Errors.Select(failure => new FieldFailure(failure.PropertyName, failure.ErrorMessage)).ToList()));
    }
}
