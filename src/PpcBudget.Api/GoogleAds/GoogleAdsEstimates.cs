using Microsoft.Extensions.Options;
using PpcBudget.Core.Estimates;

namespace PpcBudget.Api.GoogleAds;

/// <summary>Historical metrics from the keyword planner, turned into estimates in decimal money.</summary>
public sealed class GoogleAdsEstimates(IKeywordPlanIdeaApi planner, IOptions<GoogleAdsOptions> options)
{
    /// <summary>The planner takes at most this many keywords a call.</summary>
    public const int MaxKeywordsPerCall = 10_000;

    const string SearchNetwork = "GOOGLE_SEARCH";

    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary>
    /// Asks the planner for every keyword, deduplicated and in calls of at most 10,000. The planner merges near
    /// duplicates ("car" and "cars" come back once, as "car" with "cars" among its close variants), so each asked
    /// keyword is matched back by its text or a close variant. Keywords it does not return are absent from the answer.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, CpcEstimate>> LookUpAsync(
        IReadOnlyCollection<string> normalizedKeywords, string language, IReadOnlyList<string> geoTargets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(normalizedKeywords);
        var settings = options.Value;
        var found = new Dictionary<string, CpcEstimate>(StringComparer.Ordinal);
        foreach (var batch in normalizedKeywords.Distinct(StringComparer.Ordinal).Chunk(MaxKeywordsPerCall))
        {
            var answer = await planner.GenerateKeywordHistoricalMetrics(settings.ApiVersion, settings.CustomerIdDigits,
                new GenerateKeywordHistoricalMetricsRequest(batch, language, geoTargets, SearchNetwork, new HistoricalMetricsOptions(IncludeAverageCpc: true)),
                cancellationToken);

            var asked = batch.ToHashSet(StringComparer.Ordinal);
            foreach (var result in answer.Results ?? [])
            {
                if (result.KeywordMetrics is not { } metrics || result.Text is null)
                    continue;
                foreach (var text in (result.CloseVariants ?? []).Prepend(result.Text).Select(KeywordText.Normalize).Where(asked.Contains))
                    found.TryAdd(text, ToEstimate(text, metrics, settings.AccountCurrency));
            }
        }
        return found;
    }

    static CpcEstimate ToEstimate(string keyword, KeywordPlanHistoricalMetrics metrics, string currency) => new()
    {
        Keyword = keyword,
        AverageCpc = Money(metrics.AverageCpcMicros),
        LowTopOfPageBid = Money(metrics.LowTopOfPageBidMicros),
        HighTopOfPageBid = Money(metrics.HighTopOfPageBidMicros),
        AvgMonthlySearches = metrics.AvgMonthlySearches,
        Competition = metrics.Competition,
        CompetitionIndex = metrics.CompetitionIndex,
        Currency = currency.ToUpperInvariant(),
        Source = CpcSource.GoogleAds,
    };

    static decimal? Money(long? micros) => micros is { } value ? Micros.ToAmount(value) : null;
}
