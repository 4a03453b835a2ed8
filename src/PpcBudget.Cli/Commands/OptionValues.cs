using System.CommandLine;
using System.CommandLine.Parsing;
using System.Reflection;
using PpcBudget.Core.Json;
using PpcBudget.Core.Plans;

namespace PpcBudget.Cli.Commands;

/// <summary>
/// Option values read as the service reads the same value in a query or a CSV cell (<see cref="SpreadsheetValues"/>),
/// each error naming the option and what it takes: never the parser's .NET type name.
/// </summary>
static class OptionValues
{
    /// <summary>
    /// An option for a plan field, read by the field's type: an amount or a rate (<see cref="RateAttribute"/>, 0.02 or 2%),
    /// a whole number, a flag, text, a list, or a choice by its JSON names.
    /// </summary>
    public static Option For(PropertyInfo field, string name, string? description)
    {
        ArgumentNullException.ThrowIfNull(field);
        var type = Nullable.GetUnderlyingType(field.PropertyType) ?? field.PropertyType;
        Option option = type switch
        {
            _ when type == typeof(decimal) => new Option<decimal?>(name) { CustomParser = field.IsDefined(typeof(RateAttribute)) ? Rate : Number },
            _ when type == typeof(int) => new Option<int?>(name) { CustomParser = WholeNumber },
            _ when type == typeof(bool) => new Option<bool>(name),
            _ when type == typeof(string) => new Option<string?>(name),
            _ when type == typeof(IReadOnlyList<string>) => new Option<string[]?>(name) { CustomParser = List },
            { IsEnum: true } => (Option)typeof(OptionValues).GetMethod(nameof(ChoiceOption), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type).Invoke(null, [name])!,
            _ => throw new NotSupportedException($"A plan field of type {type} has no option: teach {nameof(OptionValues)} to read it."),
        };
        option.Description = description;
        return option;
    }

    static Option<TEnum?> ChoiceOption<TEnum>(string name) where TEnum : struct, Enum =>
        new(name) { CustomParser = Choice<TEnum>, HelpName = string.Join('|', JsonNames.Of(typeof(TEnum)).Select(choice => choice.Name)) };

    public static decimal? Number(ArgumentResult result) => Read(result, value => SpreadsheetValues.Number(value));

    public static decimal? Rate(ArgumentResult result) => Read(result, value => SpreadsheetValues.Rate(value));

    public static int? WholeNumber(ArgumentResult result) => Read(result, SpreadsheetValues.WholeNumber);

    /// <summary>An enum by the names JSON gives its values (googleAds, not GoogleAds), any case, as the query reads it.</summary>
    public static TEnum? Choice<TEnum>(ArgumentResult result) where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(result);
        var (value, error) = JsonNames.Read(typeof(TEnum), result.Tokens.Single().Value.Trim());
        return error is null ? (TEnum)value! : Refuse<TEnum?>(result, error);
    }

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
