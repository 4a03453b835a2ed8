using System.Globalization;
using PpcBudget.Core.Json;

namespace PpcBudget.Core.Tables;

/// <summary>
/// An answer as rows for a spreadsheet: a header, one row per keyword, then a total row. Numbers are invariant
/// (dot decimal, no currency symbol, no thousands separator) so every spreadsheet parses them.
/// </summary>
public sealed record Table(IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string?>> Rows);

/// <summary>An answer with a spreadsheet shape: the API's csv, tsv and text formats and the tool's csv all write this table.</summary>
public interface ITabular
{
    Table ToTable();
}

/// <summary>An answer with more tables than its main one, asked for by name (<c>table=curve</c>).</summary>
public interface INamedTables
{
    /// <summary>The names of the tables besides the main one.</summary>
    static abstract IReadOnlyList<string> TableNames { get; }

    /// <summary>The named table; the caller asks only for a name <see cref="TableNames"/> gives.</summary>
    Table ToTable(string name);
}

/// <summary>How a value reads in a cell.</summary>
public static class Cells
{
    public static string? Of(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Of(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Of(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>An enum value as the JSON names it ("googleAds", "break-even"), so every format agrees.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNames.Of(value);

    public static string? Of<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } known ? JsonNames.Of(known) : null;
}
