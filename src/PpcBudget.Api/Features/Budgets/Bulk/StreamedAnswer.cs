using System.Text;
using System.Text.Json;
using PpcBudget.Api.Infrastructure.Formats;

namespace PpcBudget.Api.Features.Budgets.Bulk;

/// <summary>
/// Writes an answer as its lines are calculated, in the format asked for, so a million-row plan streams through:
/// CSV/TSV rows then the total row; JSON as the same object the in-memory answer gives, keywords first; text with a
/// field, just that value at the end.
/// </summary>
public sealed class StreamedAnswer<TLine, TSummary> : IAsyncDisposable where TSummary : class
{
    const int FlushEvery = 500;

    readonly HttpResponse _response;
    readonly AnswerFormat _format;
    readonly string _field;
    readonly Func<TLine, IReadOnlyList<string?>> _row;
    readonly TableWriter? _table;
    readonly Utf8JsonWriter? _json;
    long _lines;

    public StreamedAnswer(HttpResponse response, AnswerFormat format, string currency, IReadOnlyList<string> header, Func<TLine, IReadOnlyList<string?>> row)
    {
        ArgumentNullException.ThrowIfNull(response);
        (_response, _format, _row) = (response, format, row);
        _field = response.HttpContext.Request.Query[AnswerFormats.FieldParameter].ToString();
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = AnswerFormats.ContentType(format);

        if (format == AnswerFormat.Json)
        {
            _json = new Utf8JsonWriter(response.BodyWriter);
            _json.WriteStartObject();
            _json.WriteString("currency", currency);
            _json.WritePropertyName("keywords");
            _json.WriteStartArray();
        }
        else if (format is AnswerFormat.Csv or AnswerFormat.Tsv || _field.Length == 0)
        {
            _table = new TableWriter(response.Body, format == AnswerFormat.Csv ? AnswerFormat.Csv : AnswerFormat.Tsv);
            _table.WriteRow(header);
        }
    }

    public async Task LineAsync(TLine line, CancellationToken cancellationToken)
    {
        if (_json is not null)
        {
            JsonSerializer.Serialize(_json, line, Json.Options);
            if (++_lines % FlushEvery == 0)
                await FlushAsync(cancellationToken);
        }
        else if (_table is not null)
        {
            _table.WriteRow(_row(line));
            await _table.SendIfFullAsync(cancellationToken);
        }
    }

    /// <param name="summary">The answer without its lines.</param>
    /// <param name="skippedRows">A row for each keyword left out, so a sheet shows it too.</param>
    /// <param name="totalRow">The last row of a table.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    public async Task EndAsync(TSummary summary, IEnumerable<IReadOnlyList<string?>> skippedRows, IReadOnlyList<string?> totalRow,
        CancellationToken cancellationToken)
    {
        var fields = JsonSerializer.SerializeToElement(summary, Json.Options);
        if (_json is not null)
        {
            _json.WriteEndArray();
            foreach (var property in fields.EnumerateObject().Where(property => property.Name is not "currency" and not "keywords"))
                property.WriteTo(_json);
            _json.WriteEndObject();
        }
        else if (_format is AnswerFormat.Csv or AnswerFormat.Tsv)
        {
            foreach (var row in skippedRows)
                _table!.WriteRow(row);
            _table!.WriteRow(totalRow);
        }
        else if (_field.Length > 0)
        {
            await _response.WriteAsync(AnswerFields.ValueOf(fields, _field) ?? "", Encoding.UTF8, cancellationToken);
        }
        else
        {
            foreach (var row in skippedRows)
                _table!.WriteRow(row);
            _table!.WriteRow(totalRow);
            await _table.FlushAsync(cancellationToken);
            var text = new StringBuilder("\n");
            foreach (var name in AnswerFields.Of(typeof(TSummary)))
                if (AnswerFields.ValueOf(fields, name) is { } value)
                    text.Append(name).Append(": ").Append(value).Append('\n');
            await _response.WriteAsync(text.ToString(), Encoding.UTF8, cancellationToken);
        }
        await FlushAsync(cancellationToken);
    }

    async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_json is not null)
        {
            await _json.FlushAsync(cancellationToken);
            await _response.BodyWriter.FlushAsync(cancellationToken);
        }
        if (_table is not null)
            await _table.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_json is not null)
            await _json.DisposeAsync();
        if (_table is not null)
            await _table.DisposeAsync();
    }
}
