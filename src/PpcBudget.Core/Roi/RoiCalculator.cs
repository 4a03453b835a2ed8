using PpcBudget.Core.Estimates;
using PpcBudget.Core.Money;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Roi;

/// <summary>The ROI phase: what a click is worth (EPC) and whether each keyword's CPC is below it.</summary>
public static class RoiCalculator
{
    const int RoasDecimals = 4;

    /// <summary>
    /// Calculates a validated plan (see <see cref="RoiPlanValidator"/>). A keyword without a CPC takes it from
    /// <paramref name="estimates"/>, which lines up with the plan's keywords (null where there is none).
    /// </summary>
    public static RoiReport Calculate(RoiPlan plan, IReadOnlyList<CpcEstimate?>? estimates = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var currency = Currency.FromCode(plan.Currency);
        var customerValue = plan.CustomerValue ?? (plan.AverageSale ?? 0) - (plan.FulfillmentCost ?? 0);
        var planRate = plan.ConversionRate ?? Rates.DefaultConversionRate;
        var epc = Epc.Of(customerValue, planRate);
        var keywords = plan.Keywords ?? [];
        var warnings = new List<string>();

        var lines = new KeywordReturn[keywords.Count];
        for (var i = 0; i < keywords.Count; i++)
            lines[i] = Judge(keywords[i], PricedKeyword.From(keywords[i], estimates?[i], plan.CpcBasis ?? CpcBasis.Average),
                customerValue, planRate, currency);

        if (lines.Length > 0 && lines.All(line => line.Verdict == Verdict.Unprofitable))
            warnings.Add($"No keyword is profitable: every CPC is above what a click earns ({currency.Round(epc)} {currency.Code} at the plan's rate).");

        return new RoiReport
        {
            Currency = currency.Code,
            CustomerValue = currency.Round(customerValue),
            ConversionRate = planRate,
            Epc = currency.Round(epc),
            MaxCpc = currency.Round(epc),
            RecommendedCpc = plan.TargetMargin is { } margin ? currency.Round(epc * (1 - margin)) : null,
            Keywords = lines,
            Warnings = warnings,
        };
    }

    static KeywordReturn Judge(RoiKeyword keyword, PricedKeyword priced, decimal customerValue, decimal planRate, Currency currency)
    {
        var cpc = priced.Cpc;
        var observed = keyword is { Clicks: > 0, Conversions: { } } ? keyword : null;
        var rate = observed is null ? planRate : (decimal)observed.Conversions!.Value / observed.Clicks!.Value;
        var interval = observed is null ? null : WilsonInterval.For(observed.Conversions!.Value, observed.Clicks!.Value);
        var epc = Epc.Of(customerValue, rate);
        var profitPerClick = currency.Round(epc - cpc);

        return new KeywordReturn
        {
            Keyword = keyword.Keyword ?? "",
            Cpc = cpc,
            CpcSource = priced.CpcSource,
            ConversionRate = Rates.Round(rate),
            ConversionRateSource = observed is null ? ConversionRateSource.Plan : ConversionRateSource.Observed,
            Epc = currency.Round(epc),
            ProfitPerClick = profitPerClick,
            Roas = cpc == 0 ? null : Math.Round(epc / cpc, RoasDecimals, MidpointRounding.AwayFromZero),
            BreakEvenConversionRate = Rates.Round(cpc / customerValue),
            Verdict = profitPerClick switch { > 0 => Verdict.Profitable, 0 => Verdict.BreakEven, _ => Verdict.Unprofitable },
            ConversionRateInterval = interval,
            ConservativeEpc = interval is null ? null : currency.Round(Epc.Of(customerValue, interval.Lower)),
            Note = NoteFor(keyword, interval),
        };
    }

    static string? NoteFor(RoiKeyword keyword, ConversionRateInterval? interval) => keyword switch
    {
        { Clicks: 0 } => "No clicks observed yet, so the plan's conversion rate is used.",
        { Conversions: 0 } => $"No conversions in {keyword.Clicks:N0} clicks: the observed rate is 0, so this keyword earns " +
                              $"nothing per click so far; the true rate is below {interval!.Upper} with 95 % confidence.",
        _ => null,
    };
}
