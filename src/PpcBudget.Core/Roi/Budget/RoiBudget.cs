using System.Text.Json.Serialization;

namespace PpcBudget.Core.Roi.Budget;

/// <summary>Where a keyword's monthly traffic figure came from, best first.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrafficBasis>))]
public enum TrafficBasis
{
    /// <summary>Google's forecast, at the bid of most profit.</summary>
    [JsonStringEnumMemberName("googleForecast")] GoogleForecast,

    /// <summary>An imported report, scaled to a month and, with a search impression share, to full share.</summary>
    [JsonStringEnumMemberName("report")] Report,

    /// <summary>Monthly searches × click-through rate.</summary>
    [JsonStringEnumMemberName("searches")] Searches,

    /// <summary>No traffic figure at all: the keyword is left out of the budget.</summary>
    [JsonStringEnumMemberName("none")] None,
}

/// <summary>What the spend curve is built on.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CurveBasis>))]
public enum CurveBasis
{
    /// <summary>Google's forecasts, summed at each bid.</summary>
    [JsonStringEnumMemberName("googleForecast")] GoogleForecast,

    /// <summary>A model built on the top-of-page bid range (see the note); not a forecast.</summary>
    [JsonStringEnumMemberName("model")] Model,

    /// <summary>No curve: nothing to build one on (the note says why).</summary>
    [JsonStringEnumMemberName("none")] None,
}

/// <summary>How much to spend in a month to buy all the profitable traffic there is, and where the next dollar stops paying.</summary>
public sealed record RoiBudget
{
    /// <summary>The spend that buys every profitable keyword's traffic for a month.</summary>
    /// <example>320.00</example>
    public required decimal MonthlyBudget { get; init; }

    /// <summary>Monthly budget ÷ 30.4, the campaign's average daily budget.</summary>
    /// <example>10.53</example>
    public required decimal DailyBudget { get; init; }

    /// <summary>How Google spends a daily budget.</summary>
    /// <example>Google may spend up to 2× the daily budget (21.06 USD) on a busy day, and bills at most 30.4× it (320.11 USD) in a month.</example>
    public required string DailyBudgetNote { get; init; }

    /// <summary>Sales expected in the month from the profitable keywords.</summary>
    /// <example>5.5</example>
    public required decimal Conversions { get; init; }

    /// <summary>Conversions × customer value.</summary>
    /// <example>550.00</example>
    public required decimal Value { get; init; }

    /// <summary>Value − monthly budget.</summary>
    /// <example>230.00</example>
    public required decimal Profit { get; init; }

    /// <summary>Value ÷ monthly budget (return on ad spend); absent when nothing is spent.</summary>
    /// <example>1.7188</example>
    public decimal? Roas { get; init; }

    /// <summary>One line per keyword, in the order given.</summary>
    public required IReadOnlyList<KeywordSpend> Keywords { get; init; }

    /// <summary>Keywords whose clicks cost more than they earn, with the bids that would make them pay.</summary>
    public required IReadOnlyList<LosingKeyword> LosingKeywords { get; init; }

    /// <summary>Spend against bid for the profitable keywords.</summary>
    public required SpendCurve Curve { get; init; }
}

/// <summary>One keyword's month: the clicks there are, what they cost and what they earn.</summary>
public sealed record KeywordSpend
{
    /// <example>coffee shop</example>
    public required string Keyword { get; init; }

    /// <summary>Where the clicks figure came from.</summary>
    /// <example>searches</example>
    public required TrafficBasis TrafficBasis { get; init; }

    /// <summary>Clicks in a month; absent when there is no traffic figure.</summary>
    /// <example>400</example>
    public decimal? Clicks { get; init; }

    /// <summary>What those clicks cost: clicks × CPC, or Google's forecast cost.</summary>
    /// <example>240.00</example>
    public decimal? Spend { get; init; }

    /// <summary>Clicks × conversion rate.</summary>
    /// <example>4</example>
    public decimal? Conversions { get; init; }

    /// <summary>Clicks × EPC, which is conversions × customer value.</summary>
    /// <example>400.00</example>
    public decimal? Value { get; init; }

    /// <summary>Value − spend.</summary>
    /// <example>160.00</example>
    public decimal? Profit { get; init; }

    /// <summary>Whether a click earns more than it costs; only profitable keywords are in the budget.</summary>
    /// <example>profitable</example>
    public required Verdict Verdict { get; init; }

    /// <summary>How the clicks were worked out, or why there are none.</summary>
    public string? Note { get; init; }
}

/// <summary>A keyword whose clicks cost more than they earn.</summary>
public sealed record LosingKeyword
{
    /// <example>coffee shop</example>
    public required string Keyword { get; init; }

    /// <example>1.50</example>
    public required decimal Cpc { get; init; }

    /// <summary>The CPC at which the keyword breaks even: its EPC.</summary>
    /// <example>1.00</example>
    public required decimal BreakEvenCpc { get; init; }

    /// <summary>EPC × (1 − target margin); present when a target margin was given.</summary>
    /// <example>0.80</example>
    public decimal? TargetCpc { get; init; }
}

/// <summary>Spend and profit against the max CPC bid, for the profitable keywords.</summary>
public sealed record SpendCurve
{
    /// <example>googleForecast</example>
    public required CurveBasis Basis { get; init; }

    /// <summary>What the curve is built on and what it leaves out, or why there is none.</summary>
    /// <example>Google's forecast for 2 of the 2 profitable keywords, summed at each bid.</example>
    public required string Note { get; init; }

    /// <summary>One point per bid, lowest first; empty when there is no curve.</summary>
    public required IReadOnlyList<SpendCurvePoint> Points { get; init; }

    /// <summary>The point of most profit, where the marginal CPC reaches the EPC; absent when no point makes a profit.</summary>
    public RecommendedSpend? Recommended { get; init; }
}

/// <summary>What a month at one max CPC bid buys and earns.</summary>
public record SpendCurvePoint
{
    /// <example>1.50</example>
    public required decimal MaxCpc { get; init; }

    /// <example>243.2</example>
    public required decimal Clicks { get; init; }

    /// <example>152.00</example>
    public required decimal Cost { get; init; }

    /// <example>2.43</example>
    public required decimal Conversions { get; init; }

    /// <summary>Value − cost.</summary>
    /// <example>91.20</example>
    public required decimal Profit { get; init; }

    /// <summary>
    /// What the extra clicks over the previous point cost each: Δcost ÷ Δclicks (from nothing for the first point).
    /// Absent when the point buys no more clicks.
    /// </summary>
    /// <example>0.90</example>
    public decimal? MarginalCpc { get; init; }
}

/// <summary>The point of most profit, and what its last dollar brings back.</summary>
public sealed record RecommendedSpend : SpendCurvePoint
{
    /// <summary>
    /// Value ÷ cost of the clicks bought last (the step into this point): 1.11 means the last dollar brought back
    /// 1.11 in sales. Absent when the last step cost nothing.
    /// </summary>
    /// <example>1.1111</example>
    public decimal? LastDollarEarns { get; init; }

    /// <summary>The recommendation in words.</summary>
    public required string Note { get; init; }
}
