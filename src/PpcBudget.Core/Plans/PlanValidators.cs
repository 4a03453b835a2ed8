using FluentValidation;
using PpcBudget.Core.Json;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Plans;

/// <summary>A phase's whole plan: its settings, then the keyword list and each keyword by <see cref="PlanKeywordValidator"/>.</summary>
public abstract class PlanValidator<TPlan> : JsonNamedValidator<TPlan> where TPlan : Plan
{
    protected PlanValidator(IValidator<TPlan> settings, int maxKeywords)
    {
        Include(settings);
        RuleFor(plan => plan.Keywords).IsKeywordList(maxKeywords);
        // The full rules (and their messages) run only for lines that may break one: they were a large share of a small
        // request's CPU (README, Performance).
        RuleFor(plan => plan.Keywords).EachChecked(PlanKeywordValidator.Instance, PlanKeywordValidator.IsPlainlyValid, PlanRules.NullKeyword);
    }
}

/// <summary>The rules for the settings every plan has (<see cref="Plan"/>).</summary>
public sealed class SharedSettingsValidator : JsonNamedValidator<Plan>
{
    public static readonly SharedSettingsValidator Instance = new();

    SharedSettingsValidator()
    {
        RuleFor(plan => plan.Currency).IsIsoCurrency();
        RuleFor(plan => plan.ConversionRate).IsConversionRate();
        RuleFor(plan => plan.ClickThroughRate).IsConversionRate();
        this.AddEstimateRules();
    }
}

public sealed class TestingPlanValidator(int maxKeywords = Limits.MaxKeywordsInJson)
    : PlanValidator<TestingPlan>(new TestingSettingsValidator(), maxKeywords);

/// <summary>The rules for everything but the keywords: a CSV plan's settings are checked alone.</summary>
public sealed class TestingSettingsValidator : JsonNamedValidator<TestingPlan>
{
    public TestingSettingsValidator()
    {
        Include(SharedSettingsValidator.Instance);
        RuleFor(plan => plan.Months).InclusiveBetween(Limits.MinMonths, Limits.MaxMonths)
            .WithMessage($"must be a whole number of months from {Limits.MinMonths} to {Limits.MaxMonths}; you sent {{PropertyValue}}.");
        RuleFor(plan => plan.SalesPerKeyword).InclusiveBetween(1, Limits.MaxSalesPerKeyword)
            .WithMessage($"must be a whole number of sales from 1 to {Limits.MaxSalesPerKeyword:N0}; you sent {{PropertyValue}}.");
    }
}

public sealed class RoiPlanValidator(int maxKeywords = Limits.MaxKeywordsInJson)
    : PlanValidator<RoiPlan>(new RoiSettingsValidator(), maxKeywords);

/// <summary>The rules for everything but the keywords: a CSV plan's settings are checked alone.</summary>
public sealed class RoiSettingsValidator : JsonNamedValidator<RoiPlan>
{
    public RoiSettingsValidator()
    {
        Include(SharedSettingsValidator.Instance);
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
        RuleFor(plan => plan.TargetMargin).Must(margin => margin is null || (margin >= 0 && margin < 1))
            .WithMessage("must be a fraction from 0 up to but not including 1 (20 % is 0.2).");
    }
}
