using FluentValidation;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Testing;

public sealed class TestingPlanValidator : AbstractValidator<TestingPlan>
{
    public TestingPlanValidator(int maxKeywords = Limits.MaxKeywordsInJson)
    {
        RuleFor(plan => plan.Currency).IsIsoCurrency();
        RuleFor(plan => plan.ConversionRate).IsConversionRate();
        RuleFor(plan => plan.ClickThroughRate).IsConversionRate();
        RuleFor(plan => plan.Months).InclusiveBetween(Limits.MinMonths, Limits.MaxMonths)
            .WithMessage($"must be a whole number of months from {Limits.MinMonths} to {Limits.MaxMonths}; you sent {{PropertyValue}}.");
        RuleFor(plan => plan.SalesPerKeyword).InclusiveBetween(1, Limits.MaxSalesPerKeyword)
            .WithMessage($"must be a whole number of sales from 1 to {Limits.MaxSalesPerKeyword:N0}; you sent {{PropertyValue}}.");
        this.AddEstimateRules();
        RuleFor(plan => plan.Keywords).IsKeywordList(maxKeywords);
        RuleForEach(plan => plan.Keywords)
            .NotNull().WithMessage("must be a keyword object such as { \"keyword\": \"coffee shop\", \"cpc\": 2.90 }, not null.")
            .ChildRules(keyword =>
        {
            keyword.RuleFor(k => k.Keyword).IsKeywordText();
            keyword.RuleFor(k => k.Cpc).IsCpc();
            keyword.RuleFor(k => k.ConversionRate).IsConversionRate();
            keyword.RuleFor(k => k.MonthlySearches).GreaterThanOrEqualTo(0).WithMessage("must be 0 or more.");
        });
    }
}
