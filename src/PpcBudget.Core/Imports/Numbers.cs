using System.Globalization;
using System.Text.RegularExpressions;

namespace PpcBudget.Core.Imports;

/// <summary>What a cell says about the file's decimal separator.</summary>
enum DecimalEvidence
{
    None,
    Point,
    Comma,

    /// <summary>One separator followed by three digits: 1,234 or 1.234 reads either way.</summary>
    Ambiguous,
}

/// <summary>
/// Numbers as the downloads and spreadsheets write them: a decimal point or comma (one per file), thousands
/// separators only in groups of three ("7,486", "7.486", "7 486"), Google's " --" for none. Never a double.
/// </summary>
static partial class Numbers
{
    public static bool IsNone(string cell) => cell.AsSpan().Trim() is "" or "--";

    static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    const NumberStyles Plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>The number in <paramref name="text"/> (already trimmed, without % or a bound), or null when it is not one.</summary>
    public static decimal? Parse(string text, char decimalSeparator)
    {
        var format = decimalSeparator == ',' ? DecimalComma : NumberFormatInfo.InvariantInfo;
        // Most cells are plain ("3203.48", "12"): parsed without thousands separators, so no grouping is ever guessed.
        if (decimal.TryParse(text, Plain, format, out var plain))
            return plain;
        var match = (decimalSeparator == ',' ? CommaDecimal() : PointDecimal()).Match(text);
        if (!match.Success || match.Groups["int"].Length + match.Groups["frac"].Length == 0)
            return null;
        var integer = match.Groups["int"].ValueSpan;
        Span<char> digits = stackalloc char[integer.Length];
        var length = 0;
        foreach (var c in integer)
            if (char.IsAsciiDigit(c))
                digits[length++] = c;
        var invariant = string.Concat(
            match.Groups["sign"].Value,
            length == 0 ? "0" : new string(digits[..length]),
            match.Groups["frac"].Success ? "." + match.Groups["frac"].Value : "",
            match.Groups["exp"].Value);
        return decimal.TryParse(invariant, Plain | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public static DecimalEvidence Evidence(string cell)
    {
        var text = cell.AsSpan().Trim().TrimStart("<>+-").TrimEnd('%').Trim();
        var points = text.Count('.');
        var commas = text.Count(',');
        if (points > 0 && commas > 0)
            return text.LastIndexOf('.') > text.LastIndexOf(',') ? DecimalEvidence.Point : DecimalEvidence.Comma;
        if (points + commas == 0)
            return DecimalEvidence.None;
        var mark = points > 0 ? '.' : ',';
        var (decimalEvidence, groupingEvidence) = mark == '.' ? (DecimalEvidence.Point, DecimalEvidence.Comma) : (DecimalEvidence.Comma, DecimalEvidence.Point);
        if (points + commas > 1)
            return groupingEvidence;
        var at = text.IndexOf(mark);
        var before = text[..at];
        var after = text[(at + 1)..];
        // "1,234" is a thousand and more with a decimal point, a little over one with a decimal comma.
        var couldBeThousands = after.Length == 3 && before.Length is >= 1 and <= 3 && before[0] != '0';
        return couldBeThousands ? DecimalEvidence.Ambiguous : decimalEvidence;
    }

    [GeneratedRegex(@"^(?<sign>[-+])?(?<int>\d{1,3}(?:,\d{3})+|\d*)(?:\.(?<frac>\d+))?(?<exp>[eE][-+]?\d+)?$")]
    private static partial Regex PointDecimal();

    [GeneratedRegex(@"^(?<sign>[-+])?(?<int>\d{1,3}(?:(?<group>[. \u00A0\u202F])\d{3})(?:\k<group>\d{3})*|\d*)(?:,(?<frac>\d+))?(?<exp>[eE][-+]?\d+)?$")]
    private static partial Regex CommaDecimal();
}
