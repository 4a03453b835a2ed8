using System.CommandLine.Parsing;
using PpcBudget.Core.Json;
using PpcBudget.Core.Plans;

namespace PpcBudget.Cli.Commands;

/// <summary>
/// Option values read as the service reads the same value in a query or a CSV cell (<see cref="SpreadsheetValues"/>),
/// each error naming the option and what it takes: never the parser's .NET type name.
/// </summary>
static class OptionValues
{
    public static decimal? Number(ArgumentResult result) => Read(result, value => SpreadsheetValues.Number(value));

    public static decimal? Rate(ArgumentResult result) => Read(result, value => SpreadsheetValues.Rate(value));

    public static int? WholeNumber(ArgumentResult result) => Read(result, SpreadsheetValues.WholeNumber);

    /// <summary>An enum by the names JSON gives its values (googleAds, not GoogleAds), any case.</summary>
    public static TEnum? Choice<TEnum>(ArgumentResult result) where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(result);
        var typed = result.Tokens.Single().Value.Trim();
        var choices = JsonNames.Of(typeof(TEnum));
        return choices.FirstOrDefault(choice => string.Equals(choice.Name, typed, StringComparison.OrdinalIgnoreCase)).Value is TEnum value
            ? value
            : Refuse<TEnum?>(result, $"'{typed}' is not one of: {string.Join(", ", choices.Select(choice => choice.Name))}.");
    }

    /// <summary>An enum option's values for its help line, by their JSON names: <c>googleAds|seed</c>.</summary>
    public static string ChoicesOf<TEnum>() where TEnum : struct, Enum => string.Join('|', JsonNames.Of(typeof(TEnum)).Select(choice => choice.Name));

    /// <summary>A list as the query reads one: comma-separated or repeated.</summary>
    public static string[] List(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. SpreadsheetValues.List(result.Tokens.Select(token => token.Value))];
    }

    public static T? Read<T>(ArgumentResult result, Func<string, (T Value, string? Error)> read) where T : struct
    {
        ArgumentNullException.ThrowIfNull(result);
        var (value, error) = read(result.Tokens.Single().Value.Trim());
        return error is null ? value : Refuse<T?>(result, error);
    }

    /// <summary>Records the error against the option, by its name: <c>--months: 'abc' is not a whole number.</c></summary>
    public static T? Refuse<T>(ArgumentResult result, string message)
    {
        ArgumentNullException.ThrowIfNull(result);
        result.AddError(result.Parent is OptionResult option ? $"{option.Option.Name}: {message}" : message);
        return default;
    }
}
