namespace PpcBudget.Core.Testing;

/// <summary>What to test: the keywords, what each click costs, and how long the test may run.</summary>
public sealed record TestingPlan : Plans.Plan
{
    /// <summary>The keyword fields the testing phase does not use (observed traffic is for the ROI phase).</summary>
    public static IReadOnlyList<string> UnusedKeywordFields { get; } = ["clicks", "conversions"];

    /// <summary>Months the test budget is spread over, 1 to 120. Default 1.</summary>
    /// <example>4</example>
    public int? Months { get; init; }

    /// <summary>Sales each keyword must bring before its test is over. Default 1.</summary>
    /// <example>1</example>
    public int? SalesPerKeyword { get; init; }
}
