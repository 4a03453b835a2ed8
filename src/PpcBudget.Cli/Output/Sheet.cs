namespace PpcBudget.Cli.Output;

/// <summary>A column: its heading, and whether its cells are numbers (right-aligned).</summary>
sealed record Column(string Heading, bool IsNumber = false);

/// <summary>
/// An answer laid out for people, as aligned text or Markdown: a title, one row per keyword, summary rows under them
/// (totals), and lines of detail (warnings, regressions).
/// </summary>
sealed record Sheet(
    string Title,
    IReadOnlyList<Column> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<IReadOnlyList<string>> SummaryRows,
    IReadOnlyList<DetailSection> Details);

/// <summary>A titled list under the table, such as "Regressions"; left out when it has no lines.</summary>
sealed record DetailSection(string Title, IReadOnlyList<string> Lines);
