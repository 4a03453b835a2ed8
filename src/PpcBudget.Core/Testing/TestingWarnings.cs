namespace PpcBudget.Core.Testing;

static class TestingWarnings
{
    public static IReadOnlyList<string> For(IReadOnlyList<TestingKeyword> keywords, IReadOnlyList<KeywordTestCost> lines, int months)
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
        foreach (var line in lines.Where(line => line.MonthsNeeded > months))
            warnings.Add($"Keyword '{line.Keyword}' needs about {line.MonthsNeeded} months of its search traffic " +
                         $"({line.MonthlySearches:N0} searches a month) to get its sales; the plan allows {months}.");
        return warnings;
    }
}
