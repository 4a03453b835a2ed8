using FluentValidation.Results;

namespace PpcBudget.Core.Estimates;

/// <summary>A plan's keywords with an estimate lined up for each one sent without a CPC, and those no source could price.</summary>
public sealed record PricedPlanKeywords<TKeyword>(
    IReadOnlyList<TKeyword> Keywords,
    IReadOnlyList<CpcEstimate?> Estimates,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<ValidationFailure> Failures);

/// <summary>
/// The one pricing step: fills in the CPCs a plan leaves out from an estimate source, with the same rules and messages
/// for every entry point — a JSON or query plan here, a CSV plan row by row through <see cref="CpcFill"/>, the tool in-process.
/// </summary>
public sealed class MissingCpcs(ICpcEstimates estimates)
{
    public async Task<PricedPlanKeywords<TKeyword>> PriceAsync<TKeyword>(
        IReadOnlyList<TKeyword> keywords, IEstimateOptions options, string? currency, CancellationToken cancellationToken)
        where TKeyword : IKeywordWithCpc
    {
        ArgumentNullException.ThrowIfNull(keywords);
        ArgumentNullException.ThrowIfNull(options);
        if (AllHaveCpcs(keywords))
            return new(keywords, new CpcEstimate?[keywords.Count], [], [], []);

        var fill = await LookUpAsync(keywords.Where(keyword => keyword.Cpc is null).Select(keyword => keyword.Keyword ?? ""), options, currency,
            cancellationToken);
        var kept = new List<TKeyword>(keywords.Count);
        var estimated = new List<CpcEstimate?>(keywords.Count);
        var skipped = new List<string>();
        var failures = new List<ValidationFailure>();
        for (var i = 0; i < keywords.Count; i++)
        {
            var keyword = keywords[i];
            switch (fill.Judge(keyword, out var estimate, out var problem))
            {
                case CpcFill.Outcome.Priced:
                    kept.Add(keyword);
                    estimated.Add(estimate);
                    break;
                case CpcFill.Outcome.Skipped:
                    skipped.Add(keyword.Keyword ?? "");
                    break;
                default:
                    failures.Add(new ValidationFailure($"keywords[{i}].cpc", problem));
                    break;
            }
        }

        if (kept.Count == 0 && failures.Count == 0)
            failures.Add(new ValidationFailure("keywords", "none of the keywords has a CPC or an estimate; send at least one cpc."));
        return new(kept, estimated, skipped, fill.Warnings(skipped), failures);
    }

    /// <summary>The same step, asking <paramref name="first"/> before this step's source.</summary>
    public MissingCpcs AskingFirst(ICpcEstimates first) => new(new EstimatesInTurn(first, estimates));

    /// <summary>Estimates for the keywords sent without a CPC, to judge each of them with.</summary>
    public async Task<CpcFill> LookUpAsync(IEnumerable<string> keywords, IEstimateOptions options, string? currency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var code = Money.Currency.FromCode(currency).Code;
        var lookup = await estimates.LookUpAsync(keywords, EstimateQuery.From(options, code), cancellationToken);
        return new CpcFill(lookup, options.CpcBasis ?? CpcBasis.Average, options.SkipUnknownKeywords == true, code);
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

/// <summary>The estimates a plan's keywords without a CPC take, and what becomes of a keyword no source prices.</summary>
public sealed class CpcFill(EstimateLookup lookup, CpcBasis basis, bool skipUnknown, string currency)
{
    public enum Outcome { Priced, Skipped, Refused }

    /// <param name="keyword">A keyword of the plan.</param>
    /// <param name="estimate">The estimate it takes, when it was sent without a CPC and a source prices it.</param>
    /// <param name="problem">Why it is refused: what is missing and how to fix it.</param>
    public Outcome Judge(IKeywordWithCpc keyword, out CpcEstimate? estimate, out string problem)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        problem = "";
        estimate = keyword.Cpc is null ? lookup.For(keyword.Keyword ?? "") : null;
        if (keyword.Cpc is not null || estimate?.CpcFor(basis) is not null)
            return Outcome.Priced;
        if (skipUnknown)
            return Outcome.Skipped;
        problem = estimate is null
            ? $"is required: no estimate source knows '{keyword.Keyword}' in {currency}. Send its cpc, or set skipUnknownKeywords to leave it out."
            : $"is required: the estimate for '{keyword.Keyword}' has no {basis.ToString().ToLowerInvariant()} figure. Send its cpc or choose another cpcBasis.";
        estimate = null;
        return Outcome.Refused;
    }

    /// <summary>The sources' warnings, and one listing the keywords left out (as sent, each row its own).</summary>
    public IReadOnlyList<string> Warnings(IReadOnlyList<string> skipped)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        const int Listed = 20;
        var warnings = lookup.Warnings.ToList();
        if (skipped.Count > 0)
            warnings.Add($"Left out {skipped.Count:N0} keyword(s) with no CPC and no estimate: {string.Join(", ", skipped.Take(Listed).Select(keyword => $"'{keyword}'"))}"
                         + (skipped.Count > Listed ? $" and {skipped.Count - Listed:N0} more (all under skippedKeywords)." : "."));
        return warnings;
    }
}
