using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using PpcBudget.Core.Tables;

namespace PpcBudget.Api.Infrastructure.Formats;

/// <summary>
/// Writes every FastEndpoints answer in the format asked for. Problem details are always JSON
/// (<c>application/problem+json</c>), whatever the format, so an error never passes for data.
/// </summary>
public static class AnswerSerializer
{
    public static async Task WriteAsync(HttpResponse response, object? answer, string contentType, JsonSerializerContext? context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (answer is null)
            return;
        var options = context?.Options ?? Core.Json.StrictJson.Options;
        var format = answer is ProblemDetails || contentType.Contains("problem", StringComparison.Ordinal)
            ? AnswerFormat.Json
            : AnswerFormats.Requested(response.HttpContext.Request) ?? AnswerFormat.Json;

        if (format == AnswerFormat.Json)
        {
            response.ContentType = contentType.Contains("problem", StringComparison.Ordinal)
                ? "application/problem+json; charset=utf-8"
                : AnswerFormats.ContentType(format);
            WriteJson(response.BodyWriter, answer, options);
            await response.BodyWriter.FlushAsync(cancellationToken);
            return;
        }

        response.ContentType = AnswerFormats.ContentType(format);
        if (format.IsPicture())
        {
            var picture = AnswerPictures.For(response.HttpContext.RequestServices, answer.GetType())
                          ?? throw new InvalidOperationException($"{answer.GetType().Name} has no picture.");
            await response.Body.WriteAsync(picture.Draw(answer, format), cancellationToken);
            return;
        }
        if (format == AnswerFormat.Text)
        {
            await response.WriteAsync(AsText(answer, options, response.HttpContext.Request),
                Encoding.UTF8, cancellationToken);
            return;
        }

        var table = ChosenTable(answer, response.HttpContext.Request) ?? throw new InvalidOperationException($"{answer.GetType().Name} has no table shape.");
        await using var writer = new TableWriter(response.Body, format);
        await writer.WriteAllAsync(table, cancellationToken);
    }

    /// <summary>
    /// Straight into the response's buffer, then one flush: an answer is small (bodies are capped at 1 MB, and the bulk path
    /// streams its own), and this is quicker than the resumable SerializeAsync that WriteAsJsonAsync uses. The phases'
    /// answers are written by their generated serializers (<see cref="Core.Json.AnswerJsonContext"/>), the rest by the options' contract
    /// (README, Performance).
    /// </summary>
    static void WriteJson(IBufferWriter<byte> body, object answer, JsonSerializerOptions options)
    {
        using var writer = new Utf8JsonWriter(body, new JsonWriterOptions
        {
            Encoder = options.Encoder, Indented = options.WriteIndented, MaxDepth = options.MaxDepth, SkipValidation = true,
        });
        var type = answer.GetType();
        JsonSerializer.Serialize(writer, answer, Core.Json.AnswerJsonContext.Default.GetTypeInfo(type) ?? options.GetTypeInfo(type));
    }

    /// <summary>With a field, its bare value (for <c>=WEBSERVICE(url)</c> in one cell); without, a readable summary and table.</summary>
    static string AsText(object answer, JsonSerializerOptions options, HttpRequest request)
    {
        var field = request.Query[AnswerFormats.FieldParameter].ToString();
        var json = JsonSerializer.SerializeToElement(answer, answer.GetType(), options);
        if (field.Length > 0)
            return AnswerFields.ValueOf(json, field) ?? "";

        var text = new StringBuilder();
        foreach (var name in AnswerFields.Of(answer.GetType()))
            if (AnswerFields.ValueOf(json, name) is { } value)
                text.Append(name).Append(": ").Append(value).Append('\n');
        if (ChosenTable(answer, request) is { } table)
        {
            text.Append('\n');
            TableText.AppendRow(text, table.Header, TableDelimiter.Tab);
            foreach (var row in table.Rows)
                TableText.AppendRow(text, row, TableDelimiter.Tab);
        }
        return text.ToString();
    }

    /// <summary>The answer's main table, or the one <c>table=</c> names (checked before the endpoint ran).</summary>
    static Table? ChosenTable(object answer, HttpRequest request) =>
        request.QueryString.HasValue && request.Query[AnswerFormats.TableParameter].ToString() is { Length: > 0 } name && answer is INamedTables named
            ? named.ToTable(name)
            : (answer as ITabular)?.ToTable();
}
