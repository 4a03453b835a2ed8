using System.Text.Json;
using System.Text.Json.Serialization;

namespace PpcBudget.Api.Infrastructure.Json;

/// <summary>
/// One set of JSON rules for reading requests, writing answers and describing both in the OpenAPI document.
/// Strict on input: a field we do not know or a number sent as a string is an error, never silently dropped or guessed.
/// </summary>
public static class StrictJson
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        // Answers are JSON for programs and spreadsheets, never inlined into HTML: keep ' and × readable.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }

    public static IServiceCollection AddStrictJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(json => Apply(json.SerializerOptions));
}
