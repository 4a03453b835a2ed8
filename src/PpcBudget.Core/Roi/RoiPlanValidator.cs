using FluentValidation;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Roi;

public sealed class RoiPlanValidator : AbstractValidator<RoiPlan>
{
    public RoiPlanValidator(int maxKeywords = Limits.MaxKeywordsInJson)
    {
        RuleFor(plan => plan.Currency).IsIsoCurrency();
        RuleFor(plan => plan.CustomerValue)
            .NotNull().When(plan => plan.AverageSale is null, ApplyConditionTo.CurrentValidator)
            .WithMessage("is required: give customerValue, or averageSale (with fulfillmentCost).")
            .Null().When(plan => plan.AverageSale is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("give customerValue or averageSale (with fulfillmentCost), not both.")
            .IsPositiveMoney();
        RuleFor(plan => plan.AverageSale).IsPositiveMoney();
        RuleFor(plan => plan.FulfillmentCost)
            .InclusiveBetween(0m, Limits.MaxMoney).WithMessage($"must be an amount from 0 to {Limits.MaxMoney:0}.")
            .Null().When(plan => plan.AverageSale is null, ApplyConditionTo.CurrentValidator)
            .WithMessage("goes with averageSale; with customerValue, subtract it yourself.")
            .LessThan(plan => plan.AverageSale).When(plan => plan.AverageSale > 0, ApplyConditionTo.CurrentValidator)
            .WithMessage("must be less than averageSale, or every sale loses money.");
        RuleFor(plan => plan.ConversionRate).IsConversionRate();
        RuleFor(plan => plan.TargetMargin).Must(margin => margin is null || (margin >= 0 && margin < 1))
            .WithMessage("must be a fraction from 0 up to but not including 1 (20 % is 0.2).");
        this.AddEstimateRules();
        RuleFor(plan => plan.Keywords).IsKeywordList(maxKeywords);
        RuleForEach(plan => plan.Keywords)
            .NotNull().WithMessage("must be a keyword object such as { \"keyword\": \"coffee shop\", \"cpc\": 2.90 }, not null.")
            .ChildRules(keyword =>
        {
            keyword.RuleFor(k => k.Keyword).IsKeywordText();
            keyword.RuleFor(k => k.Cpc).IsCpc();
            keyword.RuleFor(k => k.Clicks).GreaterThanOrEqualTo(0).WithMessage("must be 0 or more.")
                .NotNull().When(k => k.Conversions is not null, ApplyConditionTo.CurrentValidator).WithMessage("is required when conversions is given.");
            keyword.RuleFor(k => k.Conversions).GreaterThanOrEqualTo(0).WithMessage("must be 0 or more.")
                .NotNull().When(k => k.Clicks is not null, ApplyConditionTo.CurrentValidator).WithMessage("is required when clicks is given.")
                .LessThanOrEqualTo(k => k.Clicks).When(k => k.Clicks >= 0, ApplyConditionTo.CurrentValidator)
                .WithMessage("cannot exceed clicks: each conversion comes from a click.");
        });
    }
}
