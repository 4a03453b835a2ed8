using FluentValidation;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Testing;

public sealed class TestingPlanValidator : AbstractValidator<TestingPlan>
{
    public TestingPlanValidator(int maxKeywords = Limits.MaxKeywordsInJson)
    {
        Include(new TestingSettingsValidator());
        RuleFor(plan => plan.Keywords).IsKeywordList(maxKeywords);
        // The full rules (and their messages) run only for lines that may break one: a ten-keyword plan spent a fifth of
        // its request's CPU in them.
        RuleFor(plan => plan.Keywords).EachChecked(new TestingKeywordValidator(), TestingKeywordValidator.IsPlainlyValid, PlanRules.NullKeyword);
    }
}

/// <summary>The rules for everything but the keywords: a CSV plan's settings are checked alone.</summary>
public sealed class TestingSettingsValidator : AbstractValidator<TestingPlan>
{
    public TestingSettingsValidator()
    {
        RuleFor(plan => plan.Currency).IsIsoCurrency();
        RuleFor(plan => plan.ConversionRate).IsConversionRate();
        RuleFor(plan => plan.ClickThroughRate).IsConversionRate();
        RuleFor(plan => plan.Months).InclusiveBetween(Limits.MinMonths, Limits.MaxMonths)
            .WithMessage($"must be a whole number of months from {Limits.MinMonths} to {Limits.MaxMonths}; you sent {{PropertyValue}}.");
        RuleFor(plan => plan.SalesPerKeyword).InclusiveBetween(1, Limits.MaxSalesPerKeyword)
            .WithMessage($"must be a whole number of sales from 1 to {Limits.MaxSalesPerKeyword:N0}; you sent {{PropertyValue}}.");
        this.AddEstimateRules();
    }
}

/// <summary>The rules for one keyword line, shared by JSON plans and CSV rows.</summary>
public sealed class TestingKeywordValidator : AbstractValidator<TestingKeyword>
{
    /// <summary>
    /// True only when every rule below surely passes: a cheap check a million-row plan runs first, so the full
    /// validation (and its messages) is paid for only by rows that may be wrong. Never looser than the rules.
    /// </summary>
    public static bool IsPlainlyValid(TestingKeyword keyword) =>
        keyword is { Keyword: { Length: > 0 and <= Limits.MaxKeywordLength } text }
        && !string.IsNullOrWhiteSpace(text)
        && PlanRules.IsPlainText(text)
        && PlanRules.IsCpcValue(keyword.Cpc)
        && keyword.ConversionRate is null or (>= Rates.MinimumConversionRate and <= 1)
        && keyword.MonthlySearches is null or >= 0;

    public TestingKeywordValidator()
    {
        RuleFor(keyword => keyword.Keyword).IsKeywordText();
        RuleFor(keyword => keyword.Cpc).IsCpc();
        RuleFor(keyword => keyword.ConversionRate).IsConversionRate();
        RuleFor(keyword => keyword.MonthlySearches).GreaterThanOrEqualTo(0).WithMessage("must be 0 or more.");
    }
}
