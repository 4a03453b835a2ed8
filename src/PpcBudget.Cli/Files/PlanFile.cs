using PpcBudget.Core.Imports;
using PpcBudget.Core.Plans;

namespace PpcBudget.Cli.Files;

/// <summary>A plan read from a JSON plan, a CSV keyword list or a downloaded file, with the settings given as options applied.</summary>
/// <param name="Path">The file as typed, to name in messages.</param>
/// <param name="Plan">The plan, options applied.</param>
/// <param name="Settings">The options given.</param>
/// <param name="KeywordLines">For a CSV or downloaded file, the line each keyword came from.</param>
/// <param name="Download">A file downloaded from Google Ads, Keyword Planner or Microsoft Advertising, as sent and as read.</param>
sealed record PlanFile(string Path, BudgetPlan Plan, GivenSettings Settings, IReadOnlyList<int>? KeywordLines, Download? Download = null)
{
    public const string Schema = "seeds/plan.schema.json";

    public string Name => System.IO.Path.GetFileName(Path);

    public static PlanFile Load(string path, GivenSettings settings)
    {
        var text = InputFiles.Read(path, "plan");
        if (System.IO.Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
            return new PlanFile(path, settings.ApplyTo(InputFiles.ReadJson<BudgetPlan>(text, path, Schema)), settings, null);

        var bytes = File.ReadAllBytes(path);
        if (CsvPlanReader.StartsLikeAPlan(bytes))
        {
            var csv = CsvKeywords.Parse(path);
            return new PlanFile(path, settings.ApplyTo(new BudgetPlan { Keywords = csv.Keywords }), settings, csv.Lines);
        }
        return FromDownload(path, bytes, settings);
    }

    /// <summary>A download from Google Ads, Keyword Planner or Microsoft Advertising, read as the service reads it.</summary>
    static PlanFile FromDownload(string path, byte[] bytes, GivenSettings settings)
    {
        KeywordFileReading reading;
        try
        {
            reading = ImportedPlan.WithoutUnclickedReportRows(KeywordFile.Read(bytes, KeywordFileOptions.For(settings.Values)));
        }
        catch (KeywordFileException unreadable)
        {
            throw new BadInputException(unreadable.Problems.Select(problem => new InputProblem(path, problem.Column, problem.Message, problem.Line)).ToList());
        }
        if (ImportedPlan.CurrencyConflict(settings.Values.Currency, reading) is { } conflict)
            throw new BadInputException("--currency", conflict);
        // The check prices nothing: it compares the plan's own CPCs, so a Keyword Planner download's keywords carry the
        // file's bid on the plan's basis here. Testing and roi price them from the file instead, and say so (ImportedPlan.Plan).
        var keywords = ImportedPlan.Keywords(reading).Select((keyword, i) => keyword with { Cpc = keyword.Cpc ?? reading.Keywords[i].Cpc }).ToList();
        var plan = new BudgetPlan { Currency = reading.Currency, Keywords = keywords };
        return new PlanFile(path, settings.ApplyTo(plan), settings, reading.Keywords.Select(keyword => keyword.Line).ToList(), new Download(bytes, reading));
    }

    /// <summary>
    /// Where a failing plan field came from: an option that set it, or this file — at a CSV keyword's line, or at the line
    /// a download's field names (<c>line 6: cpc</c>, as the service and the tool name a download's cells).
    /// </summary>
    public InputProblem Blame(string field, string message)
    {
        if (Settings.OptionFor(field, onlyOptions: KeywordLines is not null) is { } option)
            return new InputProblem(option.Option, field == option.FieldName ? null : field, message);
        if (CsvPlanReader.TryReadFieldName(field, out var line, out var column))
            return new InputProblem(Path, column, message, (int)line);
        return new InputProblem(Path, field, message, LineOf(field));
    }

    /// <summary>keywords[1].cpc of a CSV plan → the line of its second keyword.</summary>
    int? LineOf(string field) =>
        KeywordLines is not null && PlanKeyword.TryReadField(field, out var index, out _) && index < KeywordLines.Count ? KeywordLines[index] : null;
}

/// <summary>A download as sent (the service reads it again) and as read here.</summary>
sealed record Download(byte[] Content, KeywordFileReading Reading);
