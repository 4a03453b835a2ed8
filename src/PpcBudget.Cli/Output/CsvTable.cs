using System.Text;

namespace PpcBudget.Cli.Output;

/// <summary>
/// One row per keyword with raw values (0.01, not "1 %"), headed by the JSON field names, for spreadsheets and scripts.
/// </summary>
sealed record CsvTable(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var row in Rows.Prepend(Fields))
            text.AppendLine(string.Join(",", row.Select(Escape)));
        return text.ToString();
    }

    static string Escape(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
