namespace PpcBudget.Core.Testing;

/// <summary>What is worth telling about a plan's keywords, gathered as they are priced; at most <see cref="Max"/> are kept.</summary>
sealed class TestingWarnings(int months)
{
    const int Max = 100;

    readonly List<string> _warnings = [];
    readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);
    readonly HashSet<string> _reported = new(StringComparer.OrdinalIgnoreCase);
    int _dropped;

    public IReadOnlyList<string> All => _dropped == 0 ? _warnings : [.. _warnings, $"… and {_dropped:N0} more warnings like these."];

    public void Check(KeywordTestCost line)
    {
        var text = line.Keyword.Trim();
        if (!_seen.Add(text) && _reported.Add(text))
            Add($"Keyword '{text}' appears more than once; each line is counted.");
        if (line.Cpc == 0)
            Add($"Keyword '{text}' has a CPC of 0, so its test costs nothing; check the figure.");
        if (line.MonthsNeeded > months)
            Add($"Keyword '{text}' needs about {line.MonthsNeeded} months of its search traffic " +
                $"({line.MonthlySearches:N0} searches a month) to get its sales; the plan allows {months}.");
    }

    void Add(string warning)
    {
        if (_warnings.Count < Max)
            _warnings.Add(warning);
        else
            _dropped++;
    }
}
