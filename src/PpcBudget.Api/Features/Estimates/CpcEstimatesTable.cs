using PpcBudget.Core.Tables;

namespace PpcBudget.Api.Features.Estimates;

/// <summary>Estimates as spreadsheet rows; keywords no source knows get a row too, with source "unknown" and no figures.</summary>
public static class CpcEstimatesTable
{
    static readonly IReadOnlyList<string> Header =
        ["keyword", "averageCpc", "lowTopOfPageBid", "highTopOfPageBid", "avgMonthlySearches", "competition", "competitionIndex", "currency", "source"];

    public static Table For(CpcEstimatesAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var known = answer.Estimates.Select(estimate => (IReadOnlyList<string?>)
        [
            estimate.Keyword, Cells.Of(estimate.AverageCpc), Cells.Of(estimate.LowTopOfPageBid), Cells.Of(estimate.HighTopOfPageBid),
            Cells.Of(estimate.AvgMonthlySearches), estimate.Competition, Cells.Of(estimate.CompetitionIndex), estimate.Currency, Cells.Of(estimate.Source),
        ]);
        var unknown = answer.Unknown.Select(keyword => (IReadOnlyList<string?>)[keyword, null, null, null, null, null, null, null, "unknown"]);
        IReadOnlyList<string?> total = ["TOTAL", null, null, null, Cells.Of(answer.Estimates.Sum(estimate => estimate.AvgMonthlySearches ?? 0)), null, null, null, null];
        return new Table(Header, known.Concat(unknown).Append(total));
    }
}
