using System.Globalization;
using PpcBudget.Core.Plans;

namespace PpcBudget.Cli.Files;

/// <summary>
/// A keyword list as CSV: a header row naming the columns (keyword, cpc, and optionally conversionRate, clicks,
/// conversions, in any order), then one keyword per line. Quoted cells may hold commas.
/// </summary>
static class CsvKeywords
{
    static readonly string[] Columns = ["keyword", "cpc", "conversionRate", "clicks", "conversions"];

    public sealed record Parsed(IReadOnlyList<PlanKeyword> Keywords, IReadOnlyList<int> Lines);

    public static Parsed Parse(string text, string path)
    {
        var problems = new List<InputProblem>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var headerIndex = Array.FindIndex(lines, line => line.Trim().Length > 0);
        if (headerIndex < 0)
            throw new BadInputException(path, $"is empty; its first line must name the columns, such as: {string.Join(',', Columns[..2])}");

        var header = SplitCells(lines[headerIndex]);
        var column = ColumnIndexes(header, path, headerIndex + 1, problems);
        var keywords = new List<PlanKeyword>();
        var keywordLines = new List<int>();
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
                continue;
            var lineNumber = i + 1;
            var cells = SplitCells(lines[i]);
            if (cells is null || cells.Count != header?.Count)
            {
                problems.Add(new InputProblem(path, null, cells is null
                    ? "a quoted cell is not closed."
                    : $"has {cells.Count} cells but the header names {header?.Count}.", lineNumber));
                continue;
            }
            string? Cell(string name) => column.TryGetValue(name, out var index) && cells[index].Length > 0 ? cells[index] : null;
            keywords.Add(new PlanKeyword
            {
                Keyword = Cell("keyword"),
                Cpc = Number(Cell("cpc"), "cpc"),
                ConversionRate = Number(Cell("conversionRate"), "conversionRate"),
                Clicks = Count(Cell("clicks"), "clicks"),
                Conversions = Count(Cell("conversions"), "conversions"),
            });
            keywordLines.Add(lineNumber);

            decimal? Number(string? cell, string name)
            {
                if (cell is null)
                    return null;
                if (decimal.TryParse(cell, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                    return value;
                problems.Add(new InputProblem(path, name, $"'{cell}' is not a number; write it with a point, such as 2.90.", lineNumber));
                return null;
            }

            long? Count(string? cell, string name)
            {
                if (cell is null)
                    return null;
                if (long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                    return value;
                problems.Add(new InputProblem(path, name, $"'{cell}' is not a whole number.", lineNumber));
                return null;
            }
        }

        if (problems.Count > 0)
            throw new BadInputException(problems);
        return new Parsed(keywords, keywordLines);
    }

    static Dictionary<string, int> ColumnIndexes(List<string>? header, string path, int lineNumber, List<InputProblem> problems)
    {
        var indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (header is null)
        {
            problems.Add(new InputProblem(path, null, "a quoted cell of the header is not closed.", lineNumber));
            return indexes;
        }
        for (var i = 0; i < header.Count; i++)
        {
            var known = Array.Find(Columns, name => name.Equals(header[i], StringComparison.OrdinalIgnoreCase));
            if (known is null)
                problems.Add(new InputProblem(path, null, $"the column '{header[i]}' is not known; the columns are: {string.Join(", ", Columns)}.", lineNumber));
            else if (!indexes.TryAdd(known, i))
                problems.Add(new InputProblem(path, null, $"the column '{known}' appears twice.", lineNumber));
        }
        foreach (var required in Columns[..2].Where(name => !indexes.ContainsKey(name)))
            problems.Add(new InputProblem(path, null, $"the header has no '{required}' column; the first line must name the columns, such as: keyword,cpc", lineNumber));
        return indexes;
    }

    /// <summary>The cells of one line, trimmed; null when a quoted cell is not closed.</summary>
    static List<string>? SplitCells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                    cell.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"')
                    cell.Append(line[++i]);
                else
                    quoted = false;
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
                cell.Append(c);
        }
        cells.Add(cell.ToString().Trim());
        return quoted ? null : cells;
    }
}
