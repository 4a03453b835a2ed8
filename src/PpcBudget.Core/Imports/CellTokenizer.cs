using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace PpcBudget.Core.Imports;

/// <summary>
/// The file's rows as cells, by CsvHelper's RFC 4180 parser: quoted cells may hold separators, doubled quotes and line
/// breaks. Cells are read only when asked for, so a wide row costs little beyond its parsing.
/// </summary>
sealed class CellTokenizer : IDisposable
{
    readonly CsvParser _parser;
    readonly int _lineBefore;
    int _lastRawRow;
    bool _reading;

    /// <param name="text">The file's text.</param>
    /// <param name="offset">Where the rows after the header start.</param>
    /// <param name="headerLine">The header row's 1-based line in the file.</param>
    /// <param name="separator">The character between cells.</param>
    /// <param name="problems">Where a stray quote is reported.</param>
    public CellTokenizer(string text, int offset, int headerLine, char separator, ProblemList problems)
    {
        _lineBefore = headerLine;
        _parser = new CsvParser(new TextSlice(text, offset), Configuration(separator, args =>
            problems.Add(RecordLine, null,
                $"has a stray or unclosed quote near {Excerpt(args.RawRecord)}; a quoted cell must be quoted whole (\"mold, removal\") " +
                "and a quote inside it doubled.")));
    }

    /// <summary>The 1-based line of the file where the current row starts.</summary>
    public int Line { get; private set; }

    public int Count => _parser.Count;

    public string this[int index] => index < _parser.Count ? _parser[index] : "";

    public string[] Record => _parser.Record ?? [];

    public bool Read()
    {
        _reading = true;
        var start = _lastRawRow + 1;
        var read = _parser.Read();
        _reading = false;
        if (!read)
            return false;
        _lastRawRow = _parser.RawRow;
        Line = _lineBefore + start;
        return true;
    }

    // CsvHelper finds a bad quote while reading a row or, as it splits cells lazily, when a cell is first asked for.
    int RecordLine => _reading ? _lineBefore + _lastRawRow + 1 : Line;

    /// <summary>The cells of one line (a header or a title), unquoted.</summary>
    public static string[] Cells(string line, char separator)
    {
        using var parser = new CsvParser(new StringReader(line), Configuration(separator, _ => { }));
        return parser.Read() ? parser.Record ?? [] : [];
    }

    static CsvConfiguration Configuration(char separator, BadDataFound badData) => new(CultureInfo.InvariantCulture)
    {
        Delimiter = separator.ToString(),
        Mode = CsvMode.RFC4180,
        // Blank lines are kept as rows so that counting the parser's lines gives every row its line in the file.
        IgnoreBlankLines = false,
        // Cells are kept as sent: " --" is Google's "none", and a keyword's spaces are the marketer's.
        TrimOptions = TrimOptions.None,
        BadDataFound = badData,
    };

    static string Excerpt(string raw)
    {
        var text = raw.TrimEnd('\r', '\n');
        return text.Length <= 40 ? $"'{text}'" : $"'{text[..40]}…'";
    }

    public void Dispose() => _parser.Dispose();
}
