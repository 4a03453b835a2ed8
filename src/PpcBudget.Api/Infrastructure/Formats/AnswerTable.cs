using System.Globalization;

namespace PpcBudget.Api.Infrastructure.Formats;

/// <summary>
/// An answer as rows for a spreadsheet: a header, one row per keyword, then a total row. Numbers are invariant
/// (dot decimal, no currency symbol, no thousands separator) so every spreadsheet parses them.
/// </summary>
public sealed record AnswerTable(IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string?>> Rows);

public static class Cells
{
    public static string? Of(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Of(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Of(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
