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
        return cell.Length > 0 && FormulaStarts.Contains(cell[0]) && !IsNumber(cell) ? "'" + cell : cell;
    }

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
