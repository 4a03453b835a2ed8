using System.Text.Json.Serialization;

namespace PpcBudget.Core.Estimates;

/// <summary>Which source to ask for estimates.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EstimateSource>))]
public enum EstimateSource
{
    /// <summary>The Google Ads keyword planner only; 503 when it cannot answer.</summary>
    [JsonStringEnumMemberName("googleAds")] GoogleAds,

    /// <summary>The shipped sample table only.</summary>
    [JsonStringEnumMemberName("seed")] Seed,
}
