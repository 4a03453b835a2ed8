using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using CsvHelper;
using CsvHelper.Configuration;
using FluentValidation.Results;
using nietras.SeparatedValues;

namespace PpcBudget.Core.Plans;

/// <summary>Where in a CSV plan something is wrong.</summary>
public sealed record CsvCell(long Line, string Column);

/// <summary>One data row of a CSV plan, with its line number in the file.</summary>
public readonly record struct CsvKeywordRow(long Line, string Keyword, decimal? Cpc, decimal? ConversionRate, long? MonthlySearches, long? Clicks, long? Conversions)
    : Estimates.IKeywordWithCpc
{
    /// <summary>The row as a plan's keyword, every column it has kept: a phase ignores what it does not use, the rules check it all.</summary>
    public PlanKeyword ToPlanKeyword() => new()
    {
        Keyword = Keyword, Cpc = Cpc, ConversionRate = ConversionRate, MonthlySearches = MonthlySearches, Clicks = Clicks, Conversions = Conversions,
    };
}

/// <summary>
/// Reads a CSV plan a row at a time (so a million rows never sit in memory): a header row naming the columns, then
/// one keyword a row. Every cell it cannot read is a failure naming the line and column; no row is skipped.
/// </summary>
public static class CsvPlanReader
{
    public const int MaxRows = 1_000_000;
    public const int MaxFailures = Core.Plans.Limits.MaxFailuresListed;

    /// <summary>Stray quotes reported before reading stops: each one costs a copy of its whole record.</summary>
    const int MaxBadQuotes = 10;

    /// <summary>Every column a CSV plan may have, in the API and the tool alike; each phase uses its own and says which it left.</summary>
    public static IReadOnlyList<string> Columns => PlanKeyword.Fields;

    public static string FieldName(long line, string column) => $"line {line}: {column}";

    /// <summary>The line and column a <see cref="FieldName(long, string)"/> names, or false for any other field name.</summary>
    public static bool TryReadFieldName(string field, out long line, out string column)
    {
        ArgumentNullException.ThrowIfNull(field);
        const string Prefix = "line ", Separator = ": ";
        var separator = field.IndexOf(Separator, StringComparison.Ordinal);
        column = separator < 0 ? "" : field[(separator + Separator.Length)..];
        line = 0;
        return field.StartsWith(Prefix, StringComparison.Ordinal) && separator > Prefix.Length
               && long.TryParse(field.AsSpan(Prefix.Length, separator - Prefix.Length), System.Globalization.NumberStyles.None,
                   System.Globalization.CultureInfo.InvariantCulture, out line);
    }

    /// <summary>
    /// Whether a file starts with a plan's header (<c>keyword,cpc,…</c>), to be streamed by this reader, rather than with
    /// a download from Google Ads, Keyword Planner or Microsoft Advertising, which <see cref="Imports.KeywordFile"/> reads:
    /// its first cell is <c>keyword</c> as a plan spells it, or every cell is a plan column.
    /// </summary>
    public static bool StartsLikeAPlan(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return false;
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            start = start[3..];
        var end = start.IndexOfAny((byte)'\n', (byte)'\r');
        var cells = System.Text.Encoding.UTF8.GetString(end >= 0 ? start[..end] : start).Split(',')
            .Select(cell => cell.Trim().Trim('"').Trim()).ToArray();
        return cells[0] == "keyword" || cells.All(cell => Columns.Contains(cell, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>A failure named for the API (<c>line 4: cpc</c>) that also carries its <see cref="CsvCell"/> for the tool's messages.</summary>
    public static ValidationFailure Failure(long line, string column, string message) =>
        new(FieldName(line, column), message) { CustomState = new CsvCell(line, column) };

    /// <param name="body">The CSV text, UTF-8 unless a byte order mark says otherwise.</param>
    /// <param name="failures">Every cell that could not be read, named by line and column, up to <see cref="MaxFailures"/>.</param>
    /// <param name="header">Filled with the columns the header names, so a phase can say which it does not use.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <remarks>
    /// Sep splits the rows and cells without a string per cell, and numbers are parsed where they lie. Sep and CsvHelper
    /// split a file alike as long as every cell's quoting is well formed; at the first cell that is not (a stray or
    /// unclosed quote), reading goes on from that row with CsvHelper's parser, which says what is wrong with it and
    /// recovers as it always has, so that a badly quoted plan gets the same failures as before. A body that cannot be
    /// rewound is read with CsvHelper throughout.
    /// </remarks>
    public static async IAsyncEnumerable<CsvKeywordRow> ReadAsync(Stream body, List<ValidationFailure> failures, ISet<string> header,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentNullException.ThrowIfNull(header);
        if (!body.CanSeek)
        {
            await foreach (var row in ReadQuotingAsync(body, failures, header, new SplitRows(failures), cancellationToken))
                yield return row;
            yield break;
        }

        var start = body.Position;
        var rows = new SplitRows(failures);
        using (var text = new StreamReader(body, leaveOpen: true))
        using (var sep = await SplitOptions.FromAsync(text, leaveOpen: true, cancellationToken))
        {
            while (true)
            {
                var outcome = SplitRows.Outcome.Malformed;
                CsvKeywordRow read = default;
                try
                {
                    if (!await sep.MoveNextAsync(cancellationToken))
                        break;
                    outcome = rows.Take(sep.Current, header, out read);
                }
                catch (NotSupportedException)
                {
                    // Sep's longest row: only an unclosed quote makes one; CsvHelper says where it is.
                }
                if (outcome == SplitRows.Outcome.Row)
                {
                    if (rows.Rows % 10_000 == 0)
                        cancellationToken.ThrowIfCancellationRequested();
                    yield return read;
                    if (failures.Count >= MaxFailures)
                        yield break;
                }
                else if (outcome == SplitRows.Outcome.Stop)
                    yield break;
                else if (outcome == SplitRows.Outcome.Malformed)
                {
                    body.Position = start;
                    await foreach (var row in ReadQuotingAsync(body, failures, header, rows, cancellationToken))
                        yield return row;
                    yield break;
                }
            }
        }
        rows.End();
    }

    static readonly SepReaderOptions SplitOptions = Sep.New(',').Reader() with
    {
        HasHeader = false,
        DisableColCountCheck = true,
        DisableFastFloat = true,
    };

    /// <summary>
    /// The plan's rows as Sep splits them, for as long as every cell is quoted as CsvHelper would read it alike; the
    /// rows, lines and failures so far carry on into <see cref="ReadQuotingAsync"/> when one is not.
    /// </summary>
    sealed class SplitRows(List<ValidationFailure> failures)
    {
        public enum Outcome { Blank, Header, Row, Stop, Malformed }

        string[]? _names;
        Cells? _at;

        /// <summary>Records taken so far, the header among them: CsvHelper skips these when it takes over.</summary>
        public long Records { get; private set; }

        /// <summary>Keyword rows so far.</summary>
        public long Rows { get; set; }

        public Outcome Take(SepReader.Row row, ISet<string> header, out CsvKeywordRow read)
        {
            read = default;
            var span = row.Span;
            // CsvHelper skips a line with nothing on it.
            if (span.IsEmpty && row.ColCount == 1)
                return Outcome.Blank;
            if (span.Contains('"'))
                for (var i = 0; i < row.ColCount; i++)
                    if (!WellQuoted(row[i].Span))
                        return Outcome.Malformed;
            Records++;
            if (_names is null)
                return TakeHeader(row, header);

            var line = (long)row.LineNumberToExcl - 1;
            if (++Rows > MaxRows)
            {
                failures.Add(TooManyRows());
                return Outcome.Stop;
            }
            if (row.ColCount > _names.Length)
                failures.Add(TooManyCells(line, row.ColCount, _names.Length));
            read = _at!.Row(new SepCells(row), line, failures);
            return Outcome.Row;
        }

        Outcome TakeHeader(SepReader.Row row, ISet<string> header)
        {
            var names = new string[row.ColCount];
            for (var i = 0; i < names.Length; i++)
                names[i] = Text(row, i).ToString();
            _names = names;
            if (!CsvPlanReader.TakeHeader(names, header, failures))
                return Outcome.Stop;
            _at = new Cells(names);
            return Outcome.Header;
        }

        /// <summary>What a plan that ends here is told: nothing at all, or a header with no rows.</summary>
        public void End()
        {
            if (_names is null)
                failures.Add(EmptyBody());
            else if (Rows == 0)
                failures.Add(NoRows());
        }

        /// <summary>A row's cells as CsvHelper reads them: spaces around each trimmed, then its quotes taken off.</summary>
        readonly ref struct SepCells : ICells
        {
            readonly SepReader.Row _row;

            public SepCells(SepReader.Row row) => _row = row;

            public ReadOnlySpan<char> this[int index] => Text(_row, index);
        }

        static ReadOnlySpan<char> Text(SepReader.Row row, int index)
        {
            if (index < 0 || index >= row.ColCount)
                return default;
            var cell = row[index].Span.Trim(' ');
            if (cell.IsEmpty || cell[0] != '"')
                return cell;
            var inside = cell[1..^1];
            return inside.Contains('"') ? inside.ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : inside;
        }

        /// <summary>
        /// Whether CsvHelper reads the cell as it is: no quote at all, or (spaces around it aside) quoted as a whole with
        /// every quote inside doubled. Such cells end where Sep ends them, so both split the file alike.
        /// </summary>
        static bool WellQuoted(ReadOnlySpan<char> cell)
        {
            if (!cell.Contains('"'))
                return true;
            cell = cell.Trim(' ');
            if (cell.Length < 2 || cell[0] != '"' || cell[^1] != '"')
                return false;
            var inside = cell[1..^1];
            for (var quote = inside.IndexOf('"'); quote >= 0; quote = inside.IndexOf('"'))
            {
                if (quote + 1 >= inside.Length || inside[quote + 1] != '"')
                    return false;
                inside = inside[(quote + 2)..];
            }
            return true;
        }
    }

    /// <summary>
    /// The same plan read by CsvHelper's parser, from the start of <paramref name="body"/>: the records
    /// <paramref name="split"/> took already are skipped (their rows were given and their failures told), and the rest
    /// read with CsvHelper's own account of stray and unclosed quotes.
    /// </summary>
    static async IAsyncEnumerable<CsvKeywordRow> ReadQuotingAsync(Stream body, List<ValidationFailure> failures, ISet<string> header,
        SplitRows split, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var columns = Columns;
        using var text = new StreamReader(body, leaveOpen: true);
        var badQuotes = 0;
        // The parser, not CsvReader: rows are read field by field into a struct, with no per-row mapping or arrays.
        using var csv = new CsvParser(text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            BadDataFound = bad =>
            {
                // CsvHelper copies the whole record so far for every bad cell: a header of a million stray quotes would
                // cost minutes of CPU, so reading stops after a few of them instead of only the list.
                if (failures.Count >= MaxFailures || ++badQuotes > MaxBadQuotes)
                    throw new TooManyFailures();
                failures.Add(Failure(bad.Context.Parser?.Row ?? 0, "quoting",
                    "has a stray or unclosed quote; quote a whole cell (\"mortgage, broker\") and double quotes inside it."));
            },
        });
        // CsvHelper reads a record's cells lazily, so the stop can come from reading the next record or any of its cells.
        var stopped = false;
        bool Stop(Exception exception)
        {
            if (exception is not TooManyFailures && exception.InnerException is not TooManyFailures)
                return false;
            failures.Add(new ValidationFailure("body", "has more failures than these; reading stopped there."));
            stopped = true;
            return true;
        }
        async Task<bool> NextRecord()
        {
            try
            {
                return await csv.ReadAsync();
            }
            catch (Exception exception) when (Stop(exception))
            {
                return false;
            }
        }
        T? Cells<T>(Func<T?> read) where T : class
        {
            try
            {
                return read();
            }
            catch (Exception exception) when (Stop(exception))
            {
                return null;
            }
        }

        // Called directly, not through a delegate: a row costs no closure and no boxing.
        bool ReadRow(Cells at, long line, out CsvKeywordRow row)
        {
            try
            {
                row = at.Row(new ParsedCells(csv), line, failures);
                return true;
            }
            catch (Exception exception) when (Stop(exception))
            {
                row = default;
                return false;
            }
        }

        if (!await NextRecord() || Cells(() => csv.Record) is not { } names)
        {
            if (!stopped)
                failures.Add(EmptyBody());
            yield break;
        }
        if (split.Records == 0 && !TakeHeader(names, header, failures))
            yield break;

        var at = new Cells(names);
        for (var taken = 1L; taken < split.Records; taken++)
            await csv.ReadAsync();
        while (await NextRecord())
        {
            var line = csv.RawRow;
            if (++split.Rows > MaxRows)
            {
                failures.Add(TooManyRows());
                yield break;
            }
            if (split.Rows % 10_000 == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (csv.Count > names.Length)
                failures.Add(TooManyCells(line, csv.Count, names.Length));

            if (!ReadRow(at, line, out var read))
                yield break;
            yield return read;
            if (failures.Count >= MaxFailures)
                yield break;
        }
        if (split.Rows == 0 && !stopped)
            failures.Add(NoRows());
    }

    /// <summary>Checks the header and, when it is a plan's, adds the columns it names to <paramref name="header"/>.</summary>
    static bool TakeHeader(string[] names, ISet<string> header, List<ValidationFailure> failures)
    {
        var columns = Columns;
        if (!ValidHeader(names, columns, failures))
            return false;
        header.UnionWith(names.Select(name => columns.First(column => column.Equals(name, StringComparison.OrdinalIgnoreCase))));
        return true;
    }

    static ValidationFailure EmptyBody() =>
        new("body", $"is empty; send a header row ({string.Join(",", Columns)}) and a row per keyword.");

    static ValidationFailure NoRows() => new("body", "has a header but no keyword rows.");

    static ValidationFailure TooManyRows() => new("body", $"holds more than {MaxRows:N0} rows; split the plan into several requests.");

    static ValidationFailure TooManyCells(long line, int cells, int columns) =>
        Failure(line, "cells", $"has {cells} cells but the header names {columns} columns.");

    sealed class TooManyFailures : Exception;

    const int RowsPerBatch = 512;
    const int BatchesAhead = 8;

    /// <summary>
    /// The same rows, parsed on another thread while the caller prices the rows before them, so that on two cores
    /// reading and calculating overlap. <paramref name="failures"/> is written by that thread: read it only after the loop.
    /// </summary>
    public static async IAsyncEnumerable<CsvKeywordRow> ReadAheadAsync(Stream body, List<ValidationFailure> failures, ISet<string> header,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<ArraySegment<CsvKeywordRow>>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });
        // Batches come back once read and are filled again: a million rows reuse a dozen arrays instead of promoting
        // two thousand of them out of the youngest generation while they wait in the channel.
        var free = new ConcurrentQueue<CsvKeywordRow[]>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(async () =>
        {
            try
            {
                var batch = free.TryDequeue(out var reused) ? reused : new CsvKeywordRow[RowsPerBatch];
                var count = 0;
                await foreach (var row in ReadAsync(body, failures, header, stop.Token))
                {
                    batch[count++] = row;
                    if (count < RowsPerBatch)
                        continue;
                    await batches.Writer.WriteAsync(batch, stop.Token);
                    batch = free.TryDequeue(out reused) ? reused : new CsvKeywordRow[RowsPerBatch];
                    count = 0;
                }
                if (count > 0)
                    await batches.Writer.WriteAsync(new ArraySegment<CsvKeywordRow>(batch, 0, count), stop.Token);
                batches.Writer.Complete();
            }
            catch (Exception exception)
            {
                batches.Writer.Complete(exception);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var row in batch)
                    yield return row;
                free.Enqueue(batch.Array!);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await reading;
        }
    }

    /// <summary>A row's cells by index, where they lie; empty for a cell the row does not have.</summary>
    interface ICells
    {
        ReadOnlySpan<char> this[int index] { get; }
    }

    /// <summary>A row as CsvHelper's parser read it (trimmed by its options).</summary>
    readonly struct ParsedCells(CsvParser row) : ICells
    {
        public ReadOnlySpan<char> this[int index] => index >= 0 && index < row.Count ? row[index] : default;
    }

    /// <summary>
    /// Where each known column sits in this file's header (-1 when it has none), looked up once per file, and the one
    /// reading of a row's cells into a keyword row, whichever reader split it.
    /// </summary>
    sealed class Cells(string[] header)
    {
        readonly int _keyword = At(header, "keyword"), _cpc = At(header, "cpc"), _conversionRate = At(header, "conversionRate"),
            _monthlySearches = At(header, "monthlySearches"), _clicks = At(header, "clicks"), _conversions = At(header, "conversions");

        static int At(string[] header, string column) => Array.FindIndex(header, name => name.Equals(column, StringComparison.OrdinalIgnoreCase));

        public CsvKeywordRow Row<TCells>(TCells cells, long line, List<ValidationFailure> failures) where TCells : ICells, allows ref struct =>
            new(line, cells[_keyword] is { Length: > 0 } keyword ? keyword.ToString() : "",
                Read(cells[_cpc], "cpc", line, SpreadsheetValues.Number, failures),
                Read(cells[_conversionRate], "conversionRate", line, static value => SpreadsheetValues.Rate(value), failures),
                Read(cells[_monthlySearches], "monthlySearches", line, SpreadsheetValues.LongNumber, failures),
                Read(cells[_clicks], "clicks", line, SpreadsheetValues.LongNumber, failures),
                Read(cells[_conversions], "conversions", line, SpreadsheetValues.LongNumber, failures));
    }

    static bool ValidHeader(string[] header, IReadOnlyList<string> columns, List<ValidationFailure> failures)
    {
        var before = failures.Count;
        if (!header.Contains("keyword", StringComparer.OrdinalIgnoreCase))
            failures.Add(new ValidationFailure("body", $"needs a header row naming its columns, with keyword among them: {string.Join(",", columns)}."));
        // Only known names can repeat without being unknown too; a header of a million made-up columns is told about the first ones.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i];
            if (failures.Count - before >= MaxFailures)
            {
                failures.Add(Failure(1, "header",
                    $"has {header.Length - i:N0} more columns, not checked: reading stopped after the first {MaxFailures} failures."));
                break;
            }
            if (!columns.Contains(name, StringComparer.OrdinalIgnoreCase))
                failures.Add(Failure(1, name, $"is not a column of a CSV plan; the columns are: {string.Join(", ", columns)}."));
            else if (!seen.Add(name))
                failures.Add(Failure(1, name, "appears twice in the header."));
        }
        return failures.Count == before;
    }

    /// <summary>A cell's parser, reading the cell where it lies.</summary>
    delegate (T Value, string? Error) CellParser<T>(ReadOnlySpan<char> cell);

    static T? Read<T>(ReadOnlySpan<char> cell, string column, long line, CellParser<T> parse, List<ValidationFailure> failures)
        where T : struct
    {
        if (cell.IsEmpty)
            return null;
        var (value, error) = parse(cell);
        if (error is null)
            return value;
        failures.Add(Failure(line, column, error));
        return null;
    }
}
