using System.Reflection;
using PpcBudget.Core.Plans;

namespace PpcBudget.Cli.Files;

/// <summary>
/// Plan settings given as options: each option fills the plan field of its name (<c>--conversion-rate</c> →
/// <c>conversionRate</c>), so the options are the plan's fields and nothing maps them by hand. They complete a CSV
/// keyword list or a download, and override what a JSON plan says.
/// </summary>
/// <param name="Values">The plan fields the options set.</param>
/// <param name="Offered">Every plan field an option can set, by its JSON name.</param>
/// <param name="Given">The fields the options given set.</param>
sealed record GivenSettings(BudgetPlan Values, IReadOnlySet<string> Offered, IReadOnlySet<string> Given)
{
    /// <summary>The plan field an option fills: <c>--conversion-rate</c> → <c>ConversionRate</c>, or none.</summary>
    public static PropertyInfo? FieldOf(string option) =>
        typeof(BudgetPlan).GetProperty(string.Concat(option.TrimStart('-').Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..])));

    public BudgetPlan ApplyTo(BudgetPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var applied = plan with { };
        foreach (var field in Given)
        {
            var property = typeof(BudgetPlan).GetProperty(char.ToUpperInvariant(field[0]) + field[1..])!;
            property.SetValue(applied, property.GetValue(Values));
        }
        return applied;
    }

    /// <summary>
    /// The option that set a plan field (months → --months), so a bad value is blamed on what the user typed; with
    /// <paramref name="onlyOptions"/> (a CSV plan or a download, which hold keywords only) the option is named even when it was not given.
    /// </summary>
    public string? OptionFor(string field, bool onlyOptions) =>
        Given.Contains(field) || (onlyOptions && Offered.Contains(field))
            ? "--" + string.Concat(field.Select(character => char.IsUpper(character) ? $"-{char.ToLowerInvariant(character)}" : $"{character}"))
            : null;
}
