using FluentValidation;
using PpcBudget.Core.Json;

namespace PpcBudget.Core.Plans;

/// <summary>
/// A plan is valid when its testing part passes <see cref="TestingPlanValidator"/> and, when it has ROI settings, its
/// ROI part passes <see cref="RoiPlanValidator"/>: the same rules and messages as the testing and ROI requests.
/// </summary>
public sealed class BudgetPlanValidator : JsonNamedValidator<BudgetPlan>
{
    readonly TestingPlanValidator _testing;
    readonly RoiPlanValidator _roi;

    public BudgetPlanValidator(int maxKeywords = Limits.MaxKeywordsInJson)
    {
        _testing = new TestingPlanValidator(maxKeywords);
        _roi = new RoiPlanValidator(maxKeywords);
        RuleFor(plan => plan).Custom((plan, context) =>
        {
            var testingFailures = _testing.Validate(plan.ToTestingPlan()).Errors;
            var roiFailures = plan.HasRoiSettings() ? _roi.Validate(plan.ToRoiPlan()).Errors : [];
            // Both parts check the shared fields (currency, keywords); a field already named keeps its first message.
            var named = testingFailures.Select(failure => failure.PropertyName).ToHashSet(StringComparer.Ordinal);
            foreach (var failure in testingFailures.Concat(roiFailures.Where(failure => !named.Contains(failure.PropertyName))))
                context.AddFailure(failure.PropertyName, failure.ErrorMessage);
        });
    }
}
