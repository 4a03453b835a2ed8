using PpcBudget.Core.Estimates;
using PpcBudget.Core.Money;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Roi;

/// <summary>One ROI-phase calculation, a keyword at a time, so that a plan of any size goes through without holding its lines.</summary>
public sealed class RoiRun
{
    const int RoasDecimals = 4;

    readonly Currency _currency;
    readonly decimal _customerValue;
    readonly decimal _planRate;
    readonly decimal? _targetMargin;
    readonly CpcBasis _basis;
    bool _anyPaying;
    long _count;

    /// <param name="settings">A validated plan; its keywords are not read here.</param>
    public RoiRun(RoiPlan settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _currency = Currency.FromCode(settings.Currency);
        _customerValue = settings.CustomerValue ?? (settings.AverageSale ?? 0) - (settings.FulfillmentCost ?? 0);
        _planRate = settings.ConversionRate ?? Rates.DefaultConversionRate;
        _targetMargin = settings.TargetMargin;
        _basis = settings.CpcBasis ?? CpcBasis.Average;
    }

    public string CurrencyCode => _currency.Code;

    /// <summary>Judges one keyword; without a CPC of its own it takes the estimate's (the caller made sure there is one).</summary>
    public KeywordReturn Add(PlanKeyword keyword, CpcEstimate? estimate = null)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        var priced = PricedKeyword.From(keyword, estimate, _basis);
        var cpc = priced.Cpc;
        var observed = keyword is { Clicks: > 0, Conversions: { } } ? keyword : null;
        var rate = observed is null ? _planRate : (decimal)observed.Conversions!.Value / observed.Clicks!.Value;
        var interval = observed is null ? null : WilsonInterval.For(observed.Conversions!.Value, observed.Clicks!.Value);
        var epc = Epc.Of(_customerValue, rate);
        var profitPerClick = _currency.Round(epc - cpc);

        var line = new KeywordReturn
        {
            Keyword = keyword.Keyword ?? "",
            Cpc = cpc,
            CpcSource = priced.CpcSource,
            ConversionRate = Rates.Round(rate),
            ConversionRateSource = observed is null ? ConversionRateSource.Plan : ConversionRateSource.Observed,
            Epc = _currency.Round(epc),
            ProfitPerClick = profitPerClick,
            Roas = cpc == 0 ? null : Math.Round(epc / cpc, RoasDecimals, MidpointRounding.AwayFromZero),
            BreakEvenConversionRate = Rates.Round(cpc / _customerValue),
            Verdict = profitPerClick switch { > 0 => Verdict.Profitable, 0 => Verdict.BreakEven, _ => Verdict.Unprofitable },
            ConversionRateInterval = interval,
            ConservativeEpc = interval is null ? null : _currency.Round(Epc.Of(_customerValue, interval.Lower)),
            Note = NoteFor(keyword, interval),
        };
        _anyPaying |= line.Verdict != Verdict.Unprofitable;
        _count++;
        return line;
    }

    /// <summary>The report for everything added so far; <paramref name="lines"/> is what the answer lists (empty when streamed).</summary>
    public RoiReport Finish(IReadOnlyList<KeywordReturn> lines)
    {
        var epc = Epc.Of(_customerValue, _planRate);
        return new RoiReport
        {
            Currency = _currency.Code,
            CustomerValue = _currency.Round(_customerValue),
            ConversionRate = _planRate,
            Epc = _currency.Round(epc),
            MaxCpc = _currency.Round(epc),
            RecommendedCpc = _targetMargin is { } margin ? _currency.Round(epc * (1 - margin)) : null,
            Keywords = lines,
            Warnings = [
                .. _planRate == 1 ? [Rates.WholeRateWarning] : Array.Empty<string>(),
                .. _count > 0 && !_anyPaying
                    ? [$"No keyword is profitable: every CPC is above what a click earns ({_currency.Round(epc)} {_currency.Code} at the plan's rate)."]
                    : Array.Empty<string>(),
            ],
        };
    }

    static string? NoteFor(PlanKeyword keyword, ConversionRateInterval? interval) => keyword switch
    {
        { Clicks: 0 } => "No clicks observed yet, so the plan's conversion rate is used.",
        { Conversions: 0 } => $"No conversions in {keyword.Clicks:N0} clicks: the observed rate is 0, so this keyword earns " +
                              $"nothing per click so far; the true rate is below {interval!.Upper} with 95 % confidence.",
        _ => null,
    };
}
