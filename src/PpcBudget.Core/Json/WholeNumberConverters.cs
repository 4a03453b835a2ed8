using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PpcBudget.Core.Json;

/// <summary>
/// Whole-number fields (months, salesPerKeyword, clicks) take a whole value however it is written: <c>4</c>, or
/// <c>4.0</c> as a spreadsheet or a JavaScript client writes it. A fraction (<c>4.5</c>) or a string (<c>"4"</c>) is
/// still refused, by name, as strict JSON refuses it.
/// </summary>
public static class WholeNumberConverters
{
    public static readonly JsonConverter[] All = [new WholeNumberConverter<int>(), new WholeNumberConverter<long>()];

    sealed class WholeNumberConverter<T> : JsonConverter<T> where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            // An empty JsonException is reported by System.Text.Json with its path; the translator names the field's type.
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value) || value != decimal.Truncate(value)
                || value < decimal.CreateTruncating(T.MinValue) || value > decimal.CreateTruncating(T.MaxValue))
                throw new JsonException();
            return T.CreateChecked(value);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteNumberValue(long.CreateChecked(value));
    }
}
