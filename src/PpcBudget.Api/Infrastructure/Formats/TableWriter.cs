using System.Buffers;
using PpcBudget.Core.Tables;

namespace PpcBudget.Api.Infrastructure.Formats;

/// <summary>
/// Writes rows as CSV or TSV (see <see cref="TableText"/>) to a response, a row at a time, so a large answer streams. Rows
/// gather as UTF-8 in memory and go out asynchronously every 32 KB: the server refuses synchronous writes to a response.
/// </summary>
public sealed class TableWriter(Stream body, AnswerFormat format) : IAsyncDisposable
{
    const int SendAbove = 32 * 1024;

    readonly TableDelimiter _delimiter = format == AnswerFormat.Csv ? TableDelimiter.Comma : TableDelimiter.Tab;
    readonly ArrayBufferWriter<byte> _pending = new(SendAbove * 2);
    Utf8TableRow? _row;

    public void WriteRow(IReadOnlyList<string?> cells) => TableText.WriteRow(_pending, cells, _delimiter);

    /// <summary>The next row, to be written a typed cell at a time (then <see cref="Utf8TableRow.End"/>).</summary>
    public Utf8TableRow Row => _row ??= new Utf8TableRow(_pending, _delimiter);

    /// <summary>Sends what has gathered when it is worth a write; call after each row.</summary>
    public Task SendIfFullAsync(CancellationToken cancellationToken) =>
        _pending.WrittenCount >= SendAbove ? FlushAsync(cancellationToken) : Task.CompletedTask;

    public async Task WriteAllAsync(Table table, CancellationToken cancellationToken)
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
        if (_pending.WrittenCount == 0)
            return;
        await body.WriteAsync(_pending.WrittenMemory, cancellationToken);
        _pending.ResetWrittenCount();
    }

    public async ValueTask DisposeAsync() => await FlushAsync(CancellationToken.None);
}
