namespace PpcBudget.Cli.Output;

enum OutputFormat
{
    /// <summary>Aligned plain text, for a terminal or a CI log.</summary>
    Table,

    /// <summary>The API's answer, indented.</summary>
    Json,

    /// <summary>One row per keyword, for a spreadsheet.</summary>
    Csv,

    /// <summary>GitHub-flavoured Markdown, for a pull-request comment or $GITHUB_STEP_SUMMARY.</summary>
    Markdown,
}
