using PpcBudget.Core.Estimates;

namespace PpcBudget.Core.Testing;

/// <summary>What to test: the keywords, what each click costs, and how long the test may run.</summary>
public sealed record TestingPlan : IEstimateOptions, Plans.IPlanCurrency
{
    /// <summary>ISO 4217 code of every amount in the plan. Default USD.</summary>
    /// <example>USD</example>
    public string? Currency { get; init; }

    /// <summary>Fraction of clicks that become a sale, for keywords that do not give their own. Default 0.01 (1 %).</summary>
    /// <example>0.01</example>
    public decimal? ConversionRate { get; init; }

    /// <summary>Months the test budget is spread over, 1 to 120. Default 1.</summary>
    /// <example>4</example>
    public int? Months { get; init; }

    /// <summary>Sales each keyword must bring before its test is over. Default 1.</summary>
    /// <example>1</example>
    public int? SalesPerKeyword { get; init; }

    /// <summary>Share of searches that click the ad, used with monthly searches to say how many months a test needs. Default 0.01 (1 %).</summary>
    /// <example>0.01</example>
    public decimal? ClickThroughRate { get; init; }

    /// <summary>Which estimate stands in for a keyword sent without a CPC: average (default), low or high.</summary>
    /// <example>average</example>
    public CpcBasis? CpcBasis { get; init; }

    /// <summary>Leave out keywords with no CPC and no estimate (listed in <c>skippedKeywords</c>) instead of refusing the request.</summary>
    /// <example>false</example>
    public bool? SkipUnknownKeywords { get; init; }

    /// <summary>Where estimates come from: googleAds or seed. Default: Google Ads when configured, then the seed table.</summary>
    public EstimateSource? EstimateSource { get; init; }

    /// <summary>Google Ads language for estimates. Default languageConstants/1000 (English).</summary>
    /// <example>languageConstants/1000</example>
    public string? Language { get; init; }

    /// <summary>Google Ads locations for estimates, up to 10. Default geoTargetConstants/2840 (United States).</summary>
    public IReadOnlyList<string>? GeoTargets { get; init; }

    /// <summary>The keywords to test, at least one.</summary>
    public IReadOnlyList<TestingKeyword>? Keywords { get; init; }
}

/// <summary>One keyword to test.</summary>
public sealed record TestingKeyword : IKeywordWithCpc
{
    /// <summary>The search term.</summary>
    /// <example>coffee shop</example>
    public string? Keyword { get; init; }

    /// <summary>Cost per click, in the plan's currency; when left out, an estimate is used (see <c>cpcBasis</c>).</summary>
    /// <example>2.90</example>
    public decimal? Cpc { get; init; }

    /// <summary>Average monthly searches, when known; otherwise taken from the estimate.</summary>
    /// <example>550000</example>
    public long? MonthlySearches { get; init; }

    /// <summary>This keyword's own conversion rate, when it differs from the plan's.</summary>
    /// <example>0.01</example>
    public decimal? ConversionRate { get; init; }
}
