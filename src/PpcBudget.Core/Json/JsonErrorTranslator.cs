using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation.Results;

namespace PpcBudget.Core.Json;

/// <summary>
/// Turns what System.Text.Json says about a document it cannot read (a request body, a plan file) into a failure that
/// names the field in the document's own terms (<c>keywords[0].cpc</c>) and says what is allowed, without .NET type names.
/// </summary>
public static partial class JsonErrorTranslator
{
    /// <summary>The field named when the body as a whole is unreadable.</summary>
    public const string BodyField = "body";

    /// <param name="exception">What System.Text.Json threw.</param>
    /// <param name="schema">Where the reader finds the document's schema, such as "/swagger".</param>
    public static ValidationFailure Translate(JsonException exception, string schema)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;

        var unmapped = UnmappedProperty().Match(message);
        if (unmapped.Success)
            return new ValidationFailure(FieldFromPath(exception.Path, unmapped.Groups["name"].Value),
                $"is not a field here; the fields there are: {KnownFields(unmapped.Groups["type"].Value, schema)}.");

        var duplicate = DuplicateProperty().Match(message);
        if (duplicate.Success)
            return new ValidationFailure(FieldFromPath(exception.Path, JsonNamingPolicy.CamelCase.ConvertName(duplicate.Groups["name"].Value)),
                "appears more than once (names are not case-sensitive); send each field once.");

        var conversion = ConversionTarget().Match(message);
        if (conversion.Success && exception.Path is not null and not "$")
            return new ValidationFailure(FieldFromPath(exception.Path, null), ExpectedValue(conversion.Groups["type"].Value, schema));

        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
            return new ValidationFailure(BodyField,
                "is empty; send a JSON object such as { \"keywords\": [ { \"keyword\": \"coffee shop\", \"cpc\": 2.90 } ] }.");

        var where = exception.LineNumber is { } line
            ? $" (line {line + 1}, position {exception.BytePositionInLine + 1})"
            : "";
        return new ValidationFailure(BodyField, $"is not valid JSON{where}: {Readable(exception)}");
    }

    static string FieldFromPath(string? path, string? unmappedName)
    {
        var field = path is null or "$" ? "" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        if (unmappedName is not null && !field.EndsWith(unmappedName, StringComparison.OrdinalIgnoreCase))
            field = field.Length == 0 ? unmappedName : $"{field}.{unmappedName}";
        return field.Length == 0 ? BodyField : field;
    }

    static string ExpectedValue(string dotnetType, string schema) => dotnetType switch
    {
        var t when EnumNamed(t) is { } enumType => $"must be one of: {string.Join(", ", JsonNamesOf(enumType))}.",
        var t when t.Contains("Decimal", StringComparison.Ordinal) =>
            "must be a number such as 2.90 (not a string, and within ±79,228,162,514,264,337,593,543,950,335).",
        var t when t.Contains("Int32", StringComparison.Ordinal) => "must be a whole number such as 4 (not a string, and no fraction such as 4.5).",
        var t when t.Contains("Int64", StringComparison.Ordinal) => "must be a whole number such as 400 (not a string, and no fraction such as 400.5).",
        var t when t.Contains("String", StringComparison.Ordinal) => "must be a string in double quotes.",
        var t when t.Contains("List", StringComparison.Ordinal) => "must be a list in square brackets.",
        _ => $"must be an object in curly braces, as in the schema at {schema}.",
    };

    static string KnownFields(string typeName, string schema)
    {
        var type = TypeNamed(typeName);
        return type is null
            ? $"see the schema at {schema}"
            : string.Join(", ", type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(property => JsonNamingPolicy.CamelCase.ConvertName(property.Name)));
    }

    // The type may live in any loaded assembly (Core's plans, an API's own query types).
    static Type? TypeNamed(string fullName) =>
        AppDomain.CurrentDomain.GetAssemblies().Select(assembly => assembly.GetType(fullName)).FirstOrDefault(found => found is not null);

    /// <summary>The enum a conversion failed for, also when the field is optional: System.Nullable`1[PpcBudget.Core.Roi.Verdict].</summary>
    static Type? EnumNamed(string dotnetType)
    {
        const string Nullable = "System.Nullable`1[";
        var name = dotnetType.StartsWith(Nullable, StringComparison.Ordinal) ? dotnetType[Nullable.Length..^1] : dotnetType;
        return TypeNamed(name) is { IsEnum: true } type ? type : null;
    }

    static IEnumerable<string> JsonNamesOf(Type enumType) =>
        Enum.GetValues(enumType).Cast<object>().Select(value => JsonSerializer.Serialize(value, enumType, StrictJson.Options).Trim('"'));

    static string Readable(JsonException exception)
    {
        var text = exception.InnerException?.Message ?? exception.Message;
        foreach (var tail in (string[])[" Path:", " LineNumber:"])
        {
            var cut = text.IndexOf(tail, StringComparison.Ordinal);
            if (cut >= 0)
                text = text[..cut];
        }
        return text.Trim();
    }

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped to any \.NET member contained in type '(?<type>[^']+)'")]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex(@"Duplicate property '(?<name>[^']+)' encountered")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@"could not be converted to (?<type>[^\s.]+(\.[^\s.]+)*)")]
    private static partial Regex ConversionTarget();
}
