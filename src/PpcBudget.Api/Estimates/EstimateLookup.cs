using PpcBudget.Core.Estimates;

namespace PpcBudget.Api.Estimates;

/// <summary>What the sources know about a set of keywords, by normalised keyword, and what they do not.</summary>
public sealed record EstimateLookup(
    IReadOnlyDictionary<string, CpcEstimate> Found,
    IReadOnlyList<string> Unknown,
    IReadOnlyList<string> Warnings)
{
    public CpcEstimate? For(string keyword) => Found.GetValueOrDefault(KeywordText.Normalize(keyword));
}

/// <summary>What to look up and where.</summary>
public sealed record EstimateQuery(EstimateSource? Source, string? Language, IReadOnlyList<string>? GeoTargets, string? Currency)
{
    public static EstimateQuery From(IEstimateOptions options, string? currency) =>
        new(options.EstimateSource, options.Language, options.GeoTargets, currency);
}
