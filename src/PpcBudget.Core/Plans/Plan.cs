using System.Reflection;
using System.Text.Json.Serialization;
using PpcBudget.Core.Estimates;

namespace PpcBudget.Core.Plans;

/// <summary>
/// What every plan has, declared once: the settings and the keywords. The testing and ROI bodies, a plan file and a
/// check's plan take them under these names; the GET and CSV forms read the settings from the query by the same names.
/// </summary>
public abstract record Plan : IEstimateOptions, IPlanCurrency
{
    /// <summary>ISO 4217 code of every amount in the plan. Default USD.</summary>
    /// <example>USD</example>
    public string? Currency { get; init; }

    /// <summary>Fraction of clicks that become a sale, for keywords that give no rate (or observed figures) of their own. Default 0.01 (1 %).</summary>
    /// <example>0.01</example>
    [Rate]
    public decimal? ConversionRate { get; init; }

    /// <summary>Share of searches that click the ad: with monthly searches, the months a test needs and the traffic the ROI budget buys. Default 0.01 (1 %).</summary>
    /// <example>0.01</example>
    [Rate]
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

    /// <summary>The keywords, at least one.</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<PlanKeyword>? Keywords { get; init; }

    /// <summary>Every field declared here: what a phase's view of a plan carries over.</summary>
    static readonly PropertyInfo[] Fields = typeof(Plan).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(field => field.CanWrite).ToArray();

    /// <summary>
    /// Another plan (a phase's view of this one) with these settings and keywords, field by field as declared above, so
    /// a setting added to the plan reaches every phase without a list to keep.
    /// </summary>
    protected TPlan WithSettingsOn<TPlan>(TPlan plan) where TPlan : Plan
    {
        ArgumentNullException.ThrowIfNull(plan);
        // A record's with clones the runtime type, so the phase's own fields stay.
        var view = (TPlan)((Plan)plan with { });
        foreach (var field in Fields)
            field.SetValue(view, field.GetValue(this));
        return view;
    }
}
