using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PpcBudget.Core.Json;

/// <summary>
/// One set of JSON rules for requests, answers, plan files and baselines, shared by the API and the command-line tool.
/// Strict on input: a field we do not know or a number sent as a string is an error, never silently dropped or guessed.
/// </summary>
public static class StrictJson
{
    /// <summary>The rules, ready to use; read-only, so no caller can loosen them for everyone.</summary>
    public static JsonSerializerOptions Options { get; } = Frozen(indented: false);

    /// <summary>The same rules, written for people to read and to diff (plan files, baselines, printed answers).</summary>
    public static JsonSerializerOptions Indented { get; } = Frozen(indented: true);

    public static void Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        // { "months": 4, "months": 40 } is ambiguous: refuse it rather than let the last one silently win.
        options.AllowDuplicateProperties = false;
        foreach (var converter in WholeNumberConverters.All.Where(converter => !options.Converters.Contains(converter)))
            options.Converters.Add(converter);
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(LeaveOutIgnored);
        // Answers are JSON for programs, spreadsheets and terminals, never inlined into HTML: keep ' and × readable.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }

    /// <summary>
    /// A property always left out (<c>[JsonIgnore]</c>: what the service fills in itself, such as a report's traffic) is no field of
    /// the document: sent, it is refused as unknown rather than silently skipped, and no message lists it as a field.
    /// </summary>
    static void LeaveOutIgnored(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
            return;
        for (var i = type.Properties.Count - 1; i >= 0; i--)
            if (type.Properties[i].AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: false)
                is [JsonIgnoreAttribute { Condition: JsonIgnoreCondition.Always }])
                type.Properties.RemoveAt(i);
    }

    static JsonSerializerOptions Frozen(bool indented)
    {
        var options = new JsonSerializerOptions { WriteIndented = indented };
        Apply(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
