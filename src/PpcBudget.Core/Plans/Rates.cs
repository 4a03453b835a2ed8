namespace PpcBudget.Core.Plans;

/// <summary>Conversion rates and other fractions: defaults, limits and how they are shown.</summary>
public static class Rates
{
    public const decimal DefaultConversionRate = 0.01m;

    /// <summary>Below one conversion in a million clicks the numbers stop meaning anything (and decimal would overflow).</summary>
    public const decimal MinimumConversionRate = 0.000001m;

    public const int Decimals = 6;

    public static decimal Round(decimal rate) => Math.Round(rate, Decimals, MidpointRounding.AwayFromZero);
}
