namespace PpcBudget.Core.Estimates;

/// <summary>Google Ads resource names for languages and locations, accepted bare (1000) or in full (languageConstants/1000).</summary>
public static class GoogleAdsNames
{
    public const string DefaultLanguage = "languageConstants/1000";
    public const string DefaultGeoTarget = "geoTargetConstants/2840";

    public static bool TryLanguage(string input, out string resourceName) => TryResource(input, "languageConstants/", out resourceName);

    public static bool TryGeoTarget(string input, out string resourceName) => TryResource(input, "geoTargetConstants/", out resourceName);

    public static string Language(string? input) => input is not null && TryLanguage(input, out var name) ? name : DefaultLanguage;

    public static IReadOnlyList<string> GeoTargets(IReadOnlyList<string>? inputs) =>
        inputs is null or { Count: 0 }
            ? [DefaultGeoTarget]
            : inputs.Select(input => TryGeoTarget(input, out var name) ? name : input).Distinct().ToList();

    static bool TryResource(string input, string prefix, out string resourceName)
    {
        var id = input.Trim();
        if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            id = id[prefix.Length..];
        resourceName = prefix + id;
        return id.Length is > 0 and <= 12 && id.All(char.IsAsciiDigit);
    }
}
