using System.Buffers;
using System.Globalization;
using System.Text;

namespace PpcBudget.Core.Tables;

/// <summary>The two ways a table is written as text: CSV (RFC 4180) and TSV.</summary>
public enum TableDelimiter { Comma, Tab }

/// <summary>
/// Writes table rows as CSV or TSV text. A cell is quoted only when it holds the delimiter, a quote or a line break.
/// Text that a spreadsheet would run as a formula is neutralised (OWASP "CSV injection"): a cell that starts with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, and is not a number, gets a leading apostrophe,
/// which every spreadsheet shows as text. Numbers such as <c>-2.5</c> are left alone.
/// </summary>
public static class TableText
{
    static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");
    static readonly SearchValues<char> QuotedInCsv = SearchValues.Create(",\"\n\r");
    static readonly SearchValues<char> QuotedInTsv = SearchValues.Create("\t\"\n\r");

    public static void AppendRow(StringBuilder text, IReadOnlyList<string?> cells, TableDelimiter delimiter)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(cells);
        var separator = delimiter == TableDelimiter.Comma ? ',' : '\t';
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                text.Append(separator);
            AppendCell(text, cells[i], separator);
        }
        text.Append("\r\n");
    }

    /// <summary>
    /// The same row as <see cref="AppendRow(StringBuilder, IReadOnlyList{string?}, TableDelimiter)"/> writes, as UTF-8
    /// straight into <paramref name="bytes"/>: the streamed answers' path, with no text buffer to encode afterwards.
    /// </summary>
    public static void WriteRow(IBufferWriter<byte> bytes, IReadOnlyList<string?> cells, TableDelimiter delimiter)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(cells);
        var (separator, quoted) = delimiter == TableDelimiter.Comma ? ((byte)',', QuotedInCsv) : ((byte)'\t', QuotedInTsv);
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                WriteByte(bytes, separator);
            if (cells[i] is { Length: > 0 } cell)
                WriteCell(bytes, cell, quoted);
        }
        var end = bytes.GetSpan(2);
        end[0] = (byte)'\r';
        end[1] = (byte)'\n';
        bytes.Advance(2);
    }

    internal static SearchValues<char> Quoted(TableDelimiter delimiter) => delimiter == TableDelimiter.Comma ? QuotedInCsv : QuotedInTsv;

    internal static void WriteCell(IBufferWriter<byte> bytes, string cell, SearchValues<char> quoted)
    {
        var apostrophe = NeedsApostrophe(cell);
        var text = cell.AsSpan();
        if (text.IndexOfAny(quoted) < 0)
        {
            if (apostrophe)
                WriteByte(bytes, (byte)'\'');
            WriteText(bytes, text);
            return;
        }
        WriteByte(bytes, (byte)'"');
        if (apostrophe)
            WriteByte(bytes, (byte)'\'');
        for (var quote = text.IndexOf('"'); quote >= 0; quote = text.IndexOf('"'))
        {
            WriteText(bytes, text[..(quote + 1)]);
            WriteByte(bytes, (byte)'"');
            text = text[(quote + 1)..];
        }
        WriteText(bytes, text);
        WriteByte(bytes, (byte)'"');
    }

    internal static void WriteByte(IBufferWriter<byte> bytes, byte value)
    {
        bytes.GetSpan(1)[0] = value;
        bytes.Advance(1);
    }

    static void WriteText(IBufferWriter<byte> bytes, ReadOnlySpan<char> text) =>
        bytes.Advance(Encoding.UTF8.GetBytes(text, bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length))));

    public static string Write(Table table, TableDelimiter delimiter)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        AppendRow(text, table.Header, delimiter);
        foreach (var row in table.Rows)
            AppendRow(text, row, delimiter);
        return text.ToString();
    }

    /// <summary>The cell as a spreadsheet may safely show it: formula-like text behind an apostrophe.</summary>
    public static string Safe(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return NeedsApostrophe(cell) ? "'" + cell : cell;
    }

    static bool NeedsApostrophe(string cell) => cell.Length > 0 && FormulaStarts.Contains(cell[0]) && !IsNumber(cell);

    static void AppendCell(StringBuilder text, string? cell, char separator)
    {
        if (string.IsNullOrEmpty(cell))
            return;
        cell = Safe(cell);
        if (cell.AsSpan().IndexOfAny(separator, '"', '\n') < 0 && !cell.Contains('\r', StringComparison.Ordinal))
        {
            text.Append(cell);
            return;
        }
        text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    static bool IsNumber(string cell) =>
        decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}

/// <summary>
/// One row written cell by cell as UTF-8, by the same rules as <see cref="TableText"/>, for a path that has typed
/// values: a number goes straight into the buffer, with no string made for it (numbers never need quotes or an
/// apostrophe). Call a cell method per column in order, then <see cref="End"/>.
/// </summary>
public sealed class Utf8TableRow(IBufferWriter<byte> bytes, TableDelimiter delimiter)
{
    readonly byte _separator = delimiter == TableDelimiter.Comma ? (byte)',' : (byte)'\t';
    readonly SearchValues<char> _quoted = TableText.Quoted(delimiter);
    bool _started;

    public Utf8TableRow Text(string? cell)
    {
        Separate();
        if (cell is { Length: > 0 })
            TableText.WriteCell(bytes, cell, _quoted);
        return this;
    }

    public Utf8TableRow Number(decimal? value)
    {
        Separate();
        if (value is { } number)
            bytes.Advance(Utf8Decimal.Write(number, bytes.GetSpan(Utf8Decimal.MaxLength)));
        return this;
    }

    public Utf8TableRow Number(long? value)
    {
        Separate();
        if (value is { } number)
        {
            number.TryFormat(bytes.GetSpan(32), out var written, default, CultureInfo.InvariantCulture);
            bytes.Advance(written);
        }
        return this;
    }

    public void End()
    {
        var end = bytes.GetSpan(2);
        end[0] = (byte)'\r';
        end[1] = (byte)'\n';
        bytes.Advance(2);
        _started = false;
    }

    void Separate()
    {
        if (_started)
            TableText.WriteByte(bytes, _separator);
        _started = true;
    }
}

/// <summary>
/// A decimal as <see cref="decimal.ToString(IFormatProvider)"/> writes it with the invariant culture, as UTF-8: every digit
/// its scale holds (2.90 stays 2.90), a minus sign, no exponent. Amounts below 2^64 units of their last digit (every
/// amount a plan can hold) are written from their integer and scale, without the general formatter's digit buffer.
/// </summary>
static class Utf8Decimal
{
    /// <summary>The longest a decimal's text can be: 29 digits, a sign, a point and a leading zero.</summary>
    public const int MaxLength = 32;

    /// <returns>The bytes written to <paramref name="destination"/>, at least <see cref="MaxLength"/> long.</returns>
    public static int Write(decimal value, Span<byte> destination)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var units = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
        var negative = bits[3] < 0;
        // Beyond 64 bits, or a negative zero: the general formatter, whose text this is held to.
        if (bits[2] != 0 || (negative && units == 0))
        {
            value.TryFormat(destination, out var formatted, default, CultureInfo.InvariantCulture);
            return formatted;
        }
        var scale = (bits[3] >> 16) & 0xFF;
        Span<byte> digits = stackalloc byte[20];
        units.TryFormat(digits, out var count, default, CultureInfo.InvariantCulture);
        var at = 0;
        if (negative)
            destination[at++] = (byte)'-';
        if (scale == 0)
        {
            digits[..count].CopyTo(destination[at..]);
            return at + count;
        }
        if (count > scale)
        {
            digits[..(count - scale)].CopyTo(destination[at..]);
            at += count - scale;
            destination[at++] = (byte)'.';
            digits[(count - scale)..count].CopyTo(destination[at..]);
            return at + scale;
        }
        destination[at++] = (byte)'0';
        destination[at++] = (byte)'.';
        destination.Slice(at, scale - count).Fill((byte)'0');
        at += scale - count;
        digits[..count].CopyTo(destination[at..]);
        return at + count;
    }
}
