using System.Text.Json;
using PpcBudget.Core.Json;
using PpcBudget.Core.Tables;

namespace PpcBudget.Cli.Output;

static class AnswerWriter
{
    /// <summary>An answer in the format asked for; JSON is exactly what the API would answer, CSV the API's format=csv table.</summary>
    public static string Write<T>(T answer, OutputFormat format, Func<T, Sheet> forPeople) where T : ITabular => format switch
    {
        OutputFormat.Json => JsonSerializer.Serialize(answer, StrictJson.Indented) + Environment.NewLine,
        OutputFormat.Csv => TableText.Write(answer.ToTable(), TableDelimiter.Comma),
        _ => SheetWriter.Write(forPeople(answer), format),
    };
}
