using FluentValidation.Results;
using Microsoft.Extensions.Primitives;
using PpcBudget.Core.Plans;

namespace PpcBudget.Api.Infrastructure.QueryForms;

/// <summary>
/// Reads a request from a query string as a spreadsheet writes it: rates as a fraction (0.01) or a percent (1%),
/// lists comma-separated (TEXTJOIN(",",TRUE,A2:A20)) or repeated. Every value it cannot read becomes a failure that
/// names the parameter. Parameters no request field reads are refused before the endpoint runs (QueryParameterRules,
/// from the same <see cref="RequestQuery"/> derivation).
/// </summary>
public sealed class QueryForm(IQueryCollection query)
{
    public List<ValidationFailure> Failures { get; } = [];

    public string? Text(string name) => Raw(name) is { } raw && raw.Length > 0 ? raw : null;

    public decimal? Number(string name) => Parse(name, Text(name), SpreadsheetValues.Number);

    public decimal? Rate(string name) => Parse(name, Text(name), static value => SpreadsheetValues.Rate(value));

    public int? WholeNumber(string name) => Parse(name, Text(name), SpreadsheetValues.WholeNumber);

    public bool? Flag(string name) => Parse(name, Text(name), value => bool.TryParse(value, out var flag)
        ? (flag, null)
        : (false, $"'{value}' is not true or false."));

    /// <summary>An enum value by the name JSON gives it, in any case (<c>googleAds</c>).</summary>
    public object? Choice(string name, Type enumType)
    {
        if (Text(name) is not { } typed)
            return null;
        var (value, error) = Core.Json.JsonNames.Read(enumType, typed);
        if (error is not null)
            Failures.Add(new ValidationFailure(name, error));
        return value;
    }

    /// <summary>A comma-separated (or repeated) list, entries trimmed; an empty entry stays, as an empty cell in a row.</summary>
    public IReadOnlyList<string>? List(string name)
    {
        if (!query.TryGetValue(name, out var values) || StringValues.IsNullOrEmpty(values))
            return null;
        return SpreadsheetValues.List(values);
    }

    public List<decimal?>? NumberList(string name) => ParseList(name, SpreadsheetValues.Number);

    public List<decimal?>? RateList(string name) => ParseList(name, static value => SpreadsheetValues.Rate(value));

    public List<long?>? WholeNumberList(string name) => ParseList(name, SpreadsheetValues.LongNumber);

    string? Raw(string name) => query.TryGetValue(name, out var values) ? values.ToString().Trim() : null;

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
}
