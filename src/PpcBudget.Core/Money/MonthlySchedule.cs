using System.Text.Json.Serialization;

namespace PpcBudget.Core.Money;

/// <summary>One month of a budget spread over several months.</summary>
/// <param name="Month">1 for the first month.</param>
/// <param name="Budget">What to spend that month.</param>
// JsonRequired: both are always written, and the OpenAPI document should say so (a positional record's are not "required").
public sealed record MonthlyBudget([property: JsonRequired] int Month, [property: JsonRequired] decimal Budget);

public static class MonthlySchedule
{
    /// <summary>
    /// Splits an already rounded total into <paramref name="months"/> rows that add back up to it exactly:
    /// every row gets the total divided evenly, and the minor units that do not divide go one each to the first months.
    /// </summary>
    public static IReadOnlyList<MonthlyBudget> Split(decimal roundedTotal, int months, Currency currency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var totalMinorUnits = roundedTotal / currency.MinorUnit;
        var evenShare = decimal.Truncate(totalMinorUnits / months);
        var leftOver = (int)(totalMinorUnits - evenShare * months);

        var schedule = new MonthlyBudget[months];
        for (var month = 1; month <= months; month++)
        {
            var minorUnits = evenShare + (month <= leftOver ? 1 : 0);
            schedule[month - 1] = new MonthlyBudget(month, minorUnits * currency.MinorUnit);
        }
        return schedule;
    }
}
