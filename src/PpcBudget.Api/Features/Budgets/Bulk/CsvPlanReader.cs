using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;
using FluentValidation.Results;
using PpcBudget.Api.Features.Budgets.QueryForms;

namespace PpcBudget.Api.Features.Budgets.Bulk;

/// <summary>One data row of a CSV plan, with its line number in the file.</summary>
public readonly record struct CsvKeywordRow(long Line, string Keyword, decimal? Cpc, decimal? ConversionRate, long? MonthlySearches, long? Clicks, long? Conversions);

/// <summary>
/// Reads a CSV plan a row at a time (so a million rows never sit in memory): a header row naming the columns, then
/// one keyword a row. Every cell it cannot read is a failure naming the line and column; no row is skipped.
/// </summary>
public static class CsvPlanReader
{
    public const int MaxRows = 1_000_000;
    public const int MaxFailures = 100;

    public static readonly IReadOnlyList<string> TestingColumns = ["keyword", "cpc", "conversionRate", "monthlySearches"];
    public static readonly IReadOnlyList<string> RoiColumns = ["keyword", "cpc", "clicks", "conversions"];

    public static string FieldName(long line, string column) => $"line {line}: {column}";

    public static async IAsyncEnumerable<CsvKeywordRow> ReadAsync(Stream body, IReadOnlyList<string> columns, List<ValidationFailure> failures,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failures);
        using var text = new StreamReader(body, leaveOpen: true);
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            BadDataFound = bad => failures.Add(new ValidationFailure(FieldName(bad.Context.Parser?.Row ?? 0, "quoting"),
                "has a stray or unclosed quote; quote a whole cell (\"mortgage, broker\") and double quotes inside it.")),
            DetectColumnCountChanges = false,
        });

        if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is not { } header || !ValidHeader(header, columns, failures))
            yield break;

        var at = header.Select(name => IndexOf(columns, name)).ToArray();
        long rows = 0;
        while (await csv.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = csv.Parser.RawRow;
            if (++rows > MaxRows)
            {
                failures.Add(new ValidationFailure("body", $"holds more than {MaxRows:N0} rows; split the plan into several requests."));
                yield break;
            }
            if (csv.Parser.Count > header.Length)
                failures.Add(new ValidationFailure(FieldName(line, "cells"), $"has {csv.Parser.Count} cells but the header names {header.Length} columns."));

            var cells = new string?[columns.Count];
            for (var i = 0; i < header.Length && i < csv.Parser.Count; i++)
                cells[at[i]] = csv.Parser[i];

            yield return new CsvKeywordRow(line, cells[0] ?? "",
                Read(cells, columns, "cpc", line, SpreadsheetValues.Number, failures),
                Read(cells, columns, "conversionRate", line, SpreadsheetValues.Rate, failures),
                Read(cells, columns, "monthlySearches", line, SpreadsheetValues.LongNumber, failures),
                Read(cells, columns, "clicks", line, SpreadsheetValues.LongNumber, failures),
                Read(cells, columns, "conversions", line, SpreadsheetValues.LongNumber, failures));
            if (failures.Count >= MaxFailures)
                yield break;
        }
        if (rows == 0)
            failures.Add(new ValidationFailure("body", "has a header but no keyword rows."));
    }

    static bool ValidHeader(string[] header, IReadOnlyList<string> columns, List<ValidationFailure> failures)
    {
        var before = failures.Count;
        foreach (var name in header.Where(name => !columns.Contains(name, StringComparer.OrdinalIgnoreCase)))
            failures.Add(new ValidationFailure(FieldName(1, name), $"is not a column this endpoint reads; the columns are: {string.Join(", ", columns)}."));
        foreach (var name in header.GroupBy(name => name, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1))
            failures.Add(new ValidationFailure(FieldName(1, name.Key), "appears twice in the header."));
        if (!header.Contains("keyword", StringComparer.OrdinalIgnoreCase))
            failures.Add(new ValidationFailure("body", $"needs a header row naming its columns, with keyword among them: {string.Join(",", columns)}."));
        return failures.Count == before;
    }

    static T? Read<T>(string?[] cells, IReadOnlyList<string> columns, string column, long line, Func<string, (T, string?)> parse,
        List<ValidationFailure> failures) where T : struct
    {
        var index = IndexOf(columns, column);
        if (index < 0 || string.IsNullOrEmpty(cells[index]))
            return null;
        var (value, error) = parse(cells[index]!);
        if (error is null)
            return value;
        failures.Add(new ValidationFailure(FieldName(line, column), error));
        return null;
    }

    static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
            if (columns[i].Equals(name, StringComparison.OrdinalIgnoreCase))
                return i;
        return -1;
    }
}
