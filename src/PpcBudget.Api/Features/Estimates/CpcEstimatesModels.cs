using FluentValidation;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Plans;

namespace PpcBudget.Api.Features.Estimates;

/// <summary>Keywords to estimate, and where.</summary>
public sealed record CpcEstimatesRequest : IEstimateOptions
{
    /// <summary>The keywords, at least one.</summary>
    /// <example>["coffee shop", "mortgage broker"]</example>
    public IReadOnlyList<string>? Keywords { get; init; }

    /// <summary>Google Ads language. Default languageConstants/1000 (English).</summary>
    /// <example>languageConstants/1000</example>
    public string? Language { get; init; }

    /// <summary>Google Ads locations, up to 10. Default geoTargetConstants/2840 (United States).</summary>
    /// <example>["geoTargetConstants/2840"]</example>
    public IReadOnlyList<string>? GeoTargets { get; init; }

    /// <summary>googleAds or seed, as a plan names it. Default: Google Ads when configured, then the seed table for what it does not know.</summary>
    public EstimateSource? EstimateSource { get; init; }

    CpcBasis? IEstimateOptions.CpcBasis => null;

    bool? IEstimateOptions.SkipUnknownKeywords => null;
}

/// <summary>What the sources know, and which keywords none of them knows.</summary>
public sealed record CpcEstimatesAnswer : Core.Tables.ITabular
{
    public Core.Tables.Table ToTable() => CpcEstimatesTable.For(this);

    /// <summary>One line per keyword a source knows, in the order asked.</summary>
    public required IReadOnlyList<CpcEstimate> Estimates { get; init; }

    /// <summary>Keywords no source knows; no figure is made up for them.</summary>
    public required IReadOnlyList<string> Unknown { get; init; }

    /// <summary>For example that Google Ads did not answer and the seed table stood in.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
}

public sealed class CpcEstimatesRequestValidator : AbstractValidator<CpcEstimatesRequest>
{
    public CpcEstimatesRequestValidator()
    {
        RuleFor(request => request.Keywords).IsKeywordList(Limits.MaxKeywordsInJson);
        RuleFor(request => request.Keywords).EachChecked(KeywordText, keyword => keyword is { Length: > 0 and <= Limits.MaxKeywordLength }
            && !string.IsNullOrWhiteSpace(keyword) && PlanRules.IsPlainText(keyword), "must be a keyword such as \"coffee shop\", not null.");
        this.AddEstimateRules();
    }

    static readonly InlineValidator<string> KeywordText = new() { keyword => keyword.RuleFor(text => (string?)text).IsKeywordText().OverridePropertyName("") };
}
