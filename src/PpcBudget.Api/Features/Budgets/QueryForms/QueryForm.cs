using System.Globalization;
using FluentValidation.Results;
using Microsoft.Extensions.Primitives;

namespace PpcBudget.Api.Features.Budgets.QueryForms;

/// <summary>
/// Reads a plan from a query string as a spreadsheet writes it: rates as a fraction (0.01) or a percent (1%),
/// lists comma-separated (TEXTJOIN(",",TRUE,A2:A20)) or repeated. Every value it cannot read becomes a failure that
/// names the parameter; every parameter it was not asked for is reported by <see cref="UnreadParameters"/>.
/// </summary>
public sealed class QueryForm(IQueryCollection query)
{
    readonly HashSet<string> _read = new(StringComparer.OrdinalIgnoreCase);

    public List<ValidationFailure> Failures { get; } = [];

    public string? Text(string name) => Raw(name) is { } raw && raw.Length > 0 ? raw : null;

    public decimal? Number(string name) => Parse(name, Text(name), ParseNumber);

    public decimal? Rate(string name) => Parse(name, Text(name), ParseRate);

    public int? WholeNumber(string name) => Parse(name, Text(name), ParseInt);

    public bool? Flag(string name) => Parse(name, Text(name), value => bool.TryParse(value, out var flag)
        ? (flag, null)
        : (false, $"'{value}' is not true or false."));

    public TEnum? Choice<TEnum>(string name, IReadOnlyDictionary<string, TEnum> choices) where TEnum : struct =>
        Parse(name, Text(name), value => choices.TryGetValue(value, out var choice)
            ? (choice, null)
            : (default(TEnum), $"'{value}' is not one of: {string.Join(", ", choices.Keys)}."));

    /// <summary>A comma-separated (or repeated) list, entries trimmed; an empty entry stays, as an empty cell in a row.</summary>
    public IReadOnlyList<string>? List(string name)
    {
        _read.Add(name);
        if (!query.TryGetValue(name, out var values) || StringValues.IsNullOrEmpty(values))
            return null;
        return values.SelectMany(value => (value ?? "").Split(',')).Select(entry => entry.Trim()).ToList();
    }

    public IReadOnlyList<decimal?>? NumberList(string name) => ParseList(name, ParseNumber);

    public IReadOnlyList<decimal?>? RateList(string name) => ParseList(name, ParseRate);

    public IReadOnlyList<long?>? WholeNumberList(string name) => ParseList(name, ParseLong);

    /// <summary>Parameters in the query that no reader asked for, apart from those every endpoint takes.</summary>
    public IEnumerable<string> UnreadParameters(params string[] alwaysAllowed) =>
        query.Keys.Where(name => !_read.Contains(name) && !alwaysAllowed.Contains(name, StringComparer.OrdinalIgnoreCase));

    string? Raw(string name)
    {
        _read.Add(name);
        return query.TryGetValue(name, out var values) ? values.ToString().Trim() : null;
    }

    T? Parse<T>(string name, string? value, Func<string, (T Value, string? Error)> parse) where T : struct
    {
        if (value is null)
            return null;
        var (parsed, error) = parse(value);
        if (error is null)
            return parsed;
        Failures.Add(new ValidationFailure(name, error));
        return null;
    }

    List<T?>? ParseList<T>(string name, Func<string, (T Value, string? Error)> parse) where T : struct
    {
        var entries = List(name);
        return entries?.Select((entry, index) =>
        {
            if (entry.Length == 0)
                return (T?)null;
            var (parsed, error) = parse(entry);
            if (error is null)
                return parsed;
            Failures.Add(new ValidationFailure($"{name}[{index}]", error));
            return null;
        }).ToList();
    }

    static (decimal, string?) ParseNumber(string value) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var number)
            ? (number, null)
            : (0, $"'{value}' is not a number; write it with a dot for decimals and no thousands separator, such as 1234.50.");

    /// <summary>A fraction (0.01) or a percent (1%); a bare number above 1 is almost surely a percent written without its sign.</summary>
    static (decimal, string?) ParseRate(string value)
    {
        var percent = value.EndsWith('%');
        var (number, error) = ParseNumber(percent ? value[..^1].TrimEnd() : value);
        if (error is not null)
            return (0, $"'{value}' is not a rate; write a fraction such as 0.01 or a percent such as 1%.");
        if (percent)
            return (number / 100, null);
        return number > 1
            ? (0, $"'{value}' is above 1; rates are fractions: for {value} % write {(number / 100).ToString(CultureInfo.InvariantCulture)} or {value}%.")
            : (number, null);
    }

    static (int, string?) ParseInt(string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? (number, null)
            : (0, $"'{value}' is not a whole number.");

    static (long, string?) ParseLong(string value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? (number, null)
            : (0, $"'{value}' is not a whole number.");
}
