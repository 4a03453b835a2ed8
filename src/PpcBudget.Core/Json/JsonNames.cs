using System.Text.Json;

namespace PpcBudget.Core.Json;

public static class JsonNames
{
    /// <summary>An enum value as the JSON names it (<c>Verdict.BreakEven</c> is "break-even"), for messages and tables.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonSerializer.Serialize(value, StrictJson.Options).Trim('"');
}
