using System.Text.RegularExpressions;

namespace PpcBudget.Core.Imports;

/// <summary>
/// Where a file's header row is, what stands before it (a report's title and date lines, Microsoft Advertising's
/// "Key: Value" lines) and which character separates its cells.
/// </summary>
sealed partial record FileLayout(int HeaderLine, int DataOffset, char Separator, string[] Header, IReadOnlyList<string> Preamble, bool KeyValuePreamble)
{
    // Google Ads and Keyword Planner put a title and a date line before the header; re-saved files have none.
    const int MaxLinesBeforeHeader = 2;
    const int MaxKeyValueLines = 50;
    const int QuoteLength = 60;

    /// <summary>
    /// Far more columns than any download has (a planner's is under 100). A wider header is refused before it is split,
    /// so a pathological file costs one scan of its first line.
    /// </summary>
    public const int MaxColumns = 10_000;

    public static FileLayout Find(string text, char? separator)
    {
        var lines = new LineCursor(text);
        if (!lines.Next())
            throw ProblemList.One(null, null, "is empty; send a header row naming a Keyword column and a row per keyword.");

        var preamble = new List<string>();
        if (KeyValueLine().IsMatch(Unquoted(lines.Current)))
        {
            if (ReadKeyValuePreamble(lines, preamble) is { } afterPreamble)
                return afterPreamble.Layout(text, separator, preamble, keyValuePreamble: true)
                       ?? throw NoHeader(afterPreamble.Number, text[afterPreamble.Start..afterPreamble.End], separator, "after the report's \"Key: Value\" lines");
            lines = new LineCursor(text);
            lines.Next();
            preamble.Clear();
        }

        var first = lines;
        for (var before = 0; before <= MaxLinesBeforeHeader; before++)
        {
            if (lines.Layout(text, separator, preamble, keyValuePreamble: false) is { } layout)
                return layout;
            preamble.Add(lines.Current.ToString());
            if (!lines.Next())
                break;
        }
        throw NoHeader(1, text[first.Start..first.End], separator, $"in the first {MaxLinesBeforeHeader + 1} lines");
    }

    /// <summary>The "Key: Value" lines up to the first blank line, leaving the cursor on the line after the blank ones.</summary>
    static LineCursor? ReadKeyValuePreamble(LineCursor lines, List<string> preamble)
    {
        for (var read = 0; read < MaxKeyValueLines; read++)
        {
            if (lines.Current.IsWhiteSpace())
            {
                while (lines.Current.IsWhiteSpace())
                    if (!lines.Next())
                        return null;
                return lines;
            }
            if (!KeyValueLine().IsMatch(Unquoted(lines.Current)))
                return null;
            preamble.Add(Unquoted(lines.Current).ToString());
            if (!lines.Next())
                return null;
        }
        return null;
    }

    static KeywordFileException NoHeader(int line, string firstLine, char? separator, string where)
    {
        var seen = separator ?? Separators.Detect(firstLine, line);
        return ProblemList.One(line, null,
            $"no header row naming a Keyword (or Search term) column {where}, reading {Separators.Name(seen)} between cells; " +
            $"line {line} reads '{Shorten(firstLine)}'.");
    }

    static string Shorten(string text) => text.Length <= QuoteLength ? text : string.Concat(text.AsSpan(0, QuoteLength), "…");

    static ReadOnlySpan<char> Unquoted(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed is ['"', .. var inner, '"'] ? inner : trimmed;
    }

    /// <summary>A Microsoft Advertising preamble line: "Report Name: Keyword report".</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z ]{0,40}: ")]
    private static partial Regex KeyValueLine();

    /// <summary>Physical lines of the text, LF or CRLF, without their line ends.</summary>
    struct LineCursor(string text)
    {
        int _next;

        public int Number { get; private set; }

        public int Start { get; private set; }

        public int End { get; private set; }

        public readonly ReadOnlySpan<char> Current => text.AsSpan(Start, End - Start);

        public bool Next()
        {
            if (_next >= text.Length)
                return false;
            Start = _next;
            var newline = text.IndexOf('\n', Start);
            _next = newline < 0 ? text.Length : newline + 1;
            End = newline < 0 ? text.Length : newline > Start && text[newline - 1] == '\r' ? newline - 1 : newline;
            Number++;
            return true;
        }

        /// <summary>The layout with the current line as the header, or null when it names no keyword column.</summary>
        public readonly FileLayout? Layout(string text, char? forced, List<string> preamble, bool keyValuePreamble)
        {
            var line = Current;
            if (!line.Contains("keyword", StringComparison.OrdinalIgnoreCase) && !line.Contains("search term", StringComparison.OrdinalIgnoreCase))
                return null;
            var separator = forced ?? Separators.Detect(line, Number);
            if (Separators.CountOutside(line, separator) + 1 is var columns and > MaxColumns)
                throw ProblemList.One(Number, null,
                    $"the header has {columns:N0} columns separated by {Separators.Name(separator)}; a keyword file has at most {MaxColumns:N0}.");
            var header = CellTokenizer.Cells(text.Substring(Start, End - Start), separator);
            if (!header.Any(HeaderColumns.NamesKeyword))
                return null;
            var titles = keyValuePreamble
                ? preamble
                : preamble.Select(title => string.Join(separator, CellTokenizer.Cells(title, separator))).ToList();
            return new FileLayout(Number, _next, separator, header, titles, keyValuePreamble);
        }
    }
}
