using System.Globalization;

namespace PpcBudget.Core.Plans;

/// <summary>
/// Values as a spreadsheet writes them, in a query string or a CSV cell: invariant numbers, rates as a fraction (0.01)
/// or a percent (1%). Each parser returns the value or a message saying what was wrong and what is allowed. Each reads
/// a span (a CSV plan's cells are parsed where they lie, with no string per cell); the string forms delegate to it.
/// </summary>
public static class SpreadsheetValues
{
    /// <summary>
    /// A list as a spreadsheet writes it (TEXTJOIN(",",TRUE,A2:A20)) or a caller repeats it: every value split at its
    /// commas, entries trimmed; an empty entry stays, as an empty cell in a row, for the rules to name.
    /// </summary>
    public static List<string> List(IEnumerable<string?> values) =>
        values.SelectMany(value => (value ?? "").Split(',')).Select(entry => entry.Trim()).ToList();

    public static (decimal, string?) Number(string value) => Number(value.AsSpan());

    public static (decimal, string?) Number(ReadOnlySpan<char> value) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var number)
            ? (number, null)
            : (0, $"'{value}' is not a number; write it with a dot for decimals and no thousands separator, such as 1234.50.");

    /// <summary>
    /// A fraction (0.01) or a percent (1%, 1 %): every rate, wherever it is typed. A bare number above 1 is almost surely a
    /// percent written without its sign, so it is refused as ambiguous; <paramref name="allowAboveOne"/> takes a percent above
    /// 100 % (a tolerance may be 150%), never a bare number above 1.
    /// </summary>
    public static (decimal, string?) Rate(string value, bool allowAboveOne = false, string noun = "rate")
    {
        ArgumentNullException.ThrowIfNull(value);
        return Rate(value.AsSpan(), allowAboveOne, noun);
    }

    /// <inheritdoc cref="Rate(string, bool, string)"/>
    public static (decimal, string?) Rate(ReadOnlySpan<char> value, bool allowAboveOne = false, string noun = "rate")
    {
        var percent = value.EndsWith('%');
        var (number, error) = Number(percent ? value[..^1].TrimEnd() : value);
        if (error is not null)
            return (0, $"'{value}' is not a {noun}; write a fraction such as 0.01 or a percent such as 1%.");
        var rate = percent ? number / 100 : number;
        if (!percent && number > 1)
            return (0, $"'{value}' is above 1, so ambiguous: rates are fractions; for {value} % write {(number / 100).ToString(CultureInfo.InvariantCulture)} or {value}%.");
        return rate > 1 && !allowAboveOne ? (0, $"'{value}' is above 100 %; a rate is at most 1 (100%).") : (rate, null);
    }

    public static (int, string?) WholeNumber(string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? (number, null)
            : (0, $"'{value}' is not a whole number.");

    public static (long, string?) LongNumber(string value) => LongNumber(value.AsSpan());

    public static (long, string?) LongNumber(ReadOnlySpan<char> value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? (number, null)
            : (0, $"'{value}' is not a whole number.");
}
