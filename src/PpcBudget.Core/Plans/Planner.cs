using FluentValidation;
using FluentValidation.Results;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Plans;

/// <summary>An answer, or the reasons there is none (each naming the field).</summary>
public sealed record Calculated<T>(T? Answer, IReadOnlyList<ValidationFailure> Failures);

public static class Calculated
{
    public static Calculated<T> Refused<T>(IReadOnlyList<ValidationFailure> failures) => new(default, failures);
}

/// <summary>
/// Both phases for a plan: validated, missing CPCs filled in by the one pricing step, calculated. Every entry point
/// runs this — the API's JSON and query forms, and the command-line tool in-process — so the rules and messages agree.
/// </summary>
public sealed class Planner(MissingCpcs missingCpcs)
{
    static readonly TestingPlanValidator TestingRules = new();
    static readonly RoiPlanValidator RoiRules = new();

    public Task<Calculated<TestingBudget>> TestingAsync(TestingPlan plan, CancellationToken cancellationToken) =>
        CalculateAsync(plan, TestingRules, plan?.Keywords, (valid, keywords) => valid with { Keywords = keywords }, TestingBudgetCalculator.Calculate,
            (budget, skipped, warnings) => budget with { SkippedKeywords = skipped, Warnings = [.. warnings, .. budget.Warnings] }, cancellationToken);

    public Task<Calculated<RoiReport>> RoiAsync(RoiPlan plan, CancellationToken cancellationToken) =>
        CalculateAsync(plan, RoiRules, plan?.Keywords, (valid, keywords) => valid with { Keywords = keywords }, RoiCalculator.Calculate,
            (report, skipped, warnings) => report with { SkippedKeywords = skipped, Warnings = [.. warnings, .. report.Warnings] }, cancellationToken);

    async Task<Calculated<TAnswer>> CalculateAsync<TPlan, TKeyword, TAnswer>(TPlan plan, IValidator<TPlan> rules, IReadOnlyList<TKeyword>? keywords,
        Func<TPlan, IReadOnlyList<TKeyword>, TPlan> withKeywords, Func<TPlan, IReadOnlyList<CpcEstimate?>, TAnswer> calculate,
        Func<TAnswer, IReadOnlyList<string>, IReadOnlyList<string>, TAnswer> withNotes, CancellationToken cancellationToken)
        where TPlan : IEstimateOptions, IPlanCurrency
        where TKeyword : IKeywordWithCpc
    {
        ArgumentNullException.ThrowIfNull(plan);
        var invalid = (await rules.ValidateAsync(plan, cancellationToken)).Errors;
        if (invalid.Count > 0)
            return Calculated.Refused<TAnswer>(invalid);

        var priced = await missingCpcs.PriceAsync(keywords ?? [], plan, plan.Currency, cancellationToken);
        if (priced.Failures.Count > 0)
            return Calculated.Refused<TAnswer>(priced.Failures);
        // With every CPC given (the usual plan) the plan already holds the priced keywords and nothing joins the answer: no copies.
        var pricedPlan = ReferenceEquals(priced.Keywords, keywords) ? plan : withKeywords(plan, priced.Keywords);
        var answer = calculate(pricedPlan, priced.Estimates);
        return priced.Skipped.Count == 0 && priced.Warnings.Count == 0
            ? new(answer, [])
            : new(withNotes(answer, priced.Skipped, priced.Warnings), []);
    }
}

/// <summary>A plan's currency, ISO 4217; null for the default.</summary>
public interface IPlanCurrency
{
    string? Currency { get; }
}
