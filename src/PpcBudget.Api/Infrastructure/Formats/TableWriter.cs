using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace PpcBudget.Api.Infrastructure.Formats;

/// <summary>
/// Writes rows as CSV or TSV (quoted where a cell needs it), a row at a time, so a large answer streams. Rows gather
/// in memory and go out asynchronously every 32 KB: the server refuses synchronous writes to a response.
/// </summary>
public sealed class TableWriter : IAsyncDisposable
{
    const int SendAbove = 32 * 1024;

    readonly Stream _body;
    readonly StringWriter _pending = new(CultureInfo.InvariantCulture);
    readonly CsvWriter _csv;

    public TableWriter(Stream body, AnswerFormat format)
    {
        _body = body;
        _csv = new CsvWriter(_pending, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = format == AnswerFormat.Csv ? "," : "\t",
            NewLine = "\r\n",
        });
    }

    public void WriteRow(IReadOnlyList<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        foreach (var cell in cells)
            _csv.WriteField(cell ?? "");
        _csv.NextRecord();
    }

    /// <summary>Sends what has gathered when it is worth a write; call after each row.</summary>
    public Task SendIfFullAsync(CancellationToken cancellationToken) =>
        _pending.GetStringBuilder().Length >= SendAbove ? FlushAsync(cancellationToken) : Task.CompletedTask;

    public async Task WriteAllAsync(AnswerTable table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        WriteRow(table.Header);
        foreach (var row in table.Rows)
        {
            WriteRow(row);
            await SendIfFullAsync(cancellationToken);
        }
        await FlushAsync(cancellationToken);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        _csv.Flush();
        var text = _pending.GetStringBuilder();
        if (text.Length == 0)
            return;
        await _body.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
        text.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await FlushAsync(CancellationToken.None);
        await _csv.DisposeAsync();
        await _pending.DisposeAsync();
    }
}
