using System.Text.Json;
using System.Text.Json.Serialization;

namespace PpcBudget.Core.Plans;

/// <summary>
/// Marks a plan field that is a rate: wherever it is read — a query, a CSV cell, a command-line option, or a JSON plan
/// (a body or a plan file) — it takes a fraction or a percent, <c>0.02</c> or <c>2%</c>, through
/// <see cref="SpreadsheetValues.Rate(string, bool, string)"/>. In JSON a number is the fraction, and a string is read as
/// text is (<c>"2%"</c>, <c>"0.02"</c>); a rate is written as its fraction.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RateAttribute : JsonConverterAttribute
{
    /// <summary>A rate that may exceed 100 % (a tolerance); a plan's rates are at most 1.</summary>
    public bool AllowAboveOne { get; init; }

    /// <summary>What the messages call it.</summary>
    public string Noun { get; init; } = "rate";

    public override JsonConverter? CreateConverter(Type typeToConvert) =>
        typeToConvert == typeof(decimal?) ? new RateConverter(AllowAboveOne, Noun)
        : throw new InvalidOperationException($"[Rate] marks a decimal? field, not {typeToConvert.Name}.");

    sealed class RateConverter(bool allowAboveOne, string noun) : JsonConverter<decimal?>
    {
        public override bool HandleNull => false;

        public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var fraction))
                return fraction;
            if (reader.TokenType != JsonTokenType.String)
                throw new RateJsonException(null);
            var (rate, error) = SpreadsheetValues.Rate(reader.GetString()!.Trim(), allowAboveOne, noun);
            return error is null ? rate : throw new RateJsonException(error);
        }

        public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
        {
            if (value is { } rate)
                writer.WriteNumberValue(rate);
            else
                writer.WriteNullValue();
        }
    }
}

/// <summary>A rate a JSON document gives that is not one; <see cref="Problem"/> says why in the words every entry point uses.</summary>
public sealed class RateJsonException(string? problem) : JsonException
{
    /// <summary>What is wrong with the text given, or null when the value was neither a number nor a string.</summary>
    public string? Problem { get; } = problem;
}
