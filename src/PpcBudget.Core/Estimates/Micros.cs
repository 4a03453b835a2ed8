namespace PpcBudget.Core.Estimates;

/// <summary>Google Ads money: one currency unit is 1,000,000 micros, sent as an int64 in a JSON string.</summary>
public static class Micros
{
    const decimal PerUnit = 1_000_000m;

    /// <summary>Exact: decimal holds every int64 micros amount without loss.</summary>
    public static decimal ToAmount(long micros) => micros / PerUnit;

    public static long FromAmount(decimal amount) => (long)(amount * PerUnit);
}
