namespace PpcBudget.Core.Plans;

/// <summary>Bounds that keep every calculation inside decimal's range and inside what Google Ads allows.</summary>
public static class Limits
{
    public const int MaxKeywordsInJson = 100_000;
    public const int MaxKeywordLength = 80;
    public const decimal MaxCpc = 1_000_000m;
    public const decimal MaxMoney = 1_000_000_000m;

    /// <summary>
    /// One micro, the smallest amount Google Ads expresses. A smaller non-zero amount means nothing, and dividing by it
    /// (ROAS = EPC ÷ CPC, break-even = CPC ÷ customer value) would overflow decimal.
    /// </summary>
    public const decimal SmallestAmount = 0.000001m;

    /// <summary>Decimal places an amount may have: a whole number of micros (see <see cref="SmallestAmount"/>).</summary>
    public const int AmountDecimals = 6;
    public const int MinMonths = 1;
    public const int MaxMonths = 120;
    public const int MaxSalesPerKeyword = 1_000_000;

    /// <summary>
    /// Failures named in one answer: a body built to fail everywhere (a million bad cells) is told about the first ones
    /// and how many more there were, and checking stops there instead of building a million messages.
    /// </summary>
    public const int MaxFailuresListed = 100;
}
