namespace PpcBudget.Core.Testing;

static class TestingWarnings
{
    public static IReadOnlyList<string> For(IReadOnlyList<TestingKeyword> keywords)
    {
        var warnings = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var keyword in keywords)
        {
            var text = keyword.Keyword?.Trim() ?? "";
            if (!seen.Add(text) && reported.Add(text))
                warnings.Add($"Keyword '{text}' appears more than once; each line is counted.");
            if (keyword.Cpc == 0)
                warnings.Add($"Keyword '{text}' has a CPC of 0, so its test costs nothing; check the figure.");
        }
        return warnings;
    }
}
