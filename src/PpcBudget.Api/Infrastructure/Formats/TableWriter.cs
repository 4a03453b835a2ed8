using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace PpcBudget.Api.Infrastructure.Formats;

/// <summary>Writes rows as CSV or TSV (quoted where a cell needs it), a row at a time, so a large answer streams.</summary>
public sealed class TableWriter : IAsyncDisposable
{
    readonly StreamWriter _text;
    readonly CsvWriter _csv;

    public TableWriter(Stream body, AnswerFormat format)
    {
        _text = new StreamWriter(body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
        _csv = new CsvWriter(_text, new CsvConfiguration(CultureInfo.InvariantCulture)
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

    public async Task WriteAllAsync(AnswerTable table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        WriteRow(table.Header);
        var written = 0;
        foreach (var row in table.Rows)
        {
            WriteRow(row);
            if (++written % 10_000 == 0)
                await FlushAsync(cancellationToken);
        }
        await FlushAsync(cancellationToken);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _csv.FlushAsync();
        await _text.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync();
        await _text.DisposeAsync();
    }
}
