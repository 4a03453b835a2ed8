using FluentValidation;
using PpcBudget.Core.Json;
using PpcBudget.Core.Money;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Checks;

public sealed class BudgetCheckRequestValidator : JsonNamedValidator<BudgetCheckRequest>
{
    public BudgetCheckRequestValidator()
    {
        RuleFor(request => request.Plan).NotNull().WithMessage("is required: the plan to check.")
            .SetValidator(new BudgetPlanValidator()!);
        RuleFor(request => request.Baseline).NotNull().WithMessage("is required: the committed results to compare with.")
            .SetValidator(new BudgetBaselineValidator()!);
        RuleFor(request => request.Baseline)
            .Must((request, baseline) => CurrencyOf(baseline!.Currency) == CurrencyOf(request.Plan!.Currency))
            .When(request => request.Plan is not null && request.Baseline is not null
                          && Currency.IsKnown(request.Baseline.Currency)
                          && (request.Plan.Currency is null || Currency.IsKnown(request.Plan.Currency)))
            .WithMessage((request, baseline) => $"is {CurrencyOf(baseline!.Currency)} but the plan is in {CurrencyOf(request.Plan!.Currency)}; "
                                              + "amounts in different currencies cannot be compared, so update the baseline.")
            .OverridePropertyName("baseline.currency");
        RuleFor(request => request.Plan).ChildRules(plan =>
            plan.RuleFor(p => p!.Keywords).EachChecked(KeywordsWithCpcs, keyword => keyword.Cpc is not null));
        RuleFor(request => request.Tolerance).Must(tolerance => tolerance is null || Tolerance.IsAllowed(tolerance.Value))
            .WithMessage(Tolerance.Allowed);
        RuleFor(request => request.Bounds).ChildRules(bounds =>
        {
            bounds.RuleFor(b => b!.MaxMonthly).IsPositiveMoney();
            bounds.RuleFor(b => b!.MaxTotal).IsPositiveMoney();
            bounds.RuleFor(b => b!.MaxRoiBudget).IsPositiveMoney();
        });
    }

    static readonly InlineValidator<PlanKeyword> KeywordsWithCpcs = new()
    {
        keyword => keyword.RuleFor(k => k.Cpc).NotNull()
            .WithMessage("is required in a checked plan: estimates move from day to day, so a check against them "
                       + "would fail with nothing changed in the plan."),
    };

    static string CurrencyOf(string? code) => Currency.FromCode(code).Code;
}
