namespace PpcBudget.Core.Checks;

static class KeywordMatching
{
    /// <summary>
    /// Pairs keywords by their text, ignoring case and surrounding spaces: today's in the plan's order, then those
    /// removed since. A keyword listed twice pairs first with first, second with second.
    /// </summary>
    public static List<KeywordChange> Pair(IReadOnlyList<BaselineKeyword> before, IReadOnlyList<BaselineKeyword> after)
    {
        var unpaired = before
            .GroupBy(keyword => Key(keyword.Keyword), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => new Queue<BaselineKeyword>(group), StringComparer.OrdinalIgnoreCase);

        var changes = new List<KeywordChange>(after.Count);
        foreach (var now in after)
        {
            var was = unpaired.TryGetValue(Key(now.Keyword), out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
            changes.Add(Change(now.Keyword, was, now));
        }
        // By reference: two identical lines of the baseline are still two keywords.
        var removed = unpaired.Values.SelectMany(queue => queue).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var was in before.Where(removed.Contains))
            changes.Add(Change(was.Keyword, was, null));
        return changes;
    }

    static KeywordChange Change(string? keyword, BaselineKeyword? was, BaselineKeyword? now) => new()
    {
        Keyword = keyword ?? "",
        Status = (was, now) switch
        {
            (null, _) => KeywordStatus.Added,
            (_, null) => KeywordStatus.Removed,
            ({ } old, { } current) when old.TestCost == current.TestCost && old.Cpc == current.Cpc && old.Verdict == current.Verdict => KeywordStatus.Unchanged,
            _ => KeywordStatus.Changed,
        },
        CpcBefore = was?.Cpc,
        CpcAfter = now?.Cpc,
        TestCost = AmountChanges.Between(was?.TestCost, now?.TestCost),
        VerdictBefore = was?.Verdict,
        VerdictAfter = now?.Verdict,
    };

    static string Key(string? keyword) => keyword?.Trim() ?? "";
}
