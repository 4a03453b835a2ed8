using System.Text.Json;
using PpcBudget.Core.Json;

namespace PpcBudget.Cli.Output;

static class AnswerWriter
{
    /// <summary>An answer in the format asked for; JSON is exactly what the API would answer.</summary>
    public static string Write<T>(T answer, OutputFormat format, Func<T, Sheet> forPeople, Func<T, CsvTable> forSpreadsheets) => format switch
    {
        OutputFormat.Json => JsonSerializer.Serialize(answer, StrictJson.Indented) + Environment.NewLine,
        OutputFormat.Csv => forSpreadsheets(answer).ToString(),
        _ => SheetWriter.Write(forPeople(answer), format),
    };
}
