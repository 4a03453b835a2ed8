using FluentValidation;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Roi;

public sealed class RoiPlanValidator : AbstractValidator<RoiPlan>
{
    public RoiPlanValidator(int maxKeywords = Limits.MaxKeywordsInJson)
    {
        Include(new RoiSettingsValidator());
        RuleFor(plan => plan.Keywords).IsKeywordList(maxKeywords);
        // The full rules (and their messages) run only for lines that may break one: a ten-keyword plan spent a fifth of
        // its request's CPU in them.
        RuleFor(plan => plan.Keywords).EachChecked(new RoiKeywordValidator(), RoiKeywordValidator.IsPlainlyValid, PlanRules.NullKeyword);
    }
}

/// <summary>The rules for everything but the keywords: a CSV plan's settings are checked alone.</summary>
public sealed class RoiSettingsValidator : AbstractValidator<RoiPlan>
{
    public RoiSettingsValidator()
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
            .Must(cost => cost is null || PlanRules.IsWholeMicros(cost.Value))
            .WithMessage($"has more decimal places than an amount carries: write it with at most {Limits.AmountDecimals}; you sent {{PropertyValue}}.")
            .Null().When(plan => plan.AverageSale is null, ApplyConditionTo.CurrentValidator)
            .WithMessage("goes with averageSale; with customerValue, subtract it yourself.")
            .Must((plan, cost) => plan.AverageSale - cost >= Limits.SmallestAmount)
            .When(plan => plan.AverageSale > 0 && plan.FulfillmentCost >= 0, ApplyConditionTo.CurrentValidator)
            .WithMessage("must be less than averageSale, or every sale loses money.");
        RuleFor(plan => plan.ConversionRate).IsConversionRate();
        RuleFor(plan => plan.ClickThroughRate).IsConversionRate();
        RuleFor(plan => plan.TargetMargin).Must(margin => margin is null || (margin >= 0 && margin < 1))
            .WithMessage("must be a fraction from 0 up to but not including 1 (20 % is 0.2).");
        this.AddEstimateRules();
    }
}

/// <summary>The rules for one keyword line, shared by JSON plans and CSV rows.</summary>
public sealed class RoiKeywordValidator : AbstractValidator<RoiKeyword>
{
    /// <summary>
    /// True only when every rule below surely passes: a cheap check a million-row plan runs first, so the full
    /// validation (and its messages) is paid for only by rows that may be wrong. Never looser than the rules.
    /// </summary>
    public static bool IsPlainlyValid(RoiKeyword keyword) =>
        keyword is { Keyword: { Length: > 0 and <= Limits.MaxKeywordLength } text }
        && !string.IsNullOrWhiteSpace(text)
        && PlanRules.IsPlainText(text)
        && PlanRules.IsCpcValue(keyword.Cpc)
        && keyword.MonthlySearches is null or >= 0
        && ((keyword.Clicks is null && keyword.Conversions is null)
            || (keyword.Clicks >= 0 && keyword.Conversions >= 0 && keyword.Conversions <= keyword.Clicks));

    public RoiKeywordValidator()
    {
        RuleFor(keyword => keyword.Keyword).IsKeywordText();
        RuleFor(keyword => keyword.Cpc).IsCpc();
        RuleFor(keyword => keyword.MonthlySearches).GreaterThanOrEqualTo(0).WithMessage("must be 0 or more.");
        RuleFor(keyword => keyword.Clicks).GreaterThanOrEqualTo(0).WithMessage("must be 0 or more.")
            .NotNull().When(keyword => keyword.Conversions is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("is required when conversions is given.");
        RuleFor(keyword => keyword.Conversions).GreaterThanOrEqualTo(0).WithMessage("must be 0 or more.")
            .NotNull().When(keyword => keyword.Clicks is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("is required when clicks is given.")
            .LessThanOrEqualTo(keyword => keyword.Clicks).When(keyword => keyword.Clicks >= 0, ApplyConditionTo.CurrentValidator)
            .WithMessage("cannot exceed clicks: each conversion comes from a click.");
    }
}
