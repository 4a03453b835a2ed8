namespace PpcBudget.Core.Checks;

/// <summary>How much a cost may grow before a check calls it a regression, as a fraction: 0.05 is 5 %.</summary>
public static class Tolerance
{
    /// <summary>10,000 %: beyond it a tolerance means "never", and tolerance × amount could leave decimal's range.</summary>
    public const decimal Max = 100m;

    public const string Allowed = "must be a fraction from 0 to 100 (5 % is 0.05).";

    public static bool IsAllowed(decimal tolerance) => tolerance is >= 0 and <= Max;

    /// <summary>Reads "5%", "5 %", "0.05" or "0" as every rate is read; a bare number above 1 is refused as ambiguous (5 % or 500 %?).</summary>
    public static bool TryParse(string? text, out decimal tolerance, out string error)
    {
        (tolerance, var message) = Plans.SpreadsheetValues.Rate(text?.Trim() ?? "", allowAboveOne: true, noun: "tolerance");
        error = message ?? "";
        if (message is not null)
            return false;
        if (IsAllowed(tolerance))
            return true;
        error = $"'{text}' is out of range; a tolerance must be from 0% to 10000%.";
        return false;
    }
}
