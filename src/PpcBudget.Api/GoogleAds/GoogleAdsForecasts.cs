using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using PpcBudget.Core.Estimates;

namespace PpcBudget.Api.GoogleAds;

/// <summary>
/// Google's forecast of the traffic a set of keywords buys at a handful of max CPC bids
/// (<c>KeywordPlanIdeaService.generateKeywordForecastMetrics</c>, one call per bid), through the same client, quota
/// gate, limiter and resilience pipeline as the historical metrics, each point cached for 24 hours. A curve gets
/// <see cref="GoogleAdsOptions.TotalTimeout"/> in all: what is not answered by then is left out and said so.
/// </summary>
public sealed partial class GoogleAdsForecasts(
    IKeywordPlanIdeaApi planner, HybridCache cache, IOptions<GoogleAdsOptions> options, TimeProvider clock, ILogger<GoogleAdsForecasts> logger)
{
    /// <summary>The forecast covers 30 days from the day after tomorrow: the start must be in the future in the account's time zone.</summary>
    public const int PeriodDays = 30;

    static readonly HybridCacheEntryOptions Keep = new() { Expiration = TimeSpan.FromHours(24), LocalCacheExpiration = TimeSpan.FromHours(24) };

    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary><paramref name="count"/> bids evenly spaced up to <paramref name="highest"/> (an EPC, say), in cents.</summary>
    public static IReadOnlyList<decimal> BidsUpTo(decimal highest, int count = 5)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return Enumerable.Range(1, count)
            .Select(step => Math.Round(highest * step / count, 2, MidpointRounding.ToZero))
            .Where(bid => bid > 0)
            .Distinct()
            .ToList();
    }

    public Task<ForecastCurve> ForecastAsync(IReadOnlyList<string> keywords, IReadOnlyList<decimal> maxCpcBids, string currency,
        string? language, IReadOnlyList<string>? geoTargets, CancellationToken cancellationToken) =>
        ForecastAsync(keywords, maxCpcBids, currency, language, geoTargets, ForecastMatchType.Exact, cancellationToken);

    public async Task<ForecastCurve> ForecastAsync(IReadOnlyList<string> keywords, IReadOnlyList<decimal> maxCpcBids, string currency,
        string? language, IReadOnlyList<string>? geoTargets, ForecastMatchType matchType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        ArgumentNullException.ThrowIfNull(maxCpcBids);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        if (keywords.Count == 0 || maxCpcBids.Count == 0)
            throw new ArgumentException("A forecast needs at least one keyword and one bid.", nameof(keywords));
        if (maxCpcBids.Any(bid => bid <= 0))
            throw new ArgumentOutOfRangeException(nameof(maxCpcBids), "Every bid must be above zero.");

        var texts = keywords.Select(KeywordText.Normalize).Where(text => text.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (texts.Count == 0)
            throw new ArgumentException("A forecast needs at least one keyword that is not blank.", nameof(keywords));

        var settings = options.Value;
        var start = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(2);
        var end = start.AddDays(PeriodDays - 1);
        var code = currency.ToUpperInvariant();
        if (!settings.IsConfigured)
            return new ForecastCurve([], code, start, end, Complete: false, "Google Ads is not configured on this service, so it has no forecast.");
        var campaign = new Campaign(texts, GoogleAdsNames.Language(language), GoogleAdsNames.GeoTargets(geoTargets),
            matchType.ToString().ToUpperInvariant(), code, start, end);

        var points = new ForecastPoint?[maxCpcBids.Count];
        string? stoppedBecause = null;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(settings.TotalTimeout);
        foreach (var index in SpreadOrder(maxCpcBids.Count))
        {
            try
            {
                points[index] = await cache.GetOrCreateAsync(campaign.KeyFor(maxCpcBids[index]), (planner, settings, campaign, bid: maxCpcBids[index]),
                    static (state, token) => AskAsync(state.planner, state.settings, state.campaign, state.bid, token), Keep,
                    cancellationToken: budget.Token);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested
                                              && (budget.IsCancellationRequested || GoogleAdsErrors.Describe(exception) is not null))
            {
                stoppedBecause = budget.IsCancellationRequested ? $"time ran out after {settings.TotalTimeout.TotalSeconds:0.#} s" : GoogleAdsErrors.Describe(exception);
                LogForecastStopped(logger, maxCpcBids.Count, points.Count(point => point is not null), stoppedBecause!);
                break;
            }
        }

        var answered = points.OfType<ForecastPoint>().ToList();
        var note = answered.Count == maxCpcBids.Count ? null
            : $"Google Ads forecast {answered.Count} of {maxCpcBids.Count} bids: {stoppedBecause}.";
        return new ForecastCurve(answered, code, start, end, note is null, note);
    }

    static async ValueTask<ForecastPoint> AskAsync(IKeywordPlanIdeaApi planner, GoogleAdsOptions settings, Campaign campaign, decimal bid,
        CancellationToken cancellationToken)
    {
        var answer = await planner.GenerateKeywordForecastMetrics(settings.ApiVersion, settings.CustomerIdDigits, new GenerateKeywordForecastMetricsRequest(
            campaign.Currency,
            new ForecastDateRange(Date(campaign.Start), Date(campaign.End)),
            new CampaignToForecast(
                [campaign.Language],
                campaign.GeoTargets,
                // No daily budget: the curve is the traffic a bid can buy, not what a budget would cap it at.
                new CampaignBiddingStrategy(new ManualCpcBiddingStrategy(Micros.FromAmount(bid), DailyBudgetMicros: null)),
                [new ForecastAdGroup(campaign.Keywords.Select(keyword => new KeywordInfo(keyword, campaign.MatchType)).ToList())])),
            cancellationToken);
        // No metrics at all is Google's way of forecasting no traffic.
        var metrics = answer.CampaignForecastMetrics;
        return new ForecastPoint(
            bid,
            (decimal)(metrics?.Clicks ?? 0),
            Micros.ToAmount(metrics?.CostMicros ?? 0),
            metrics?.AverageCpcMicros is { } averageCpc ? Micros.ToAmount(averageCpc) : null);
    }

    static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The highest bid first, then the lowest, then the middles of what is left: a curve cut short by the timeout still
    /// spans the range.
    /// </summary>
    static IEnumerable<int> SpreadOrder(int count)
    {
        yield return count - 1;
        if (count == 1)
            yield break;
        yield return 0;
        var gaps = new Queue<(int Low, int High)>([(0, count - 1)]);
        while (gaps.TryDequeue(out var gap))
        {
            if (gap.High - gap.Low < 2)
                continue;
            var middle = (gap.Low + gap.High) / 2;
            yield return middle;
            gaps.Enqueue((gap.Low, middle));
            gaps.Enqueue((middle, gap.High));
        }
    }

    sealed record Campaign(IReadOnlyList<string> Keywords, string Language, IReadOnlyList<string> GeoTargets, string MatchType, string Currency,
        DateOnly Start, DateOnly End)
    {
        readonly string _keywordsHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Keywords))));

        public string KeyFor(decimal bid) =>
            $"forecast:{Currency}:{Language}:{string.Join(',', GeoTargets.Order(StringComparer.Ordinal))}:{MatchType}:{Date(Start)}:{PeriodDays}:"
            + $"{Micros.FromAmount(bid)}:{_keywordsHash}";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Google Ads forecast stopped after {Answered} of {Bids} bids: {Reason}")]
    static partial void LogForecastStopped(ILogger logger, int bids, int answered, string reason);
}
