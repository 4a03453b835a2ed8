namespace PpcBudget.Core.Estimates;

/// <summary>How a plan asks for estimates of the CPCs it does not give.</summary>
public interface IEstimateOptions
{
    /// <summary>Which estimate stands in for a missing CPC. Default average.</summary>
    CpcBasis? CpcBasis { get; }

    /// <summary>Leave out keywords that have no CPC and no estimate (they are listed in the answer) instead of refusing the request.</summary>
    bool? SkipUnknownKeywords { get; }

    /// <summary>googleAds or seed; default: Google Ads when it is configured, then the seed table.</summary>
    EstimateSource? EstimateSource { get; }

    /// <summary>Google Ads language, e.g. languageConstants/1000 (English) or 1000.</summary>
    string? Language { get; }

    /// <summary>Google Ads locations, up to 10, e.g. geoTargetConstants/2840 (United States) or 2840.</summary>
    IReadOnlyList<string>? GeoTargets { get; }
}

/// <summary>A plan keyword whose CPC may be missing.</summary>
public interface IKeywordWithCpc
{
    string? Keyword { get; }

    decimal? Cpc { get; }
}
