using System.Text;

namespace PpcBudget.Api.Infrastructure;

public static class QueryStrings
{
    static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The comma-separated list parameters of the GET forms, named by entry (<c>cpcs[1]</c>) when one is wrong.</summary>
    static readonly HashSet<string> Lists = new(StringComparer.OrdinalIgnoreCase)
    {
        "keywords", "cpcs", "conversionRates", "monthlySearches", "clicks", "conversions", "geoTargets",
    };

    /// <summary>
    /// The parameters (or list entries) whose values are not UTF-8 once their %-escapes are decoded. The server leaves
    /// an invalid sequence such as %C3%28 as it is, so without this a keyword would arrive as the literal text "caf%C3("
    /// and be priced under that name.
    /// </summary>
    public static IEnumerable<string> NotUtf8(string? rawQuery)
    {
        if (string.IsNullOrEmpty(rawQuery) || !rawQuery.Contains('%', StringComparison.Ordinal))
            yield break;
        foreach (var pair in rawQuery.TrimStart('?').Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
            var entries = equals < 0 ? [] : pair[(equals + 1)..].Split(',');
            if (!IsUtf8(name))
                yield return "query";
            for (var i = 0; i < entries.Length; i++)
                if (!IsUtf8(entries[i]))
                    yield return entries.Length > 1 || Lists.Contains(name) ? $"{name}[{i}]" : name;
        }
    }

    static bool IsUtf8(string raw)
    {
        if (!raw.Contains('%', StringComparison.Ordinal))
            return true;
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '%' && i + 2 < raw.Length && Uri.IsHexDigit(raw[i + 1]) && Uri.IsHexDigit(raw[i + 2]))
            {
                bytes.Add(Convert.ToByte(raw.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(raw[i].ToString()));
            }
        }
        try
        {
            Strict.GetString([.. bytes]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
