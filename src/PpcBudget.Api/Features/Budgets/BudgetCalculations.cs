using FluentValidation.Results;
using PpcBudget.Api.Estimates;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Features.Budgets;

/// <summary>A budget or the reasons there is none.</summary>
public sealed record Calculated<T>(T? Answer, IReadOnlyList<ValidationFailure> Failures);

/// <summary>Both phases for a validated plan, with missing CPCs filled in from the estimates; shared by every form of the endpoints.</summary>
public sealed class BudgetCalculations(MissingCpcs missingCpcs)
{
    public async Task<Calculated<TestingBudget>> TestingAsync(TestingPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var priced = await missingCpcs.PriceAsync(plan.Keywords ?? [], plan, plan.Currency, cancellationToken);
        if (priced.Failures.Count > 0)
            return new(null, priced.Failures);
        // With every CPC given (the usual plan) the plan already holds the priced keywords and nothing joins the answer: no copies.
        var pricedPlan = ReferenceEquals(priced.Keywords, plan.Keywords) ? plan : plan with { Keywords = priced.Keywords };
        var budget = TestingBudgetCalculator.Calculate(pricedPlan, priced.Estimates);
        if (priced.Skipped.Count == 0 && priced.Warnings.Count == 0)
            return new(budget, []);
        return new(budget with { SkippedKeywords = priced.Skipped, Warnings = [.. priced.Warnings, .. budget.Warnings] }, []);
    }

    public async Task<Calculated<RoiReport>> RoiAsync(RoiPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var priced = await missingCpcs.PriceAsync(plan.Keywords ?? [], plan, plan.Currency, cancellationToken);
        if (priced.Failures.Count > 0)
            return new(null, priced.Failures);
        var pricedPlan = ReferenceEquals(priced.Keywords, plan.Keywords) ? plan : plan with { Keywords = priced.Keywords };
        var report = RoiCalculator.Calculate(pricedPlan, priced.Estimates);
        if (priced.Skipped.Count == 0 && priced.Warnings.Count == 0)
            return new(report, []);
        return new(report with { SkippedKeywords = priced.Skipped, Warnings = [.. priced.Warnings, .. report.Warnings] }, []);
    }
}

public static class BudgetServiceCollectionExtensions
{
    public static IServiceCollection AddBudgetCalculations(this IServiceCollection services)
    {
        services.AddSingleton<BudgetCalculations>().AddSingleton<Bulk.BulkBudgets>();
        services.AddOptions<Bulk.PerformanceOptions>().BindConfiguration(Bulk.PerformanceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Bulk.BulkWarmUp>().AddHostedService(provider => provider.GetRequiredService<Bulk.BulkWarmUp>());
        services.AddHealthChecks().AddCheck<Bulk.BulkWarmUp>("warmUp", tags: [Infrastructure.Health.Readiness.ReadyTag]);
        return services;
    }
}
