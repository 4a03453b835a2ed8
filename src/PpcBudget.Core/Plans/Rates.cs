namespace PpcBudget.Core.Plans;

/// <summary>Conversion rates and other fractions: defaults, limits and how they are shown.</summary>
public static class Rates
{
    public const decimal DefaultConversionRate = 0.01m;

    /// <summary>Below one conversion in a million clicks the numbers stop meaning anything (and decimal would overflow).</summary>
    public const decimal MinimumConversionRate = 0.000001m;

    public const int Decimals = 6;

    /// <summary>
    /// A conversion rate of exactly 1 is allowed (every click a sale) but is almost always 1 % written as a whole number:
    /// the answer says so, and how to write 1 %.
    /// </summary>
    public const string WholeRateWarning =
        "A conversion rate of 1 means every click is a sale (100 %); if you meant 1 %, write 0.01 or 1%.";

    public static decimal Round(decimal rate) => Math.Round(rate, Decimals, MidpointRounding.AwayFromZero);
}
