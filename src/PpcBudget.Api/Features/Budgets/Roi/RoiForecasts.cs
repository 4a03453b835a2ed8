using PpcBudget.Api.GoogleAds;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Roi.Budget;

namespace PpcBudget.Api.Features.Budgets.Roi;

/// <summary>
/// Google's own forecast of each keyword's traffic at a handful of bids up to the EPC, for the ROI budget and its spend
/// curve, when Google Ads is configured. The planning quota allows about one call a second, so only the first keywords
/// are forecast within the total timeout; the others keep their report or searches, and each line says which it rests on.
/// </summary>
public sealed class RoiForecasts(GoogleAdsForecasts forecasts)
{
    /// <summary>Keywords forecast per request: five bids each, about a second a call.</summary>
    public const int MaxKeywords = 5;

    /// <summary>The ROI answer for a plan, its budget resting on Google's forecast where there is one.</summary>
    public async Task<Calculated<RoiReport>> RoiAsync(Planner planner, RoiPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(planner);
        return await planner.RoiAsync(await WithForecastsAsync(plan, cancellationToken), cancellationToken);
    }

    public async Task<RoiPlan> WithForecastsAsync(RoiPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var customerValue = plan.CustomerValue ?? plan.AverageSale - (plan.FulfillmentCost ?? 0);
        if (!forecasts.IsConfigured || customerValue is not > 0 || plan.Keywords is not { Count: > 0 } keywords)
            return plan;
        var epc = Core.Roi.Epc.Of(customerValue.Value, plan.ConversionRate ?? Rates.DefaultConversionRate);
        if (epc <= 0)
            return plan;

        var bids = GoogleAdsForecasts.BidsUpTo(epc);
        var currency = Core.Money.Currency.FromCode(plan.Currency).Code;
        var forecast = new Dictionary<string, GoogleForecast>(StringComparer.Ordinal);
        foreach (var keyword in keywords.Select(keyword => keyword?.Keyword).OfType<string>().Distinct(StringComparer.Ordinal).Take(MaxKeywords))
        {
            var curve = await forecasts.ForecastAsync([keyword], bids, currency, plan.Language, plan.GeoTargets, cancellationToken);
            if (curve.Points.Count == 0)
                continue;
            forecast[keyword] = new GoogleForecast
            {
                Days = curve.Days,
                Points = curve.Points.Select(point => new Core.Roi.Budget.ForecastPoint { MaxCpc = point.MaxCpc, Clicks = point.Clicks, Cost = point.Cost }).ToList(),
                BidsAsked = bids.Count,
            };
        }
        return forecast.Count == 0 ? plan : plan with { Forecasts = forecast };
    }
}
