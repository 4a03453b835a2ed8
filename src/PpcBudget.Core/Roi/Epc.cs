namespace PpcBudget.Core.Roi;

/// <summary>Earnings per click: what one click is worth, and so the most it may cost.</summary>
public static class Epc
{
    public static decimal Of(decimal customerValue, decimal conversionRate) => customerValue * conversionRate;
}
