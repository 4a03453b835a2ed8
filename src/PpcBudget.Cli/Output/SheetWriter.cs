using System.Text;

namespace PpcBudget.Cli.Output;

static class SheetWriter
{
    public static string Write(Sheet sheet, OutputFormat format) => format switch
    {
        OutputFormat.Table => Text(sheet),
        OutputFormat.Markdown => Markdown(sheet),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "JSON and CSV are written from the answer itself, not a sheet."),
    };

    static string Text(Sheet sheet)
    {
        var rows = sheet.Rows.Concat(sheet.SummaryRows).ToList();
        var widths = sheet.Columns.Select((column, i) => rows.Select(row => row[i].Length).Append(column.Heading.Length).Max()).ToList();
        string Line(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((cell, i) =>
            sheet.Columns[i].IsNumber ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]))).TrimEnd();

        var text = new StringBuilder().AppendLine(sheet.Title).AppendLine();
        text.AppendLine(Line(sheet.Columns.Select(column => column.Heading).ToList()));
        foreach (var row in sheet.Rows)
            text.AppendLine(Line(row));
        if (sheet.SummaryRows.Count > 0)
            text.AppendLine(string.Join("  ", widths.Select(width => new string('-', width))));
        foreach (var row in sheet.SummaryRows)
            text.AppendLine(Line(row));
        foreach (var section in sheet.Details.Where(section => section.Lines.Count > 0))
        {
            text.AppendLine().AppendLine($"{section.Title}:");
            foreach (var line in section.Lines)
                text.AppendLine($"  - {line}");
        }
        return text.ToString();
    }

    static string Markdown(Sheet sheet)
    {
        static string Cells(IEnumerable<string> cells) => $"| {string.Join(" | ", cells.Select(cell => cell.Replace("|", "\\|", StringComparison.Ordinal)))} |";

        var text = new StringBuilder().AppendLine($"### {sheet.Title}").AppendLine();
        text.AppendLine(Cells(sheet.Columns.Select(column => column.Heading)));
        text.AppendLine($"|{string.Join("|", sheet.Columns.Select(column => column.IsNumber ? " ---: " : " --- "))}|");
        foreach (var row in sheet.Rows)
            text.AppendLine(Cells(row));
        foreach (var row in sheet.SummaryRows)
            text.AppendLine(Cells(row.Select(cell => cell.Length == 0 ? "" : $"**{cell}**")));
        foreach (var section in sheet.Details.Where(section => section.Lines.Count > 0))
        {
            text.AppendLine().AppendLine($"**{section.Title}**").AppendLine();
            foreach (var line in section.Lines)
                text.AppendLine($"- {line}");
        }
        return text.ToString();
    }
}
