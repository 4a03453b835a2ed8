namespace PpcBudget.Core.Plans;

/// <summary>
/// Marks a plan field that is a rate: wherever it is read from text (a query, a CSV cell, a command-line option) it
/// takes a fraction or a percent, 0.02 or 2%, through <see cref="SpreadsheetValues.Rate(string, bool, string)"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RateAttribute : Attribute;
