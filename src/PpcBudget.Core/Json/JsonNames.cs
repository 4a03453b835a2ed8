using System.Text.Json;

namespace PpcBudget.Core.Json;

public static class JsonNames
{
    /// <summary>An enum value as the JSON names it (<c>Verdict.BreakEven</c> is "break-even"), for messages and tables.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonSerializer.Serialize(value, StrictJson.Options).Trim('"');

    /// <summary>Every value of an enum with the name JSON gives it, for messages that list the choices and for reading them back.</summary>
    public static IReadOnlyList<(string Name, object Value)> Of(Type enumType)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        return Enum.GetValues(enumType).Cast<object>()
            .Select(value => (JsonSerializer.Serialize(value, enumType, StrictJson.Options).Trim('"'), value))
            .DistinctBy(choice => choice.Item1).ToList();
    }
}
