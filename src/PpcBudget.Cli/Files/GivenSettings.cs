using System.Reflection;
using PpcBudget.Core.Plans;

namespace PpcBudget.Cli.Files;

/// <summary>One plan option: its name as typed, the plan field it fills, and whether it was given.</summary>
/// <param name="Option">As typed: <c>--conversion-rate</c>.</param>
/// <param name="Field">The plan field of the option's name: <c>ConversionRate</c>, <c>conversionRate</c> in messages.</param>
/// <param name="Given">Whether the command line set it.</param>
sealed record PlanOption(string Option, PropertyInfo Field, bool Given)
{
    public string FieldName { get; } = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(Field.Name);

    /// <summary>Whether a failing field is this option's: its field, or an entry of it (<c>geoTargets[2]</c>).</summary>
    public bool Fills(string field) =>
        field == FieldName || (field.StartsWith(FieldName, StringComparison.Ordinal) && field.AsSpan(FieldName.Length).StartsWith("["));
}

/// <summary>
/// Plan settings given as options: each option fills the plan field of its name (<c>--conversion-rate</c> →
/// <c>conversionRate</c>), so the options are the plan's fields and nothing maps them by hand. They complete a CSV
/// keyword list or a download, and override what a JSON plan says.
/// </summary>
/// <param name="Values">The plan fields the options given set.</param>
/// <param name="Options">Every plan option, given or not.</param>
sealed record GivenSettings(BudgetPlan Values, IReadOnlyList<PlanOption> Options)
{
    public BudgetPlan ApplyTo(BudgetPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var applied = plan with { };
        foreach (var option in Options.Where(option => option.Given))
            option.Field.SetValue(applied, option.Field.GetValue(Values));
        return applied;
    }

    /// <summary>
    /// The option that set a plan field (months → --months), so a bad value is blamed on what the user typed; with
    /// <paramref name="onlyOptions"/> (a CSV plan or a download, which hold keywords only) the option is named even when it was not given.
    /// </summary>
    public PlanOption? OptionFor(string field, bool onlyOptions) =>
        Options.FirstOrDefault(option => option.Fills(field) && (option.Given || onlyOptions));
}
