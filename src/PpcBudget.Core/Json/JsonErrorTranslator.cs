using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentValidation.Results;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Json;

/// <summary>
/// Turns what System.Text.Json says about a document it cannot read (a request body, a plan file) into a failure that
/// names the field in the document's own terms (<c>keywords[0].cpc</c>) and says what is allowed, without .NET type
/// names. It reads where the reader stopped (<see cref="JsonException.Path"/>) against the document type's own JSON
/// contract, never the exception's wording: a path that leaves the contract names a field that is not there; one that
/// ends on a field names the value it takes.
/// </summary>
public static class JsonErrorTranslator
{
    /// <summary>The field named when the body as a whole is unreadable.</summary>
    public const string BodyField = "body";

    /// <param name="exception">What System.Text.Json threw.</param>
    /// <param name="documentType">The type the document was read as.</param>
    /// <param name="options">The options it was read with (their contract gives each field's JSON name and type).</param>
    /// <param name="schema">Where the reader finds the document's schema, such as "/swagger".</param>
    public static ValidationFailure Translate(JsonException exception, Type documentType, JsonSerializerOptions options, string schema)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(documentType);
        ArgumentNullException.ThrowIfNull(options);
        // The reader's own failures (bad syntax, an empty document) come wrapped; a contract's come bare.
        if (exception.InnerException is JsonException unreadable)
            return exception is { LineNumber: 0, BytePositionInLine: 0 }
                ? new ValidationFailure(BodyField,
                    "is empty; send a JSON object such as { \"keywords\": [ { \"keyword\": \"coffee shop\", \"cpc\": 2.90 } ] }.")
                : new ValidationFailure(BodyField,
                    $"is not valid JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}): {Readable(unreadable)}");

        var segments = Segments(exception.Path);
        var type = options.GetTypeInfo(documentType);
        JsonPropertyInfo? field = null;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Index is not null && type.ElementType is { } element)
            {
                type = options.GetTypeInfo(element);
                field = null;
                continue;
            }
            var property = type.Properties.FirstOrDefault(property => property.Name.Equals(segment.Name, StringComparison.OrdinalIgnoreCase));
            if (property is null)
                return new ValidationFailure(Field(segments, i + 1),
                    type.Kind == JsonTypeInfoKind.Object
                        ? $"is not a field here; the fields there are: {string.Join(", ", type.Properties.Select(known => known.Name))}."
                        : $"is not a field here; see the schema at {schema}.");
            segments[i] = segment with { Name = property.Name };
            type = options.GetTypeInfo(property.PropertyType);
            field = property;
        }
        var name = segments.Count == 0 ? BodyField : Field(segments, segments.Count);
        // A rate given as text that is not one: the words every entry point uses for it.
        if (exception is RateJsonException { Problem: { } problem })
            return new ValidationFailure(name, problem);
        // A field the contract knows: its value is not what the field takes, or the field came twice (then the value may be fine).
        var expected = field?.AttributeProvider?.IsDefined(typeof(RateAttribute), inherit: false) == true
            ? "must be a rate: a fraction such as 0.01, or a percent in quotes such as \"1%\"."
            : ExpectedValue(type, schema);
        return new ValidationFailure(name, $"{expected} Give each field once.");
    }

    sealed record Segment(string? Name, int? Index);

    /// <summary><c>$.keywords[0].cpc</c> or <c>$['odd name']</c> as its steps.</summary>
    static List<Segment> Segments(string? path)
    {
        var segments = new List<Segment>();
        if (string.IsNullOrEmpty(path))
            return segments;
        var at = path.StartsWith('$') ? 1 : 0;
        while (at < path.Length)
        {
            if (path[at] == '.')
            {
                var end = path.IndexOfAny(['.', '['], at + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(new Segment(path[(at + 1)..end], null));
                at = end;
            }
            else if (path.AsSpan(at).StartsWith("['"))
            {
                var end = path.IndexOf("']", at + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                segments.Add(new Segment(path[(at + 2)..end], null));
                at = Math.Min(end + 2, path.Length);
            }
            else if (path[at] == '[')
            {
                var end = path.IndexOf(']', at);
                end = end < 0 ? path.Length : end;
                segments.Add(new Segment(null, int.TryParse(path.AsSpan(at + 1, end - at - 1), out var index) ? index : 0));
                at = Math.Min(end + 1, path.Length);
            }
            else
            {
                at++;
            }
        }
        return segments;
    }

    /// <summary>The first <paramref name="count"/> steps as the document names them: <c>keywords[0].cpc</c>.</summary>
    static string Field(List<Segment> segments, int count) =>
        string.Concat(segments.Take(count).Select((segment, i) => segment.Index is { } index ? $"[{index}]" : i == 0 ? segment.Name : $".{segment.Name}"));

    static string ExpectedValue(JsonTypeInfo field, string schema)
    {
        var type = Nullable.GetUnderlyingType(field.Type) ?? field.Type;
        return type switch
        {
            { IsEnum: true } => $"must be one of: {string.Join(", ", JsonNames.Of(type).Select(choice => choice.Name))}.",
            _ when type == typeof(decimal) => "must be a number such as 2.90 (not a string, and within ±79,228,162,514,264,337,593,543,950,335).",
            _ when type == typeof(int) => "must be a whole number such as 4 (not a string, and no fraction such as 4.5).",
            _ when type == typeof(long) => "must be a whole number such as 400 (not a string, and no fraction such as 400.5).",
            _ when type == typeof(bool) => "must be true or false (not a string).",
            _ when type == typeof(string) => "must be a string in double quotes.",
            _ when field.Kind == JsonTypeInfoKind.Enumerable => "must be a list in square brackets.",
            _ => $"must be an object in curly braces, as in the schema at {schema}.",
        };
    }

    static string Readable(JsonException exception)
    {
        var text = exception.Message;
        foreach (var tail in (string[])[" Path:", " LineNumber:"])
        {
            var cut = text.IndexOf(tail, StringComparison.Ordinal);
            if (cut >= 0)
                text = text[..cut];
        }
        return text.Trim();
    }
}
