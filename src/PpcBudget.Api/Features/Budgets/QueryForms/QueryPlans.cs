using FluentValidation;
using FluentValidation.Results;

namespace PpcBudget.Api.Features.Budgets.QueryForms;

/// <summary>The GET form of a budget: the plan read from the query and checked by the body's rules, failures named as the query names them.</summary>
public static class QueryPlans
{
    public static async Task<Calculated<TAnswer>> CalculateAsync<TPlan, TAnswer>(IQueryCollection query, Func<QueryForm, TPlan> read,
        IValidator<TPlan> rules, Func<TPlan, CancellationToken, Task<Calculated<TAnswer>>> calculate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(calculate);
        var form = new QueryForm(query);
        var plan = read(form);
        if (form.Failures.Count > 0)
            return new(default, form.Failures);

        var invalid = (await rules.ValidateAsync(plan, cancellationToken)).Errors;
        var calculated = invalid.Count > 0 ? new Calculated<TAnswer>(default, invalid) : await calculate(plan, cancellationToken);
        return calculated with { Failures = calculated.Failures.Select(failure => new ValidationFailure(PlanQueries.QueryName(failure.PropertyName), failure.ErrorMessage)).ToList() };
    }
}
