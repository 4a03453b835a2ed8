using System.Collections.Concurrent;
using System.Text.Json;

namespace PpcBudget.Core.Json;

public static class JsonNames
{
    /// <summary>An enum value as the JSON names it (<c>Verdict.BreakEven</c> is "break-even"), for messages and tables.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Names<TEnum>.Of(value);

    /// <summary>Each named value's JSON name, worked out once: a million-row answer names a value on every row.</summary>
    static class Names<TEnum> where TEnum : struct, Enum
    {
        static readonly Dictionary<TEnum, string> Known = Enum.GetValues<TEnum>().Distinct().ToDictionary(value => value, Serialize);

        public static string Of(TEnum value) => Known.TryGetValue(value, out var name) ? name : Serialize(value);

        static string Serialize(TEnum value) => JsonSerializer.Serialize(value, StrictJson.Options).Trim('"');
    }

    static readonly ConcurrentDictionary<Type, IReadOnlyList<(string Name, object Value)>> ChoicesByType = new();

    /// <summary>Every value of an enum with the name JSON gives it, for messages that list the choices and for reading them back.</summary>
    public static IReadOnlyList<(string Name, object Value)> Of(Type enumType)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        return ChoicesByType.GetOrAdd(enumType, type => Enum.GetValues(type).Cast<object>()
            .Select(value => (JsonSerializer.Serialize(value, type, StrictJson.Options).Trim('"'), value))
            .DistinctBy(choice => choice.Item1).ToList());
    }

    /// <summary>A value typed by its JSON name in any case (a query parameter, a command-line option), or a message listing the names.</summary>
    public static (object? Value, string? Error) Read(Type enumType, string typed)
    {
        var choices = Of(enumType);
        foreach (var (name, value) in choices)
            if (string.Equals(name, typed, StringComparison.OrdinalIgnoreCase))
                return (value, null);
        return (null, $"'{typed}' is not one of: {string.Join(", ", choices.Select(choice => choice.Name))}.");
    }
}
