using System.ComponentModel.DataAnnotations;

namespace PpcBudget.Api.Features.Budgets.Bulk;

/// <summary>The <c>Performance</c> section.</summary>
public sealed class PerformanceOptions
{
    public const string Section = "Performance";

    /// <summary>Rows of the made-up CSV plans run through the bulk path at start-up; 0 turns the warm-up off.</summary>
    [Range(0, 1_000_000)] public int WarmUpRows { get; set; } = 100_000;
}
