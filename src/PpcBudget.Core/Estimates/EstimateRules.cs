using FluentValidation;

namespace PpcBudget.Core.Estimates;

public static class EstimateRules
{
    public const int MaxGeoTargets = 10;

    /// <summary>The rules for the estimate options a plan may carry.</summary>
    public static void AddEstimateRules<T>(this AbstractValidator<T> validator) where T : IEstimateOptions
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(plan => plan.Language)
            .Must(language => language is null || GoogleAdsNames.TryLanguage(language, out _))
            .WithMessage("must be a Google Ads language such as languageConstants/1000 (English) or 1000.");
        validator.RuleFor(plan => plan.GeoTargets)
            .Must(geo => geo is null || geo.Count <= MaxGeoTargets)
            .WithMessage($"may hold at most {MaxGeoTargets} locations, as in Google Ads.");
        validator.RuleForEach(plan => plan.GeoTargets)
            .Must(geo => GoogleAdsNames.TryGeoTarget(geo, out _))
            .WithMessage("must be a Google Ads location such as geoTargetConstants/2840 (United States) or 2840.");
    }
}
