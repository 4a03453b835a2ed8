using System.Globalization;

namespace PpcBudget.Api.Features.Budgets.QueryForms;

/// <summary>
/// Values as a spreadsheet writes them, in a query string or a CSV cell: invariant numbers, rates as a fraction (0.01)
/// or a percent (1%). Each parser returns the value or a message saying what was wrong and what is allowed.
/// </summary>
public static class SpreadsheetValues
{
    public static (decimal, string?) Number(string value) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var number)
            ? (number, null)
            : (0, $"'{value}' is not a number; write it with a dot for decimals and no thousands separator, such as 1234.50.");

    /// <summary>A fraction (0.01) or a percent (1%); a bare number above 1 is almost surely a percent written without its sign.</summary>
    public static (decimal, string?) Rate(string value)
    {
        var percent = value.EndsWith('%');
        var (number, error) = Number(percent ? value[..^1].TrimEnd() : value);
        if (error is not null)
            return (0, $"'{value}' is not a rate; write a fraction such as 0.01 or a percent such as 1%.");
        if (percent)
            return (number / 100, null);
        return number > 1
            ? (0, $"'{value}' is above 1; rates are fractions: for {value} % write {(number / 100).ToString(CultureInfo.InvariantCulture)} or {value}%.")
            : (number, null);
    }

    public static (int, string?) WholeNumber(string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? (number, null)
            : (0, $"'{value}' is not a whole number.");

    public static (long, string?) LongNumber(string value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? (number, null)
            : (0, $"'{value}' is not a whole number.");
}
