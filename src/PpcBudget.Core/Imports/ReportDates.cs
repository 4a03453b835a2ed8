using System.Globalization;
namespace PpcBudget.Core.Imports;

/// <summary>The date line of a report or planner download: "March 31, 2026 - April 27, 2026", "1 May 2026 - 8 May 2026".</summary>
static class ReportDates
{
    static readonly string[] Formats =
        ["MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "M/d/yyyy", "yyyy-MM-dd"];

    static readonly string[] Dashes = [" - ", " – ", " — "];

    public static ReportDateRange? Parse(string text)
    {
        var line = text.Trim();
        foreach (var dash in Dashes)
        {
            var at = line.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0)
                return Range(line[..at], line[(at + dash.Length)..]);
        }
        // Microsoft Advertising's reporting API writes "Report Time: 4/1/2026,4/30/2026".
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && Date(line[..comma]) is not null)
            return Range(line[..comma], line[(comma + 1)..]);
        return Date(line) is { } day ? new ReportDateRange(day, day) : null;
    }

    static ReportDateRange? Range(string start, string end) =>
        (Date(start), Date(end)) is ({ } first, { } last) && first <= last ? new ReportDateRange(first, last) : null;

    static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
