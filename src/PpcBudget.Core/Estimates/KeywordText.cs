using System.Text.RegularExpressions;

namespace PpcBudget.Core.Estimates;

public static partial class KeywordText
{
    /// <summary>The form keywords are matched and cached by: trimmed, lower case, single spaces.</summary>
    public static string Normalize(string keyword)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        return Whitespace().Replace(keyword.Trim(), " ").ToLowerInvariant();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
