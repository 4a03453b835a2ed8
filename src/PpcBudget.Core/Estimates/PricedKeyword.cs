namespace PpcBudget.Core.Estimates;

/// <summary>A keyword's CPC and monthly searches, from the request or an estimate, and which one.</summary>
public readonly record struct PricedKeyword(decimal Cpc, CpcSource CpcSource, long? MonthlySearches)
{
    /// <summary>
    /// The request's CPC when it gave one, else the estimate's figure on the plan's basis.
    /// </summary>
    /// <exception cref="ArgumentException">Neither the request nor the estimate has a figure; callers check first.</exception>
    public static PricedKeyword From(IKeywordWithCpc keyword, CpcEstimate? estimate, CpcBasis basis, long? monthlySearches = null)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        var searches = monthlySearches ?? estimate?.AvgMonthlySearches;
        if (keyword.Cpc is { } cpc)
            return new PricedKeyword(cpc, CpcSource.Request, searches);
        return estimate?.CpcFor(basis) is { } estimated
            ? new PricedKeyword(estimated, estimate.Source, searches)
            : throw new ArgumentException($"Keyword '{keyword.Keyword}' has no CPC and no {basis} estimate.", nameof(keyword));
    }
}
