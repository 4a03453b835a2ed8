namespace PpcBudget.Core.Testing;

/// <summary>What is worth telling about a plan's keywords, gathered as they are priced; at most <see cref="Max"/> are kept.</summary>
sealed class TestingWarnings(int months)
{
    const int Max = 100;

    readonly List<string> _warnings = [];
    // Fingerprints, not the keywords: a million-row plan must not keep every keyword text alive to spot repeats.
    readonly HashSet<ulong> _seen = [];
    readonly HashSet<string> _reported = new(StringComparer.OrdinalIgnoreCase);
    int _dropped;
    bool _wholeRateWarned;

    public IReadOnlyList<string> All => _dropped == 0 ? _warnings : [.. _warnings, $"… and {_dropped:N0} more warnings like these."];

    public void Check(KeywordTestCost line)
    {
        var text = line.Keyword.Trim();
        if (!_seen.Add(Fingerprint(text)) && _reported.Add(text))
            Add($"Keyword '{text}' appears more than once; each line is counted.");
        if (line.ConversionRate == 1 && !_wholeRateWarned)
        {
            _wholeRateWarned = true;
            Add(Plans.Rates.WholeRateWarning);
        }
        if (line.Cpc == 0)
            Add($"Keyword '{text}' has a CPC of 0, so its test costs nothing; check the figure.");
        if (line.MonthsNeeded > months)
            Add($"Keyword '{text}' needs about {line.MonthsNeeded} months of its search traffic " +
                $"({line.MonthlySearches:N0} searches a month) to get its sales; the plan allows {months}.");
    }

    /// <summary>
    /// A 64-bit FNV-1a hash of the keyword, case-folded. Two different keywords share one with a chance of about
    /// one in 10^7 in a million-row plan, and then the cost is only a spurious "appears more than once" warning.
    /// </summary>
    static ulong Fingerprint(string keyword)
    {
        var hash = 14695981039346656037UL;
        foreach (var character in keyword)
        {
            hash ^= char.ToUpperInvariant(character);
            hash *= 1099511628211UL;
        }
        return hash;
    }

    void Add(string warning)
    {
        if (_warnings.Count < Max)
            _warnings.Add(warning);
        else
            _dropped++;
    }
}
