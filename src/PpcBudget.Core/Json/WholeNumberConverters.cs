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
    public static readonly JsonConverter[] All = [new Int32Converter(), new Int64Converter()];

    static decimal WholeValue(ref Utf8JsonReader reader)
    {
        // An empty JsonException is reported by System.Text.Json as "could not be converted to System.Int32", with its path.
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value) || value != decimal.Truncate(value))
            throw new JsonException();
        return value;
    }

    sealed class Int32Converter : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value
            : WholeValue(ref reader) is var whole && whole is >= int.MinValue and <= int.MaxValue ? (int)whole
            : throw new JsonException();

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    sealed class Int64Converter : JsonConverter<long>
    {
        public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value
            : WholeValue(ref reader) is var whole && whole is >= long.MinValue and <= long.MaxValue ? (long)whole
            : throw new JsonException();

        public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}
