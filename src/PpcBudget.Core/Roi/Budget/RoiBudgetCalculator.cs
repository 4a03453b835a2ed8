using PpcBudget.Core.Money;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Roi.Budget;

/// <summary>
/// The ROI phase's budget: if every dollar spent on a keyword brings back more than a dollar, buy all of its traffic.
/// Says how much that costs a month, which keywords lose money and at what bid they would not, and where along the
/// spend curve the next dollar stops paying.
/// </summary>
/// <remarks>
/// Every figure is worked out at full precision and rounded once, as it is written: money to the currency's minor unit,
/// clicks and conversions to 2 decimals, ratios to 4. Amounts above <see cref="Limits.MaxMoney"/>, rates outside 0 to 1
/// and clicks above <see cref="MonthlyTraffic.MaxClicks"/> are clamped to those bounds, so no input overflows.
/// </remarks>
public static class RoiBudgetCalculator
{
    public const decimal DaysPerMonth = MonthlyTraffic.DaysPerMonth;
    const int CountDecimals = 2;
    const int RatioDecimals = 4;

    /// <exception cref="ArgumentException">The currency is not an ISO 4217 code.</exception>
    public static RoiBudget Calculate(RoiBudgetSettings settings, IReadOnlyList<RoiBudgetKeyword> keywords)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(keywords);
        var currency = Currency.FromCode(settings.Currency);
        var margin = settings.TargetMargin is { } given && given >= 0 && given < 1 ? given : (decimal?)null;
        var clickThroughRate = Rate(settings.ClickThroughRate);

        var months = new KeywordMonth[keywords.Count];
        var lines = new KeywordSpend[keywords.Count];
        var losing = new List<LosingKeyword>();
        decimal spend = 0, conversions = 0, value = 0;
        for (var i = 0; i < keywords.Count; i++)
        {
            var month = months[i] = KeywordMonth.For(keywords[i], clickThroughRate, currency);
            lines[i] = month.ToLine(currency);
            if (month.Verdict == Verdict.Unprofitable)
            {
                losing.Add(new LosingKeyword
                {
                    Keyword = month.Keyword,
                    Cpc = currency.Round(month.Cpc),
                    BreakEvenCpc = currency.Round(month.Epc),
                    TargetCpc = margin is { } m ? currency.Round(month.Epc * (1 - m)) : null,
                });
            }
            else if (month.IsBought)
            {
                spend += month.Spend;
                conversions += month.Conversions;
                value += month.Value;
            }
        }

        var dailyBudget = currency.Round(spend / DaysPerMonth);
        var planEpc = Money(settings.CustomerValue) * Rate(settings.ConversionRate);
        return new RoiBudget
        {
            MonthlyBudget = currency.Round(spend),
            DailyBudget = dailyBudget,
            DailyBudgetNote = $"Google may spend up to 2× the daily budget ({currency.Round(2 * dailyBudget)} {currency.Code}) on a busy day, " +
                              $"and bills at most 30.4× it ({currency.Round(DaysPerMonth * dailyBudget)} {currency.Code}) in a month.",
            Conversions = Count(conversions),
            Value = currency.Round(value),
            Profit = currency.Round(value - spend),
            Roas = Ratio(value, spend),
            Keywords = lines,
            LosingKeywords = losing,
            Curve = SpendCurves.For(months, planEpc, currency),
        };
    }

    internal static decimal Money(decimal amount) => Math.Clamp(amount, 0m, Limits.MaxMoney);

    internal static decimal Rate(decimal rate) => Math.Clamp(rate, 0m, 1m);

    internal static decimal Count(decimal count) => Math.Round(count, CountDecimals, MidpointRounding.AwayFromZero);

    /// <summary><paramref name="dividend"/> ÷ <paramref name="divisor"/> to 4 decimals; null when the divisor is 0 or the ratio is beyond decimal.</summary>
    internal static decimal? Ratio(decimal dividend, decimal divisor) =>
        Divide(dividend, divisor) is { } ratio ? Math.Round(ratio, RatioDecimals, MidpointRounding.AwayFromZero) : null;

    internal static decimal? Divide(decimal dividend, decimal divisor)
    {
        if (divisor == 0)
            return null;
        try
        {
            return dividend / divisor;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}

/// <summary>One keyword's month at full precision, before rounding.</summary>
sealed record KeywordMonth(string Keyword, decimal Cpc, decimal ConversionRate, decimal Epc, Traffic Traffic, Verdict Verdict,
    decimal? LowTopOfPageBid, decimal? HighTopOfPageBid)
{
    public decimal Clicks => Traffic.Clicks;
    public decimal Spend => Traffic.Cost ?? Clicks * Cpc;
    public decimal Conversions => Clicks * ConversionRate;
    public decimal Value => Clicks * Epc;

    /// <summary>In the budget: profitable, with a traffic figure.</summary>
    public bool IsBought => Verdict == Verdict.Profitable && Traffic.Basis != TrafficBasis.None;

    public static KeywordMonth For(RoiBudgetKeyword keyword, decimal clickThroughRate, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        var cpc = RoiBudgetCalculator.Money(keyword.Cpc);
        var epc = RoiBudgetCalculator.Money(keyword.Epc);
        var traffic = MonthlyTraffic.For(keyword with { Cpc = cpc }, epc, clickThroughRate, currency);
        // Google prices a forecast's clicks itself, so whether they pay is read from its cost; otherwise from the CPC, as the ROI report does.
        var gain = traffic.Basis == TrafficBasis.GoogleForecast && traffic.Clicks > 0
            ? currency.Round(traffic.Clicks * epc - traffic.Cost!.Value)
            : currency.Round(epc - cpc);
        var verdict = gain switch { > 0 => Verdict.Profitable, 0 => Verdict.BreakEven, _ => Verdict.Unprofitable };
        return new KeywordMonth(keyword.Keyword ?? "", cpc, RoiBudgetCalculator.Rate(keyword.ConversionRate), epc, traffic, verdict,
            keyword.LowTopOfPageBid is { } low ? RoiBudgetCalculator.Money(low) : null,
            keyword.HighTopOfPageBid is { } high ? RoiBudgetCalculator.Money(high) : null);
    }

    public KeywordSpend ToLine(Currency currency)
    {
        var known = Traffic.Basis != TrafficBasis.None;
        return new KeywordSpend
        {
            Keyword = Keyword,
            TrafficBasis = Traffic.Basis,
            Clicks = known ? RoiBudgetCalculator.Count(Clicks) : null,
            Spend = known ? currency.Round(Spend) : null,
            Conversions = known ? RoiBudgetCalculator.Count(Conversions) : null,
            Value = known ? currency.Round(Value) : null,
            Profit = known ? currency.Round(Value - Spend) : null,
            Verdict = Verdict,
            Note = Traffic.Note,
        };
    }
}
