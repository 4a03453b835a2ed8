namespace PpcBudget.Core.Estimates;

/// <summary>Where estimates come from: the embedded seed table, Google Ads, a cache in front of it, a downloaded file.</summary>
public interface ICpcEstimates
{
    Task<EstimateLookup> LookUpAsync(IEnumerable<string> keywords, EstimateQuery query, CancellationToken cancellationToken);
}

/// <summary>Two sources asked in turn: the second only about the keywords the first does not know.</summary>
public sealed class EstimatesInTurn(ICpcEstimates first, ICpcEstimates then) : ICpcEstimates
{
    public async Task<EstimateLookup> LookUpAsync(IEnumerable<string> keywords, EstimateQuery query, CancellationToken cancellationToken)
    {
        var answered = await first.LookUpAsync(keywords, query, cancellationToken);
        if (answered.Unknown.Count == 0)
            return answered;
        var rest = await then.LookUpAsync(answered.Unknown, query, cancellationToken);
        var found = new Dictionary<string, CpcEstimate>(answered.Found, StringComparer.Ordinal);
        foreach (var (keyword, estimate) in rest.Found)
            found.TryAdd(keyword, estimate);
        return new EstimateLookup(found, rest.Unknown, [.. answered.Warnings, .. rest.Warnings]);
    }
}

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
    public static EstimateQuery From(IEstimateOptions options, string? currency)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options.EstimateSource, options.Language, options.GeoTargets, currency);
    }
}

/// <summary>A source was asked for estimates it cannot give (Google Ads where there is no account); the message says what can.</summary>
public sealed class EstimatesUnavailableException(string message) : Exception(message);

/// <summary>
/// The embedded seed table as an estimate source: what the command-line tool uses in-process, and what the service
/// falls back on. Estimates in another currency than the plan's are not used, and say so. Asked for Google Ads' estimates
/// only, it refuses rather than answer from the table.
/// </summary>
public sealed class SeedEstimates(SeedEstimateTable table) : ICpcEstimates
{
    public Task<EstimateLookup> LookUpAsync(IEnumerable<string> keywords, EstimateQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Source == EstimateSource.GoogleAds)
            throw new EstimatesUnavailableException("is googleAds, but only the embedded seed table is here: send the plan to a service "
                                                    + "with a Google Ads account, or use seed.");
        var wanted = keywords.Select(KeywordText.Normalize).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, CpcEstimate>(StringComparer.Ordinal);
        var warnings = new List<string>();
        foreach (var keyword in wanted)
            if (table.Find(keyword) is { } seed)
                found[keyword] = seed;
        EstimateCurrency.Keep(found, query.Currency, warnings);
        return Task.FromResult(new EstimateLookup(found, wanted.Where(keyword => !found.ContainsKey(keyword)).ToList(), warnings));
    }
}

public static class EstimateCurrency
{
    /// <summary>Drops the estimates in another currency than the plan's, with a warning for each.</summary>
    public static void Keep(Dictionary<string, CpcEstimate> found, string? currency, List<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(warnings);
        if (currency is null)
            return;
        foreach (var (keyword, estimate) in found.Where(pair => !string.Equals(pair.Value.Currency, currency, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            found.Remove(keyword);
            warnings.Add($"The estimate for '{keyword}' is in {estimate.Currency}, not {currency.ToUpperInvariant()}, so it is not used.");
        }
    }
}
