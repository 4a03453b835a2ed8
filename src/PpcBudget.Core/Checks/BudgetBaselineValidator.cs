using FluentValidation;
using PpcBudget.Core.Json;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Checks;

public sealed class BudgetBaselineValidator : JsonNamedValidator<BudgetBaseline>
{
    const string Regenerate = "regenerate the baseline with `ppc-budget check --update` rather than editing it by hand.";

    public BudgetBaselineValidator()
    {
        RuleFor(baseline => baseline.Currency).NotNull().WithMessage($"is required; {Regenerate}").IsIsoCurrency();
        RuleFor(baseline => baseline.Months).NotNull().WithMessage($"is required; {Regenerate}")
            .InclusiveBetween(Limits.MinMonths, Limits.MaxMonths)
            .WithMessage($"must be a whole number of months from {Limits.MinMonths} to {Limits.MaxMonths}; you sent {{PropertyValue}}.");
        RuleFor(baseline => baseline.Total).NotNull().WithMessage($"is required; {Regenerate}").IsZeroOrMore();
        RuleFor(baseline => baseline.MonthlyBudget).NotNull().WithMessage($"is required; {Regenerate}").IsZeroOrMore();
        RuleFor(baseline => baseline.RoiBudget).IsZeroOrMore();
        RuleFor(baseline => baseline.Keywords).NotNull().WithMessage($"is required; {Regenerate}");
        RuleFor(baseline => baseline.Keywords).EachChecked(KeywordRules, _ => false, "must be a keyword object, not null.");
    }

    static readonly InlineValidator<BaselineKeyword> KeywordRules = new()
    {
        keyword => keyword.RuleFor(k => k.Keyword).IsKeywordText(),
        keyword => keyword.RuleFor(k => k.Cpc).IsCpc(),
        keyword => keyword.RuleFor(k => k.TestCost).NotNull().WithMessage($"is required; {Regenerate}").IsZeroOrMore(),
    };
}
