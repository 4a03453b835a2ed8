using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace PpcBudget.Api.Infrastructure.Formats;

/// <summary>The single values of an answer that <c>format=text&amp;field=</c> can put in a spreadsheet cell.</summary>
public static class AnswerFields
{
    static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> ByType = new();

    /// <summary>The answer's top-level numbers and words, by their JSON names.</summary>
    public static IReadOnlyList<string> Of(Type answerType) => ByType.GetOrAdd(answerType, type =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => IsSingleValue(property.PropertyType))
            .Select(property => JsonNamingPolicy.CamelCase.ConvertName(property.Name))
            .ToList());

    /// <summary>The field's bare value as JSON writes it (a number without quotes, a word without quotes), or null when absent.</summary>
    public static string? ValueOf(JsonElement answer, string field)
    {
        foreach (var property in answer.EnumerateObject())
            if (string.Equals(property.Name, field, StringComparison.OrdinalIgnoreCase))
                return property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => property.Value.GetRawText(),
                };
        return null;
    }

    static bool IsSingleValue(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal);
    }
}
