using PpcBudget.Core.Plans;

namespace PpcBudget.Cli.Files;

/// <summary>
/// A plan read from a JSON plan or a CSV keyword list (<paramref name="Path"/> as typed, to name in messages), with the
/// settings given as options applied; for a CSV file, <paramref name="KeywordLines"/> holds the line each keyword came from.
/// </summary>
sealed record PlanFile(string Path, BudgetPlan Plan, PlanSettings Settings, IReadOnlyList<int>? KeywordLines)
{
    public const string Schema = "seeds/plan.schema.json";

    public string Name => System.IO.Path.GetFileName(Path);

    public static PlanFile Load(string path, PlanSettings settings)
    {
        var text = InputFiles.Read(path, "plan");
        if (System.IO.Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            var csv = CsvKeywords.Parse(path);
            return new PlanFile(path, settings.ApplyTo(new BudgetPlan { Keywords = csv.Keywords }), settings, csv.Lines);
        }
        var plan = InputFiles.ReadJson<BudgetPlan>(text, path, Schema);
        return new PlanFile(path, settings.ApplyTo(plan), settings, null);
    }

    /// <summary>Where a failing plan field came from: an option that set it, or this file (at a CSV keyword's line).</summary>
    public InputProblem Blame(string field, string message)
    {
        if (Settings.OptionFor(field, onlyOptions: KeywordLines is not null) is { } option)
            return new InputProblem(option, null, message);
        return new InputProblem(Path, field, message, LineOf(field));
    }

    /// <summary>keywords[1].cpc of a CSV plan → the line of its second keyword.</summary>
    int? LineOf(string field)
    {
        const string Prefix = "keywords[";
        if (KeywordLines is null || !field.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        var end = field.IndexOf(']', StringComparison.Ordinal);
        return int.TryParse(field.AsSpan(Prefix.Length, end - Prefix.Length), out var index) && index < KeywordLines.Count
            ? KeywordLines[index]
            : null;
    }
}
