using System.Globalization;
using PpcBudget.Core.Json;

namespace PpcBudget.Cli.Output;

/// <summary>How figures read in a table: amounts as computed (290.00), rates as percentages, nothing as a dash.</summary>
static class Show
{
    public const string Nothing = "—";

    public static string Raw(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Amount(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture) ?? Nothing;

    public static string SignedAmount(decimal amount) => (amount > 0 ? "+" : "") + amount.ToString(CultureInfo.InvariantCulture);

    /// <summary>0.01 as "1 %", 0.006892 as "0.6892 %".</summary>
    public static string Rate(decimal? rate) =>
        rate is { } value ? (value * 100).ToString("0.####", CultureInfo.InvariantCulture) + " %" : Nothing;

    public static string SignedRate(decimal? rate) => rate is > 0 ? "+" + Rate(rate) : Rate(rate);

    /// <summary>A verdict or status as the JSON names it: "break-even", "unprofitable".</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNames.Of(value);

    public static string Name<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } known ? JsonNames.Of(known) : Nothing;

    /// <summary>"2.90 → 3.50", or one value when nothing changed.</summary>
    public static string Move(string before, string after) => before == after ? after : $"{before} → {after}";
}
