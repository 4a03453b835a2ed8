using FluentValidation;
using FluentValidation.Results;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Imports;
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
/// runs this — the API's JSON, query and file forms, and the command-line tool in-process — so the rules and messages agree.
/// </summary>
public sealed class Planner(MissingCpcs missingCpcs)
{
    static readonly TestingPlanValidator TestingRules = new();
    static readonly RoiPlanValidator RoiRules = new();

    /// <summary>
    /// This planner for the plan a downloaded file gives: a Keyword Planner download's own top-of-page bids price its
    /// keywords first (by the plan's cpcBasis), this planner's source only those it has no bid for.
    /// </summary>
    public Planner For(KeywordFileReading reading) =>
        ImportedPlan.Estimates(reading) is { } planned ? new(missingCpcs.AskingFirst(planned)) : this;

    public Task<Calculated<TestingBudget>> TestingAsync(TestingPlan plan, CancellationToken cancellationToken) =>
        CalculateAsync(plan, TestingRules, TestingBudgetCalculator.Calculate, TestingPlan.UnusedKeywordFields, cancellationToken);

    public Task<Calculated<RoiReport>> RoiAsync(RoiPlan plan, CancellationToken cancellationToken) =>
        CalculateAsync(plan, RoiRules, RoiCalculator.Calculate, RoiPlan.UnusedKeywordFields, cancellationToken);

    async Task<Calculated<TAnswer>> CalculateAsync<TPlan, TAnswer>(TPlan plan, IValidator<TPlan> rules,
        Func<TPlan, IReadOnlyList<CpcEstimate?>, TAnswer> calculate, IReadOnlyList<string> unusedKeywordFields, CancellationToken cancellationToken)
        where TPlan : Plan
        where TAnswer : PlanAnswer
    {
        ArgumentNullException.ThrowIfNull(plan);
        // The rules are synchronous (none waits on anything): FluentValidation's async path would only add state machines.
        var invalid = rules.Validate(plan).Errors;
        if (invalid.Count > 0)
            return Calculated.Refused<TAnswer>(invalid);

        var keywords = plan.Keywords!;
        var priced = await missingCpcs.PriceAsync(keywords, plan, plan.Currency, cancellationToken);
        if (priced.Failures.Count > 0)
            return Calculated.Refused<TAnswer>(priced.Failures);
        // With every CPC given (the usual plan) the plan already holds the priced keywords: no copies.
        var pricedPlan = ReferenceEquals(priced.Keywords, keywords) ? plan : (TPlan)((Plan)plan with { Keywords = priced.Keywords });
        IReadOnlyList<string> notes = UnusedFields(keywords, unusedKeywordFields) is { Count: > 0 } unused
            ? [.. priced.Warnings, PlanKeyword.NotUsedWarning(unused, "field", "the keywords")]
            : priced.Warnings;
        return new(PlanAnswer.WithNotes(calculate(pricedPlan, priced.Estimates), notes, priced.Skipped), []);
    }

    /// <summary>The fields of <paramref name="fields"/> some keyword gives; a loop, not LINQ: every small request asks.</summary>
    static List<string>? UnusedFields(IReadOnlyList<PlanKeyword> keywords, IReadOnlyList<string> fields)
    {
        List<string>? given = null;
        foreach (var field in fields)
            for (var i = 0; i < keywords.Count; i++)
                if (keywords[i]?.Gives(field) == true)
                {
                    (given ??= []).Add(field);
                    break;
                }
        return given;
    }
}

/// <summary>A plan's currency, ISO 4217; null for the default.</summary>
public interface IPlanCurrency
{
    string? Currency { get; }
}
