namespace PpcBudget.Core.Imports;

/// <summary>Which of ',', ';' and tab separates a file's cells, seen from its header row.</summary>
static class Separators
{
    public static string Name(char separator) => separator switch
    {
        '\t' => "tabs",
        ',' => "',' (commas)",
        ';' => "';' (semicolons)",
        _ => $"'{separator}'",
    };

    /// <summary>How many times <paramref name="separator"/> stands between cells of <paramref name="line"/>, outside quotes.</summary>
    public static int CountOutside(ReadOnlySpan<char> line, char separator)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == separator && !quoted)
                count++;
        }
        return count;
    }

    /// <summary>
    /// The separator of a header row: tab when it has tabs (no column name holds one), else the one of ',' and ';' it
    /// uses outside quotes. A row using both is refused rather than guessed; a single-column row is read with commas.
    /// </summary>
    public static char Detect(ReadOnlySpan<char> header, int line)
    {
        int tabs = 0, commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in header)
        {
            switch (c)
            {
                case '"': quoted = !quoted; break;
                case '\t' when !quoted: tabs++; break;
                case ',' when !quoted: commas++; break;
                case ';' when !quoted: semicolons++; break;
            }
        }
        if (tabs > 0)
            return '\t';
        if (commas > 0 && semicolons > 0)
            throw ProblemList.One(line, null,
                $"the header row has both ',' ({commas}) and ';' ({semicolons}) between its cells; say which one separates them.");
        return semicolons > 0 ? ';' : ',';
    }
}
