using System.Text.Json;
using PpcBudget.Core.Json;

namespace PpcBudget.Cli.Files;

static class InputFiles
{
    /// <summary>The file's text; <paramref name="what"/> names it when it is missing: "plan", "baseline".</summary>
    public static string Read(string path, string what)
    {
        if (!File.Exists(path))
            throw new BadInputException(path, Directory.Exists(path) ? $"is a directory, not a {what} file." : $"no such {what} file.");
        return File.ReadAllText(path);
    }

    /// <summary>
    /// Reads a JSON document by the API's strict rules; a mistake names the file and the field, and
    /// <paramref name="schema"/> says where the document's shape is described.
    /// </summary>
    public static T ReadJson<T>(string text, string path, string schema) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, StrictJson.Options)
                   ?? throw new BadInputException(path, "holds null; it must be a JSON object.");
        }
        catch (JsonException exception)
        {
            var failure = JsonErrorTranslator.Translate(exception, typeof(T), StrictJson.Options, schema);
            var field = failure.PropertyName == JsonErrorTranslator.BodyField ? null : failure.PropertyName;
            throw new BadInputException([new InputProblem(path, field, failure.ErrorMessage)]);
        }
    }
}
