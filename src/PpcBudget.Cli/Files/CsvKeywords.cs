using PpcBudget.Core.Plans;

namespace PpcBudget.Cli.Files;

/// <summary>
/// A keyword list as CSV, read by the same reader as a CSV body sent to the service: a header row naming the columns
/// (keyword, and any of cpc, conversionRate, monthlySearches, clicks, conversions, in any order), then one keyword per
/// row. Quoted cells may hold commas, quotes and line breaks.
/// </summary>
static class CsvKeywords
{
    public sealed record Parsed(IReadOnlyList<PlanKeyword> Keywords, IReadOnlyList<int> Lines);

    public static Parsed Parse(string path)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        var keywords = new List<PlanKeyword>();
        var lines = new List<int>();
        using (var body = File.OpenRead(path))
        {
            var rows = CsvPlanReader.ReadAsync(body, failures, new HashSet<string>(), CancellationToken.None).ToBlockingEnumerable();
            foreach (var row in rows)
            {
                keywords.Add(new PlanKeyword
                {
                    Keyword = row.Keyword.Length == 0 ? null : row.Keyword,
                    Cpc = row.Cpc,
                    ConversionRate = row.ConversionRate,
                    MonthlySearches = row.MonthlySearches,
                    Clicks = row.Clicks,
                    Conversions = row.Conversions,
                });
                lines.Add((int)row.Line);
            }
        }
        if (failures.Count > 0)
            throw new BadInputException(failures.Select(failure => failure.CustomState is CsvCell cell
                ? new InputProblem(path, cell.Column is "cells" or "quoting" ? null : cell.Column, failure.ErrorMessage, (int)cell.Line)
                : new InputProblem(path, null, failure.ErrorMessage)).ToList());
        return new Parsed(keywords, lines);
    }
}
