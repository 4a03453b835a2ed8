using FluentValidation.Results;
using PpcBudget.Core.Estimates;

namespace PpcBudget.Api.Estimates;

/// <summary>A plan's keywords with an estimate lined up for each one sent without a CPC, and those no source could price.</summary>
public sealed record PricedPlanKeywords<TKeyword>(
    IReadOnlyList<TKeyword> Keywords,
    IReadOnlyList<CpcEstimate?> Estimates,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<ValidationFailure> Failures);

/// <summary>Fills in the CPCs a plan leaves out, from the estimates, for both budget phases.</summary>
public sealed class MissingCpcs(CpcEstimator estimator)
{
    public async Task<PricedPlanKeywords<TKeyword>> PriceAsync<TKeyword>(
        IReadOnlyList<TKeyword> keywords, IEstimateOptions options, string? currency, CancellationToken cancellationToken)
        where TKeyword : IKeywordWithCpc
    {
        ArgumentNullException.ThrowIfNull(keywords);
        ArgumentNullException.ThrowIfNull(options);
        if (AllHaveCpcs(keywords))
            return new(keywords, new CpcEstimate?[keywords.Count], [], [], []);
        var unpriced = keywords.Where(keyword => keyword.Cpc is null).Select(keyword => keyword.Keyword ?? "").ToList();

        var lookup = await estimator.LookUpAsync(unpriced, EstimateQuery.From(options, currency ?? Core.Money.Currency.DefaultCode), cancellationToken);
        var basis = options.CpcBasis ?? CpcBasis.Average;
        var kept = new List<TKeyword>(keywords.Count);
        var estimates = new List<CpcEstimate?>(keywords.Count);
        var skipped = new List<string>();
        var failures = new List<ValidationFailure>();
        for (var i = 0; i < keywords.Count; i++)
        {
            var keyword = keywords[i];
            var estimate = keyword.Cpc is null ? lookup.For(keyword.Keyword ?? "") : null;
            if (keyword.Cpc is null && estimate?.CpcFor(basis) is null)
            {
                if (options.SkipUnknownKeywords == true)
                    skipped.Add(keyword.Keyword ?? "");
                else
                    failures.Add(new ValidationFailure($"keywords[{i}].cpc", estimate is null
                        ? $"is required: no estimate source knows '{keyword.Keyword}' in {currency ?? Core.Money.Currency.DefaultCode}. "
                          + "Send its cpc, or set skipUnknownKeywords to leave it out."
                        : $"is required: the estimate for '{keyword.Keyword}' has no {basis.ToString().ToLowerInvariant()} figure. Send its cpc or choose another cpcBasis."));
                continue;
            }
            kept.Add(keyword);
            estimates.Add(estimate);
        }

        var warnings = lookup.Warnings.ToList();
        if (skipped.Count > 0)
            warnings.Add($"Left out {skipped.Count} keyword(s) with no CPC and no estimate: {string.Join(", ", skipped)}.");
        if (kept.Count == 0 && failures.Count == 0)
            failures.Add(new ValidationFailure("keywords", "none of the keywords has a CPC or an estimate; send at least one cpc."));
        return new(kept, estimates, skipped, warnings, failures);
    }

    // The usual plan, every CPC given, is answered without building the list of keywords to look up.
    static bool AllHaveCpcs<TKeyword>(IReadOnlyList<TKeyword> keywords) where TKeyword : IKeywordWithCpc
    {
        for (var i = 0; i < keywords.Count; i++)
            if (keywords[i].Cpc is null)
                return false;
        return true;
    }
}
