using System.Text;
using System.Text.Json;
using PpcBudget.Api.Infrastructure.Formats;
using PpcBudget.Core.Json;
using PpcBudget.Core.Tables;

namespace PpcBudget.Api.Features.Budgets.Bulk;

/// <summary>
/// Writes an answer as its lines are calculated, in the format asked for, so a million-row plan never sits in memory:
/// CSV/TSV rows then the total row; JSON as the same object the in-memory answer gives, keywords first; text with a
/// field, just that value at the end; text without, the table then the summary.
/// </summary>
public sealed class StreamedAnswer<TLine, TSummary> : IAsyncDisposable where TSummary : class
{
    const int FlushEvery = 500;

    readonly Stream _target;
    readonly AnswerFormat _format;
    readonly string _field;
    readonly Func<TLine, IReadOnlyList<string?>> _row;
    readonly Action<TLine, Utf8TableRow>? _writeRow;
    readonly TableWriter? _table;
    readonly Utf8JsonWriter? _json;
    long _lines;

    /// <param name="target">Where the answer goes.</param>
    /// <param name="request">The format and field asked for.</param>
    /// <param name="currency">The plan's currency code.</param>
    /// <param name="header">The table's header row.</param>
    /// <param name="row">A line as the table's row.</param>
    /// <param name="writeRow">The same row written cell by cell, when the answer has such a writer: no strings per line.</param>
    public StreamedAnswer(Stream target, AnswerRequest request, string currency, IReadOnlyList<string> header,
        Func<TLine, IReadOnlyList<string?>> row, Action<TLine, Utf8TableRow>? writeRow = null)
    {
        var format = request.Format;
        (_target, _format, _field, _row, _writeRow) = (target, format, request.Field, row, writeRow);
        if (format == AnswerFormat.Json)
        {
            _json = new Utf8JsonWriter(target);
            _json.WriteStartObject();
            _json.WriteString("currency", currency);
            _json.WritePropertyName("keywords");
            _json.WriteStartArray();
        }
        else if (format is AnswerFormat.Csv or AnswerFormat.Tsv || request.Field.Length == 0)
        {
            _table = new TableWriter(target, format == AnswerFormat.Csv ? AnswerFormat.Csv : AnswerFormat.Tsv);
            _table.WriteRow(header);
        }
    }

    public async Task LineAsync(TLine line, CancellationToken cancellationToken)
    {
        if (_json is not null)
        {
            JsonSerializer.Serialize(_json, line, StrictJson.Options);
            if (++_lines % FlushEvery == 0)
                await _json.FlushAsync(cancellationToken);
        }
        else if (_table is not null)
        {
            if (_writeRow is not null)
                _writeRow(line, _table.Row);
            else
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
        var fields = JsonSerializer.SerializeToElement(summary, StrictJson.Options);
        if (_json is not null)
        {
            _json.WriteEndArray();
            foreach (var property in fields.EnumerateObject().Where(property => property.Name is not "currency" and not "keywords"))
                property.WriteTo(_json);
            _json.WriteEndObject();
            await _json.FlushAsync(cancellationToken);
            return;
        }
        if (_format == AnswerFormat.Text && _field.Length > 0)
        {
            await _target.WriteAsync(Encoding.UTF8.GetBytes(AnswerFields.ValueOf(fields, _field) ?? ""), cancellationToken);
            return;
        }

        foreach (var row in skippedRows)
            _table!.WriteRow(row);
        _table!.WriteRow(totalRow);
        await _table.FlushAsync(cancellationToken);
        if (_format == AnswerFormat.Text)
        {
            var text = new StringBuilder("\n");
            foreach (var name in AnswerFields.Of(typeof(TSummary)))
                if (AnswerFields.ValueOf(fields, name) is { } value)
                    text.Append(name).Append(": ").Append(value).Append('\n');
            await _target.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_json is not null)
            await _json.DisposeAsync();
        if (_table is not null)
            await _table.DisposeAsync();
    }
}
