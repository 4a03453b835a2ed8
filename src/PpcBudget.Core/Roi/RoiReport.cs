using System.Text.Json.Serialization;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Tables;
using SpendCurveTable = PpcBudget.Core.Roi.Budget.SpendCurveTable;

namespace PpcBudget.Core.Roi;

/// <summary>Whether a keyword earns more per click than it costs.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    [JsonStringEnumMemberName("profitable")] Profitable,
    [JsonStringEnumMemberName("break-even")] BreakEven,
    [JsonStringEnumMemberName("unprofitable")] Unprofitable,
}

/// <summary>Where a keyword's conversion rate came from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConversionRateSource>))]
public enum ConversionRateSource
{
    /// <summary>The plan's conversion rate (or the 1 % default).</summary>
    [JsonStringEnumMemberName("plan")] Plan,

    /// <summary>The keyword's own conversions ÷ clicks.</summary>
    [JsonStringEnumMemberName("observed")] Observed,
}

/// <summary>What a customer is worth per click, and whether each keyword pays.</summary>
public sealed record RoiReport : Plans.PlanAnswer, ITabular, INamedTables
{
    public Table ToTable() => RoiReportTable.For(this);

    public static IReadOnlyList<string> TableNames { get; } = [SpendCurveTable.Name];

    public Table ToTable(string name) => name == SpendCurveTable.Name
        ? SpendCurveTable.For(this.Budget?.Curve)
        : throw new ArgumentOutOfRangeException(nameof(name), name, "The ROI answer has no such table.");

    /// <summary>Average sale − fulfilment cost, or as given.</summary>
    /// <example>100.00</example>
    public required decimal CustomerValue { get; init; }

    /// <summary>The plan's conversion rate.</summary>
    /// <example>0.01</example>
    public required decimal ConversionRate { get; init; }

    /// <summary>Earnings per click: customer value × conversion rate.</summary>
    /// <example>1.00</example>
    public required decimal Epc { get; init; }

    /// <summary>The most a click may cost before it loses money: the EPC.</summary>
    /// <example>1.00</example>
    public required decimal MaxCpc { get; init; }

    /// <summary>EPC × (1 − target margin); present when a target margin was given.</summary>
    /// <example>0.80</example>
    public decimal? RecommendedCpc { get; init; }

    /// <summary>ROI: the spend per month that buys every profitable keyword's traffic (from <c>budget</c>); absent for a CSV plan.</summary>
    /// <example>320.00</example>
    public decimal? MonthlyBudget => Budget?.MonthlyBudget;

    /// <summary>The monthly budget ÷ 30.4, as Google Ads takes a daily budget (from <c>budget</c>).</summary>
    /// <example>10.53</example>
    public decimal? DailyBudget => Budget?.DailyBudget;

    /// <summary>
    /// How much to spend: each keyword's traffic for a month and what it earns, the budget that buys the profitable
    /// ones, the keywords that lose money, and the spend curve. Absent for a CSV plan, which streams its lines.
    /// </summary>
    public Budget.RoiBudget? Budget { get; init; }

    /// <summary>One line per keyword, in the order sent.</summary>
    public required IReadOnlyList<KeywordReturn> Keywords { get; init; }
}

/// <summary>What one keyword earns and costs per click.</summary>
public sealed record KeywordReturn
{
    /// <example>coffee shop</example>
    public required string Keyword { get; init; }

    /// <summary>Cost per click, as sent or as estimated.</summary>
    /// <example>0.80</example>
    public required decimal Cpc { get; init; }

    /// <summary>Where the CPC came from: request, googleAds or seed.</summary>
    /// <example>request</example>
    public required CpcSource CpcSource { get; init; }

    /// <summary>The rate used: observed conversions ÷ clicks when given, else the plan's.</summary>
    /// <example>0.01</example>
    public required decimal ConversionRate { get; init; }

    /// <example>plan</example>
    public required ConversionRateSource ConversionRateSource { get; init; }

    /// <summary>Customer value × this keyword's conversion rate; also its max CPC.</summary>
    /// <example>1.00</example>
    public required decimal Epc { get; init; }

    /// <summary>EPC − CPC; negative when each click loses money.</summary>
    /// <example>0.20</example>
    public required decimal ProfitPerClick { get; init; }

    /// <summary>EPC ÷ CPC (return on ad spend, 1 = break-even); absent when the CPC is 0.</summary>
    /// <example>1.25</example>
    public decimal? Roas { get; init; }

    /// <summary>CPC ÷ customer value: the conversion rate at which this keyword breaks even.</summary>
    /// <example>0.008</example>
    public required decimal BreakEvenConversionRate { get; init; }

    /// <example>profitable</example>
    public required Verdict Verdict { get; init; }

    /// <summary>95 % Wilson interval for the observed rate; present when clicks were observed.</summary>
    public ConversionRateInterval? ConversionRateInterval { get; init; }

    /// <summary>EPC at the interval's lower bound: the conservative bid.</summary>
    /// <example>0.45</example>
    public decimal? ConservativeEpc { get; init; }

    /// <summary>Why a figure is what it is, when that is not obvious (no clicks, no conversions yet).</summary>
    public string? Note { get; init; }
}
