using System.Collections.Concurrent;
using System.Text.Json;
using PpcBudget.Core.Json;

namespace PpcBudget.Api.Infrastructure.Formats;

public static class Json
{
    static readonly ConcurrentDictionary<Enum, string> Names = new();

    /// <summary>The options every answer is written with (see <see cref="StrictJson"/>).</summary>
    public static JsonSerializerOptions Options => StrictJson.Options;

    /// <summary>An enum value as it is spelled in JSON answers ("googleAds", "break-even"), so every format agrees.</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Names.GetOrAdd(value, static boxed => JsonSerializer.Serialize(boxed, boxed.GetType(), Options).Trim('"'));
}
