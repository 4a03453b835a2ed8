using static System.FormattableString;

namespace PpcBudget.Core.Checks;

static class AmountChanges
{
    const int RelativeChangeDecimals = 4;

    public static AmountChange Between(decimal? before, decimal? after)
    {
        var change = (after ?? 0) - (before ?? 0);
        return new AmountChange
        {
            Before = before,
            After = after,
            Change = change,
            RelativeChange = before is null or 0 ? null : Relative(change, before.Value),
        };
    }

    /// <summary>
    /// Change ÷ before, to four places, and at most <see cref="AmountChange.MaxRelativeChange"/> either way: from a baseline
    /// of one micro to a plan of a thousand keywords at the largest CPC the quotient (and its percentage) leaves decimal's range.
    /// </summary>
    static decimal Relative(decimal change, decimal before) =>
        // Dividing by the cap cannot overflow, where multiplying before by it could.
        Math.Abs(change) / AmountChange.MaxRelativeChange >= Math.Abs(before)
            ? Math.Sign(change) * Math.Sign(before) * AmountChange.MaxRelativeChange
            : Math.Round(change / before, RelativeChangeDecimals, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Whether an amount that was there before grew by more than the tolerance, compared exactly (never on the rounded
    /// percentage). Something new has no "before" to grow from; the totals it adds to catch it.
    /// </summary>
    public static bool GrewBeyond(AmountChange amount, decimal tolerance) =>
        amount is { Before: { } before, After: not null } && amount.Change > 0 && amount.Change > tolerance * before;

    /// <summary>0.2069 as "+20.69 %".</summary>
    public static string Percent(decimal fraction, bool signed) =>
        Invariant($"{(signed && fraction > 0 ? "+" : "")}{Math.Round(fraction * 100, 2, MidpointRounding.AwayFromZero):0.##} %");
}
