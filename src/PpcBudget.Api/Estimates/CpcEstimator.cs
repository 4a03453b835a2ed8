using PpcBudget.Api.GoogleAds;
using PpcBudget.Api.Infrastructure.Problems;
using PpcBudget.Core.Estimates;

namespace PpcBudget.Api.Estimates;

/// <summary>
/// Estimates for keywords: the Google Ads planner when it is configured (through the cache), then the seed table for
/// what it does not know or when it cannot answer, so an answer never waits on Google for long and never makes a number up.
/// </summary>
public sealed partial class CpcEstimator(GoogleAdsEstimates googleAds, EstimateCache cache, SeedEstimateTable seeds, ILogger<CpcEstimator> logger)
    : ICpcEstimates
{
    const string SearchNetwork = "GOOGLE_SEARCH";

    public async Task<EstimateLookup> LookUpAsync(IEnumerable<string> keywords, EstimateQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var wanted = keywords.Select(KeywordText.Normalize).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, CpcEstimate>(StringComparer.Ordinal);
        var warnings = new List<string>();

        if (query.Source == EstimateSource.GoogleAds && !googleAds.IsConfigured)
            throw Unavailable("Google Ads is not configured on this service (GoogleAds:DeveloperToken, CustomerId, ClientId, "
                              + "ClientSecret and RefreshToken); leave out source to use the sample seed table.");

        if (query.Source == EstimateSource.GoogleAds || (query.Source is null && googleAds.IsConfigured))
        {
            var failure = await AskGoogleAdsAsync(wanted, query, found, cancellationToken);
            if (failure is not null && query.Source == EstimateSource.GoogleAds)
                throw Unavailable($"Google Ads did not answer ({failure}). Try again later, or leave out source to use the sample seed table.");
            if (failure is not null)
                warnings.Add($"Google Ads did not answer ({failure}); these estimates come from the sample seed table instead.");
        }

        if (query.Source != EstimateSource.GoogleAds)
        {
            foreach (var keyword in wanted.Where(keyword => !found.ContainsKey(keyword)))
                if (seeds.Find(keyword) is { } seed)
                    found[keyword] = seed;
        }

        EstimateCurrency.Keep(found, query.Currency, warnings);

        return new EstimateLookup(found, wanted.Where(keyword => !found.ContainsKey(keyword)).ToList(), warnings);
    }

    /// <returns>Why Google Ads could not answer, or null when it did.</returns>
    async Task<string?> AskGoogleAdsAsync(List<string> wanted, EstimateQuery query, Dictionary<string, CpcEstimate> found, CancellationToken cancellationToken)
    {
        var language = GoogleAdsNames.Language(query.Language);
        var geoTargets = GoogleAdsNames.GeoTargets(query.GeoTargets);
        var missing = new List<string>();
        foreach (var keyword in wanted)
        {
            if (await cache.FindAsync(EstimateCache.KeyFor(keyword, language, geoTargets, SearchNetwork), cancellationToken) is { } cached)
                found[keyword] = cached;
            else
                missing.Add(keyword);
        }
        if (missing.Count == 0)
            return null;

        try
        {
            var answered = await googleAds.LookUpAsync(missing, language, geoTargets, cancellationToken);
            foreach (var (keyword, estimate) in answered)
            {
                found[keyword] = estimate;
                await cache.KeepAsync(EstimateCache.KeyFor(keyword, language, geoTargets, SearchNetwork), estimate, cancellationToken);
            }
            return null;
        }
        catch (Exception exception) when (GoogleAdsErrors.Describe(exception) is { } reason && !cancellationToken.IsCancellationRequested)
        {
            // The reason names the kind of failure only: exception messages can carry request details.
            LogGoogleAdsFailed(logger, missing.Count, reason);
            return reason;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Google Ads estimates failed for {KeywordCount} keywords: {Reason}")]
    static partial void LogGoogleAdsFailed(ILogger logger, int keywordCount, string reason);

    static ProblemException Unavailable(string detail) =>
        new(StatusCodes.Status503ServiceUnavailable, "Estimates are unavailable.", detail);
}
