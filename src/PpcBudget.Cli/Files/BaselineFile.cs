using System.Text.Json;
using PpcBudget.Core.Checks;
using PpcBudget.Core.Json;

namespace PpcBudget.Cli.Files;

/// <summary>The committed results a check compares with, usually <c>budget.lock.json</c> beside the plan.</summary>
static class BaselineFile
{
    const string WrittenBy = "the output of `ppc-budget check PLAN --baseline FILE --update`";

    public static BudgetBaseline Load(string path, string planPath)
    {
        if (!File.Exists(path))
            throw new BadInputException(path,
                $"no such baseline file; create it from the plan with: ppc-budget check {planPath} --baseline {path} --update");
        return InputFiles.ReadJson<BudgetBaseline>(InputFiles.Read(path, "baseline"), path, WrittenBy);
    }

    /// <summary>Indented, one field per line and a final newline, so that a change to it reads as a small diff.</summary>
    public static void Write(string path, BudgetBaseline baseline)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
            Directory.CreateDirectory(directory);
        File.WriteAllText(path, JsonSerializer.Serialize(baseline, StrictJson.Indented) + "\n");
    }
}
