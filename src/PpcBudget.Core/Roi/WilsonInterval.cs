using System.Text.Json.Serialization;

namespace PpcBudget.Core.Roi;

/// <summary>A 95 % confidence interval for a conversion rate observed as <c>conversions</c> in <c>clicks</c>.</summary>
/// <param name="Lower">Lower bound of the rate; the conservative estimate to bid on.</param>
/// <param name="Upper">Upper bound of the rate.</param>
/// <param name="ConfidenceLevel">Always 0.95.</param>
// JsonRequired: all three are always written, and the OpenAPI document should say so.
public sealed record ConversionRateInterval(
    [property: JsonRequired] decimal Lower, [property: JsonRequired] decimal Upper, [property: JsonRequired] decimal ConfidenceLevel);

public static class WilsonInterval
{
    /// <summary>z for a two-sided 95 % interval.</summary>
    const double Z = 1.959963984540054;

    /// <summary>
    /// The Wilson score interval: unlike p ± z·√(p(1−p)/n), it stays inside [0, 1] and is still informative when
    /// there are no conversions at all, which is common after a small test.
    /// </summary>
    public static ConversionRateInterval For(long conversions, long clicks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(clicks, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(conversions);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(conversions, clicks);

        double n = clicks;
        var p = conversions / n;
        var z2 = Z * Z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var halfWidth = Z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new ConversionRateInterval(
            ToRate(Math.Max(0, centre - halfWidth)),
            ToRate(Math.Min(1, centre + halfWidth)),
            0.95m);
    }

    static decimal ToRate(double value) => Plans.Rates.Round((decimal)value);
}
