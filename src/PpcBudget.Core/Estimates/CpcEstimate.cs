using System.Text.Json.Serialization;

namespace PpcBudget.Core.Estimates;

/// <summary>Where a keyword's CPC came from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CpcSource>))]
public enum CpcSource
{
    /// <summary>Sent in the request.</summary>
    [JsonStringEnumMemberName("request")] Request,

    /// <summary>The Google Ads keyword planner (historical metrics).</summary>
    [JsonStringEnumMemberName("googleAds")] GoogleAds,

    /// <summary>The illustrative sample table shipped with the service (seeds/cpc-estimates.csv).</summary>
    [JsonStringEnumMemberName("seed")] Seed,

    /// <summary>The top-of-page bids of a Keyword Planner download sent as the plan, by the plan's cpcBasis.</summary>
    [JsonStringEnumMemberName("keywordPlanner")] KeywordPlanner,
}

/// <summary>Which estimate stands in for a CPC the request did not give.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CpcBasis>))]
public enum CpcBasis
{
    /// <summary>The average CPC, else the midpoint of the low and high top-of-page bids.</summary>
    [JsonStringEnumMemberName("average")] Average,

    /// <summary>The low top-of-page bid (20th percentile).</summary>
    [JsonStringEnumMemberName("low")] Low,

    /// <summary>The high top-of-page bid (80th percentile).</summary>
    [JsonStringEnumMemberName("high")] High,
}

/// <summary>What a keyword's clicks cost and how often it is searched, by one source.</summary>
public sealed record CpcEstimate
{
    /// <example>coffee shop</example>
    public required string Keyword { get; init; }

    /// <summary>Average cost per click; absent when the source does not know it.</summary>
    /// <example>2.90</example>
    public decimal? AverageCpc { get; init; }

    /// <summary>Low (20th percentile) top-of-page bid.</summary>
    /// <example>1.10</example>
    public decimal? LowTopOfPageBid { get; init; }

    /// <summary>High (80th percentile) top-of-page bid.</summary>
    /// <example>4.60</example>
    public decimal? HighTopOfPageBid { get; init; }

    /// <summary>Average monthly searches over the last 12 months.</summary>
    /// <example>550000</example>
    public long? AvgMonthlySearches { get; init; }

    /// <summary>LOW, MEDIUM or HIGH, as Google Ads reports it.</summary>
    /// <example>LOW</example>
    public string? Competition { get; init; }

    /// <summary>Competition from 0 to 100.</summary>
    /// <example>25</example>
    public long? CompetitionIndex { get; init; }

    /// <summary>ISO 4217 code of the amounts.</summary>
    /// <example>USD</example>
    public required string Currency { get; init; }

    /// <example>seed</example>
    public required CpcSource Source { get; init; }

    /// <summary>The CPC this estimate gives on a basis, or null when it has no figure for it.</summary>
    public decimal? CpcFor(CpcBasis basis) => CpcFor(basis, AverageCpc, LowTopOfPageBid, HighTopOfPageBid);

    /// <summary>The CPC a basis takes from an average CPC and a top-of-page bid range, or null when a figure it needs is missing.</summary>
    public static decimal? CpcFor(CpcBasis basis, decimal? averageCpc, decimal? lowTopOfPageBid, decimal? highTopOfPageBid) => basis switch
    {
        CpcBasis.Low => lowTopOfPageBid,
        CpcBasis.High => highTopOfPageBid,
        _ => averageCpc ?? (lowTopOfPageBid + highTopOfPageBid) / 2,
    };
}
