using FluentValidation.Results;

namespace PpcBudget.Core.Estimates;

/// <summary>
/// Estimates from the seed table alone, for callers with no Google Ads account (the command-line tool in-process):
/// one estimate lined up with each keyword that has no CPC, or a failure naming the keyword when the table lacks it.
/// </summary>
public static class OfflineEstimates
{
    public static (IReadOnlyList<CpcEstimate?> Estimates, IReadOnlyList<ValidationFailure> Failures) For<TKeyword>(
        IReadOnlyList<TKeyword>? keywords, IEstimateOptions options, string? currency)
        where TKeyword : IKeywordWithCpc
    {
        ArgumentNullException.ThrowIfNull(options);
        var basis = options.CpcBasis ?? CpcBasis.Average;
        var code = Money.Currency.FromCode(currency).Code;
        var estimates = new CpcEstimate?[keywords?.Count ?? 0];
        var failures = new List<ValidationFailure>();
        for (var i = 0; i < estimates.Length; i++)
        {
            var keyword = keywords![i];
            if (keyword.Cpc is not null)
                continue;
            var estimate = SeedEstimateTable.Embedded.Find(keyword.Keyword ?? "");
            if (estimate?.CpcFor(basis) is not null && estimate.Currency == code)
                estimates[i] = estimate;
            else
                failures.Add(new ValidationFailure($"keywords[{i}].cpc",
                    $"is required: the offline estimate table has no {basis.ToString().ToLowerInvariant()} {code} figure for '{keyword.Keyword}'. "
                    + "Give its cpc, or ask a PpcBudget service that has Google Ads configured."));
        }
        return (estimates, failures);
    }
}
